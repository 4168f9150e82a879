/** The ledger as an .xlsx file (the offline page's workbook port): open bounded, write by patching. */
export { createFilePort, type FilePortOptions } from './createFilePort';
export { LedgerFile } from './ledgerFile';
export { FileUnsupported, type FileOperation } from './fileRefusal';
export { createLedgerWorkbook } from './createLedgerWorkbook';
