/**
 * The workbook layer's typed interface: the only way the task pane reaches Excel.
 * `createExcelPort()` implements it over `Excel.run`; tests and the plain-browser preview
 * pass their own implementation (or none: read-only preview).
 */
import type {
  AgencyAliases,
  AgencyGroups,
  ColumnRole,
  IsoDate,
  ParseIssue,
  Status,
  StatusUpdate,
  TaskFilter,
  TaskTable,
  TrackedTask,
} from '../model';
import type { AnsweredAgencies, ApplyPlan, ReportKey, Round } from '../reports';
import type { ColumnRolesRecord } from './columnRolesRecord';
import type { ReadSelectionResult, ReadSheetTablesResult } from './sheetGrid';
import type { CarriedColumnInput, CarryOverResult } from './writeCarriedColumns';
import type { WorkbookProblem } from './workbookProblem';
import type { LedgerChange } from './onLedgerChanged';

export type { ColumnRolesRecord } from './columnRolesRecord';
export { parseColumnRolesRecord, withColumnRoles } from './columnRolesRecord';
export type { ReadSelectionResult, ReadSheetTablesResult, SheetGrid, SheetGridError } from './sheetGrid';
export type { CarriedColumnInput, CarryOverResult } from './writeCarriedColumns';
export type { WorkbookProblem } from './workbookProblem';
// The refusals' words, per locale: pure, so the pane may import them with the interface.
export { formatWorkbookProblem, type ProblemLocale } from './formatWorkbookProblem';
export type { OptionalFeature } from './requirements';
export type { LedgerChange } from './onLedgerChanged';

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
  /** The workbook's own agency aliases (the `AgencyAliases` table on 台账设置), already applied to `rows`; pass them to `filterTasks` / `countByAgency`. */
  aliases: AgencyAliases;
  /** Groups whose members the AgencyAliases table lists (the rounds send each member a file); absent: none. */
  groups?: AgencyGroups;
  /** The workbook's due-soon window (台账设置!B1, the 预警天数 name the 预警 column reads); absent when it cannot be read. The pane follows it unless the user sets another. */
  warnDays?: number;
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
  /** 填报单位: the agency whose returned report this entry came from; '' for a status entry from the pane. */
  agency: string;
  /** 填报轮次: the round's name (`2026年11月`); '' for a status entry. */
  round: string;
  /** 答复编号: the answer's stable id (`ReportHistoryEntry.answerId`); '' for a status entry. */
  answerId: string;
}

export type WriteStatusResult =
  | { ok: true; row: LedgerRow }
  /** `problem`, when present, says why as data (the pane words it; `message` is then empty). */
  | { ok: false; code: 'invalid' | 'not-found' | 'conflict' | 'no-ledger'; message: string; problem?: WorkbookProblem };

export interface SummaryResult {
  /** The notice sentence (通报) as the summary sheet computes it. */
  notice: string;
}

/** One reporting round as the `填报轮次` table stores it, with the agencies that answered and the day of their first answer. */
export interface RoundRecord {
  round: Round;
  answered: AnsweredAgencies;
}

export interface RoundsSnapshot {
  /** In table order. */
  rounds: RoundRecord[];
  /** Rows edited by hand into something unreadable (left out of `rounds`). */
  issues: { code: 'bad-round-row'; message: string }[];
}

export type SaveRoundResult = { ok: true } | { ok: false; code: 'invalid' | 'duplicate-name'; message: string; problem?: WorkbookProblem };

export type ApplyReportResult =
  | {
      ok: true;
      /** History entries appended. */
      applied: number;
      /** Answers not appended: skipped by the plan, or found in `ProgressLog` now (applied meanwhile, or the same plan again). */
      skipped: number;
      /** 序号 of the ledger rows written. */
      updated: number[];
      /** 序号 of planned changes whose task is no longer in the ledger (their history is still appended). */
      notFound: number[];
      /** Planned changes not applied because the row was edited after the preview (its status or progress differs from what the plan saw); re-read and preview again. Their answers are not recorded yet. */
      conflicts?: { no: number; message: string }[];
      /** Planned changes not applied because the answer is dated before the row's last entry (更新日期): flagged, never overwriting a newer entry. Their answers are not recorded yet. */
      stale?: { no: number; message: string }[];
    }
  | { ok: false; code: 'no-ledger' | 'invalid'; message: string; problem?: WorkbookProblem };

export interface WorkbookPort {
  /** Writes or merges the table into `TaskLedger`; never touches what users entered. */
  loadLedger(table: TaskTable, source: { name: string; text: string }): Promise<MergeSummary>;
  readLedger(): Promise<LedgerSnapshot>;
  /** Writes one task's status by 序号; `expectedVersion` (from `LedgerRow.version`) guards against concurrent edits. */
  writeStatus(no: number, update: StatusUpdate, expectedVersion?: string): Promise<WriteStatusResult>;
  readHistory(no: number): Promise<HistoryEntry[]>;
  /** Every entry of `ProgressLog`, in table order (for the ledger copy); none before the first entry. */
  readAllHistory(): Promise<HistoryEntry[]>;
  applyFilter(filter: TaskFilter, asOf: IsoDate, warnDays: number): Promise<void>;
  clearFilter(): Promise<void>;
  buildSummary(asOf: IsoDate): Promise<SummaryResult>;
  /** Calls `handler` (debounced; co-authors' edits gathered longer) with which of the add-in's tables changed; resolves to an unsubscribe function. */
  onLedgerChanged(handler: (change: LedgerChange) => void): Promise<() => Promise<void>>;
  /** The ledger's identity for report workbooks (`wb-<uuid>`): created on first use, stored with the workbook, the same on every call after. */
  getWorkbookId(): Promise<string>;
  /** The ledger's secret report key (signs every report workbook): created on first use (and by the first `saveRound`), kept in the workbook's add-in settings, the same on every call after. */
  getReportKey(): Promise<ReportKey>;
  /** The reporting rounds of the `填报轮次` sheet; none before the first round. */
  readRounds(): Promise<RoundsSnapshot>;
  /** Adds the round, or updates the row with its id (name, due date, created); the answered agencies are `applyReportPlan`'s to write. */
  saveRound(round: Round): Promise<SaveRoundResult>;
  /** The 答复编号 of every answer in `ProgressLog` (the `alreadyApplied` set for `planApply`). */
  readAppliedAnswerIds(): Promise<Set<string>>;
  /** Writes a plan's ledger changes, appends its history, records its answered agencies; answers already in `ProgressLog` are skipped, so applying twice changes nothing. */
  applyReportPlan(plan: ApplyPlan): Promise<ApplyReportResult>;
  /** The selected range as displayed text, for an import of a table already in the workbook (optional: a port without it hides "读取选中区域"). */
  readSelectionGrid?(): Promise<ReadSelectionResult>;
  /** The active sheet's tables (or its used range) as displayed text (optional: a port without it hides "读取当前工作表的表格"). */
  readSheetTables?(): Promise<ReadSheetTablesResult>;
  /** After `loadLedger`: an adopted table's own columns (进展情况, 状态, 备注…) into the ledger, never over a value there; null without a ledger. */
  carryOverColumns?(columns: readonly CarriedColumnInput[], addedNos: readonly number[]): Promise<CarryOverResult | null>;
  /** The coordinator's column-role corrections per table header, from the workbook's add-in settings (optional: without it the pane keeps them in the browser). */
  readColumnRoles?(): Promise<ColumnRolesRecord>;
  /** Remembers one header's corrected roles in the workbook's add-in settings; null forgets them. */
  rememberColumnRoles?(headerKey: string, roles: readonly ColumnRole[] | null): Promise<void>;
  /** Opens an .xlsx the add-in made as a new Excel workbook (how Excel on Mac, which cannot download, hands files over); absent outside Excel. */
  openWorkbook?(bytes: Uint8Array): Promise<void>;
}
