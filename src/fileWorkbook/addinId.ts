/**
 * The add-in's manifest id (scripts/lib/addinConfig.mjs `ADDIN_ID`, the manifest's `<Id>`): the web-extension
 * part that holds the add-in's settings in a workbook names it in its `<we:reference id>`.
 * `tests/fileWorkbook/addinId.test.ts` checks it against the build's.
 */
export const ADDIN_ID = 'f161128f-22af-4228-982a-fd1ce34c1c43';
