/**
 * What the file port cannot do, as data: an operation that needs Excel, or a file laid out so that patching it
 * could damage something of the user's. The pane words it per locale (`src/taskpane/i18n/fileUnsupportedText.ts`).
 */
export type FileOperation =
  | 'load-ledger'
  /** An import into a workbook that has no ledger yet: the page makes a new ledger file instead (`createLedgerWorkbook`). */
  | 'new-ledger-in-workbook'
  | 'summary'
  | 'save-round'
  | 'apply-report'
  | 'report-key'
  | 'carry-over'
  /** Rows would be appended below a table whose sheet has cells there (Excel would insert cells; a patch would overwrite them). */
  | 'cells-below-table';

export class FileUnsupported extends Error {
  readonly code = 'file-unsupported';
  constructor(readonly params: { operation: FileOperation; table?: string }) {
    super(`file-unsupported:${params.operation}`);
    this.name = 'FileUnsupported';
  }
}
