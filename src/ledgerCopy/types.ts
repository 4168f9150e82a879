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

/** Where a text too long for an Excel cell is: a task's cell (`column` is its header, '' for the role helper cells), a `ProgressLog` entry (1-based), or the 汇总 sheet's title, notice, a section's or an agency's name. */
export type TooLongPlace =
  | { kind: 'task'; no: number; column: string }
  | { kind: 'history'; entry: number; no: number }
  | { kind: 'summary'; what: 'title' | 'notice' | 'section' | 'agency' };

/** Why a copy was not built, as data; the pane words it. */
export type LedgerCopyProblem =
  /** A text over Excel's 32,767 characters a cell: shorten it in the ledger. */
  | { code: 'too-long'; params: TooLongPlace }
  | { code: 'as-of-invalid'; params: { asOf: string } }
  /** 预警天数 must be a whole number 0–3650. */
  | { code: 'warn-days-invalid'; params: { warnDays: number } }
  /** More tasks than an Excel sheet has rows. */
  | { code: 'too-many-rows'; params: { rows: number } };

export type LedgerCopyResult =
  { ok: true; bytes: Uint8Array; fileName: string } | { ok: false; problem: LedgerCopyProblem };
