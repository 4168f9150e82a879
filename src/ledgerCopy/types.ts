/**
 * What the copy is built from (the ledger as the pane reads it, the full history, the as-of day) and what comes back.
 */
import type { HistoryEntry } from '../ledgerLayout/historyEntry';
import type { AgencyAliases, IsoDate, Section, TrackedTask, WarningRule } from '../model';

/** One ledger row: a `LedgerRow` of the workbook port fits (only these fields are read). */
export interface LedgerCopyRow extends TrackedTask {
  /** The 板块 cell as the ledger shows it (`一、构建…`). */
  sectionTitle: string;
  /** Marked 已移除 by a reload: written to the copy, not counted (as in the pane). */
  missing: boolean;
}

export interface LedgerCopyRequest {
  rows: readonly LedgerCopyRow[];
  history: readonly HistoryEntry[];
  /** The sections the pane counts by (`sectionsFromRows`); tasks in none of them are counted under 未分节. */
  sections: readonly Section[];
  /** The day the pane judges deadlines from. */
  asOf: IsoDate;
  /** True when `asOf` is today: the copy's 截至日期 is then `=TODAY()` and rolls on; false writes the day itself. */
  rolling: boolean;
  /** The due-soon window (预警天数). */
  warnDays: number;
  /** The warning rule's colours and whether 滞后 counts (its window is `warnDays`); 红黄绿 and 否 when absent. */
  rule?: Pick<WarningRule, 'preset' | 'laggingCounts'>;
  /** The workbook's own agency aliases, as the pane passes them to `countByAgency`. */
  aliases?: AgencyAliases;
  /** The ledger's title for the 汇总 sheet and the file's properties (default 重点任务推进情况). */
  title?: string;
}

export type LedgerCopyResult =
  | { ok: true; bytes: Uint8Array; fileName: string }
  | { ok: false; code: 'too-long' | 'bad-request'; message: string };
