/**
 * What the file port cannot do, as data: an operation that needs Excel (or is not built for the file yet).
 * The pane words it per locale.
 */
export type FileOperation = 'load-ledger' | 'summary' | 'save-round' | 'apply-report' | 'report-key' | 'carry-over';

export class FileUnsupported extends Error {
  readonly code = 'file-unsupported';
  constructor(readonly params: { operation: FileOperation }) {
    super(`file-unsupported:${params.operation}`);
    this.name = 'FileUnsupported';
  }
}
