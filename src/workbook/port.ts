/**
 * The workbook layer's typed interface: the only way the task pane reaches Excel.
 * `createExcelPort()` implements it over `Excel.run`; tests and the plain-browser preview
 * pass their own implementation (or none: read-only preview).
 */
import type {
  AgencyAliases,
  AgencyGroups,
  ColumnRole,
  GridMerge,
  IsoDate,
  ParseIssue,
  StatusUpdate,
  TaskFilter,
  TaskTable,
  WarningPreset,
  WarningRule,
} from '../model';
import type { ApplyPlan, ReportKey, Round } from '../reports';
import type { HistoryEntry } from '../ledgerLayout/historyEntry';
import type { RoundsSnapshot } from '../ledgerLayout/roundsFromValues';
import type { ImportMeta } from '../ledgerLayout/importMeta';
import type { LedgerRow } from '../ledgerLayout/ledgerRow';
import type { ApplyOutcome } from '../ledgerLayout/applyOutcome';
import type { InvalidRuleRefusal } from '../ledgerLayout/warningRuleCells';

export type { HistoryEntry } from '../ledgerLayout/historyEntry';
export type { RoundRecord, RoundsSnapshot } from '../ledgerLayout/roundsFromValues';
export type { ImportMeta } from '../ledgerLayout/importMeta';
export type { LedgerRow } from '../ledgerLayout/ledgerRow';
import type { ColumnRolesRecord } from './columnRolesRecord';
export type { ColumnRolesRecord } from './columnRolesRecord';
export { parseColumnRolesRecord, withColumnRoles } from './columnRolesRecord';
// The optional features a refusal may name (`needs-newer-excel`): data, worded by the pane.
export type { OptionalFeature } from './requirements';
import type { OptionalFeature } from './requirements';

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
  /** The workbook's 预警配色 (台账设置!B6, the name the 预警 column's row colours read); absent in a ledger made before it. The pane follows it. */
  warningPreset?: WarningPreset;
  /** The workbook's 滞后计入预警 (台账设置!B7: 是 → true); absent in a ledger made before it. The pane follows it. */
  laggingCounts?: boolean;
}

/** A block of cells read as displayed text (`Range.text`: dates and numbers as formatted, never `###`). */
export interface SheetGrid {
  sheet: string;
  /** The range read, e.g. `A1:E30`. */
  address: string;
  /** The Excel table's name when the grid is a table, else null. */
  table: string | null;
  grid: string[][];
  /** The merged areas inside the grid (relative to it); `grid` holds their text in every cell they cover. */
  merges?: GridMerge[];
}

export type SheetGridError =
  | { code: 'empty'; params: Record<string, never> }
  | { code: 'too-large'; params: { cells: number; limit: number } }
  | { code: 'multiple-areas'; params: Record<string, never> }
  /** Merged cells cannot be read on this Excel (ExcelApi 1.13): adopting a table could give rows blank agencies, so it is refused. */
  | { code: 'needs-newer-excel'; params: { feature: 'merged-cells' } };

export type ReadSelectionResult = { ok: true; grid: SheetGrid } | { ok: false; error: SheetGridError };

export type ReadSheetTablesResult =
  | {
      ok: true;
      sheet: string;
      /** The sheet's tables in their order (or its used range when it has none); the add-in's own tables come last. */
      grids: SheetGrid[];
      /** Tables left out because they exceed `MAX_IMPORT_CELLS`. */
      tooLarge: string[];
    }
  | { ok: false; error: SheetGridError };

/** One column to carry, as the pane sends it (`src/documents/carriedColumns`). */
export interface CarriedColumnInput {
  header: string;
  target: 'progress' | 'status' | 'user';
  /** [序号, text] pairs. */
  values: readonly (readonly [number, string])[];
}

export interface CarryOverResult {
  /** Cells written. */
  written: number;
  /** Cells left as they were because the ledger already held a value there. */
  kept: number;
  /** The user columns added to `TaskLedger`, by header. */
  added: string[];
}

/** What changed since the last call: which of the add-in's tables, and whether only co-authors changed them. */
export interface LedgerChange {
  /** `TaskLedger` or `AgencyAliases`: re-read the ledger. */
  ledger: boolean;
  /** `ProgressLog`. */
  history: boolean;
  /** `ReportRounds`. */
  rounds: boolean;
  /** Every change came from a co-author. */
  remote: boolean;
}

export type WorkbookProblem =
  /** The task's row was gone when the write ran (a co-author deleted it, or changed its 序号): nothing was written. */
  | { code: 'task-gone'; params: { no: number } }
  /** The rows kept moving under the write (co-authors sorting or inserting) after every retry: what was written was put back. */
  | { code: 'rows-moving'; params: { table: string; attempts: number } }
  /** Rows were written just below a table but Excel did not take them into it (and this Excel cannot resize a table). */
  | { code: 'table-not-expanded'; params: { table: string; address: string } }
  /** A column the write needs was deleted while it ran. */
  | { code: 'column-gone'; params: { table: string } }
  /** Excel refused the write (a protected sheet, a merged or filtered range in the way …): `reason` is Excel's error code. */
  | { code: 'write-refused'; params: { table: string; reason: string } }
  /** The feature needs a newer Excel than this one. */
  | { code: 'needs-newer-excel'; params: { feature: OptionalFeature } }
  /** The workbook has no `TaskLedger`: load a task table first. */
  | { code: 'no-ledger'; params: Record<string, never> }
  /** Columns the operation needs are not in the table (deleted, or renamed before the add-in remembered them); `columns` are their headers. */
  | {
      code: 'columns-missing';
      params: {
        table: string;
        columns: readonly string[];
        action: 'merge' | 'write-status' | 'apply-reports' | 'save-round' | 'check-answers';
      };
    }
  /** A 序号 on several rows: which task is meant cannot be told. `rows` are 1-based sheet rows. */
  | { code: 'duplicate-numbers'; params: { duplicates: readonly { no: number; rows: readonly number[] }[] } }
  /** The task's row changed after the pane read it (`status` and `reporter` as they are now): nothing was written. */
  | { code: 'row-edited'; params: { no: number; status: string; reporter: string } }
  /** The status update does not pass `StatusUpdateSchema`; `fields` are the paths that failed. */
  | { code: 'update-invalid'; params: { fields: readonly string[] } }
  /** A round needs an id and a name. */
  | { code: 'round-incomplete'; params: Record<string, never> }
  /** A round's due date is not a YYYY-MM-DD date. */
  | { code: 'round-due-date-invalid'; params: { dueDate: string } }
  /** Another round has this name. */
  | { code: 'round-name-taken'; params: { name: string } };

/** What writing the warning rule into 台账设置 did; a refusal is data (the pane words it). */
export type WarningRuleWriteResult =
  | { ok: true }
  /** The window is not a whole number of days from 0 to 365: nothing was written. */
  | InvalidRuleRefusal
  /** The workbook lacks these defined names (a ledger made before them, or names deleted): a reload of the ledger adds them. */
  | { ok: false; code: 'no-rule-cells'; params: { missing: string[] } }
  /** Excel refused the write (a protected 台账设置 …): `reason` is Excel's error code. Nothing was written. */
  | { ok: false; code: 'rule-write-refused'; params: { reason: string } };

/** What a (re)load did, by task number. */
export interface MergeSummary {
  added: number[];
  changed: number[];
  unchanged: number[];
  missing: number[];
}

export type WriteStatusResult =
  | { ok: true; row: LedgerRow }
  /** `problem` says why as data; the pane words it (`formatWorkbookProblem`). */
  | { ok: false; code: 'invalid' | 'not-found' | 'conflict' | 'no-ledger'; problem: WorkbookProblem };

export interface SummaryResult {
  /** The notice sentence (通报) as the summary sheet computes it. */
  notice: string;
}

export type SaveRoundResult =
  { ok: true } | { ok: false; code: 'invalid' | 'duplicate-name'; problem: WorkbookProblem };

/** What applying a plan did (`applyOutcome`: the same for both ports), or why nothing was applied. */
export type ApplyReportResult = ApplyOutcome | { ok: false; code: 'no-ledger' | 'invalid'; problem: WorkbookProblem };

export interface WorkbookPort {
  /** Writes or merges the table into `TaskLedger`; never touches what users entered. */
  loadLedger(table: TaskTable, source: { name: string; text: string }): Promise<MergeSummary>;
  readLedger(): Promise<LedgerSnapshot>;
  /** Writes one task's status by 序号; `expectedVersion` (from `LedgerRow.version`) guards against concurrent edits. */
  writeStatus(no: number, update: StatusUpdate, expectedVersion?: string): Promise<WriteStatusResult>;
  readHistory(no: number): Promise<HistoryEntry[]>;
  /** Every entry of `ProgressLog`, in table order (for the ledger copy); none before the first entry. */
  readAllHistory(): Promise<HistoryEntry[]>;
  /** Filters the table like the pane; `rule` (the pane's warning rule) decides 临期 when given, else the window alone. */
  applyFilter(filter: TaskFilter, asOf: IsoDate, warnDays: number, rule?: WarningRule): Promise<void>;
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
  carryOverColumns?(
    columns: readonly CarriedColumnInput[],
    addedNos: readonly number[],
  ): Promise<CarryOverResult | null>;
  /** The coordinator's column-role corrections per table header, from the workbook's add-in settings (optional: without it the pane keeps them in the browser). */
  readColumnRoles?(): Promise<ColumnRolesRecord>;
  /** Remembers one header's corrected roles in the workbook's add-in settings; null forgets them. */
  rememberColumnRoles?(headerKey: string, roles: readonly ColumnRole[] | null): Promise<void>;
  /** Writes the warning rule into the workbook's cells (预警天数, 预警配色, 滞后计入预警 on 台账设置), which the 预警 column reads (optional: without it the pane keeps the rule to itself). */
  writeWarningRule?(rule: WarningRule): Promise<WarningRuleWriteResult>;
  /** Opens an .xlsx the add-in made as a new Excel workbook (how Excel on Mac, which cannot download, hands files over); absent outside Excel. */
  openWorkbook?(bytes: Uint8Array): Promise<void>;
}
