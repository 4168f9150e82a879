/** The ledger as an .xlsx file (the offline page's workbook port): open bounded, write by patching. */
export { createFilePort } from './createFilePort';
export { LedgerFile } from './ledgerFile';
export { FileUnsupported } from './fileRefusal';
export { createLedgerWorkbook } from './createLedgerWorkbook';
export { saveToHandle, stampOf, type WritableHandle } from './saveToHandle';
export { formatFileProblem } from './formatFileProblem';
