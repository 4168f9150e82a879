/** The ledger as an .xlsx file (the offline page's workbook port): open bounded, write by patching. */
export { createFilePort, type FilePortOptions } from './createFilePort';
export { LedgerFile } from './ledgerFile';
export { FileUnsupported, type FileOperation } from './fileRefusal';
export { createLedgerWorkbook } from './createLedgerWorkbook';
export {
  saveToHandle,
  stampOf,
  unchangedSince,
  type FileStamp,
  type FileSaveProblem,
  type SaveToHandleResult,
  type WritableHandle,
} from './saveToHandle';
export { formatFileProblem, type FileProblem, type FileProblemLocale } from './formatFileProblem';
export { buildSummaryInFile } from './buildSummaryInFile';
