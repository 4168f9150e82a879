/**
 * The workbook layer's typed interface: the only way the task pane reaches Excel.
 * `createExcelPort()` implements it over `Excel.run`; tests and the plain-browser preview
 * pass their own implementation (or none: read-only preview).
 */
import type {
  IsoDate,
  ParseIssue,
  Status,
  StatusUpdate,
  TaskFilter,
  TaskTable,
  TrackedTask,
} from '../model';

/** What is stored with the workbook about the last import. */
export interface ImportMeta {
  /** A name for the source, e.g. `内置示例：重点任务分工及进度安排表` or `粘贴的表格`. */
  source: string;
  /** Content hash of the source text (hex). */
  hash: string;
  /** When it was imported, ISO 8601 with time. */
  importedAt: string;
  taskCount: number;
}

/** One row of the `TaskLedger` table, read back into typed values. */
export interface LedgerRow extends TrackedTask {
  /** The 板块 cell (section title). */
  sectionTitle: string;
  /** The task disappeared from the last imported table (kept, never deleted). */
  missing: boolean;
  /** A fingerprint of the row's user-editable cells; `writeStatus` compares it to detect edits made meanwhile. */
  version: string;
}

export interface LedgerSnapshot {
  rows: LedgerRow[];
  /** One issue per bad cell (an unknown status typed by hand, a date that is text); `line` is the task's 序号. */
  issues: ParseIssue[];
  meta: ImportMeta | null;
}

/** What a (re)load did, by task number. */
export interface MergeSummary {
  added: number[];
  changed: number[];
  unchanged: number[];
  missing: number[];
}

/** One entry of the `ProgressLog` history table. */
export interface HistoryEntry {
  /** ISO 8601 time the entry was written. */
  time: string;
  no: number;
  previousStatus: Status | null;
  status: Status;
  note: string;
  date: IsoDate;
  by: string;
}

export type WriteStatusResult =
  | { ok: true; row: LedgerRow }
  | { ok: false; code: 'invalid' | 'not-found' | 'conflict' | 'no-ledger'; message: string };

export interface SummaryResult {
  /** The notice sentence (通报) as the summary sheet computes it. */
  notice: string;
}

export interface WorkbookPort {
  /** Writes or merges the table into `TaskLedger`; never touches what users entered. */
  loadLedger(table: TaskTable, source: { name: string; text: string }): Promise<MergeSummary>;
  readLedger(): Promise<LedgerSnapshot>;
  /** Writes one task's status by 序号; `expectedVersion` (from `LedgerRow.version`) guards against concurrent edits. */
  writeStatus(no: number, update: StatusUpdate, expectedVersion?: string): Promise<WriteStatusResult>;
  readHistory(no: number): Promise<HistoryEntry[]>;
  applyFilter(filter: TaskFilter, asOf: IsoDate, warnDays: number): Promise<void>;
  clearFilter(): Promise<void>;
  buildSummary(asOf: IsoDate): Promise<SummaryResult>;
  /** Calls `handler` when the ledger or history changes in the sheet; resolves to an unsubscribe function. */
  onLedgerChanged(handler: () => void): Promise<() => Promise<void>>;
}
