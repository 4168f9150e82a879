/**
 * Opens an .xlsx the add-in made as a new workbook in Excel (`Excel.createWorkbook`): how Excel on Mac and iPad, whose
 * task pane cannot download a file (OfficeDev/office-js#2700), hands a report workbook or the ledger copy to the user,
 * who saves it from Excel (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks, "Create a new workbook").
 * @requirement ExcelApi 1.8 (`Excel.createWorkbook`)
 */

/** Standard Base64 of bytes, as `createWorkbook` takes them. */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Opens the workbook's bytes in a new Excel window.
 * @example
 * await openWorkbook(await buildReportWorkbook(request))
 */
export function openWorkbook(bytes: Uint8Array): Promise<void> {
  return Excel.createWorkbook(base64(bytes));
}
