/**
 * One row of the ledger's `TaskLedger` table, read back into typed values.
 */
import type { TrackedTask } from '../model';

/** One row of the `TaskLedger` table, read back into typed values. */
export interface LedgerRow extends TrackedTask {
  /** The 板块 cell (section title). */
  sectionTitle: string;
  /** The task disappeared from the last imported table (kept, never deleted). */
  missing: boolean;
  /** A fingerprint of the row's user-editable cells; `writeStatus` compares it to detect edits made meanwhile. */
  version: string;
}
