/**
 * 导出台账副本: the ledger as a workbook that works without the add-in. ExcelJS loads lazily; import this
 * module with `import('../ledgerCopy')` from the pane so none of it is in the first load.
 */
export * from './types';
export { buildLedgerCopy } from './buildLedgerCopy';
export * from './ledgerCopyLayout';
