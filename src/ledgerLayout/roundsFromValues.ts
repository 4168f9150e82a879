/**
 * The `填报轮次` table's values read into rounds with their answered agencies (`roundFromRow`); columns are found by header.
 */
import { roundFromRow, ROUND_TABLE_HEADERS, type AnsweredAgencies, type RoundRowProblem } from './roundTable';
import { fromCellText } from './cellText';
import type { Round } from './round';

/** One reporting round as the `填报轮次` table stores it, with the agencies that answered and the day of their first answer. */
export interface RoundRecord {
  round: Round;
  answered: AnsweredAgencies;
}

export interface RoundsSnapshot {
  /** In table order. */
  rounds: RoundRecord[];
  /** Rows edited by hand into something unreadable (left out of `rounds`). */
  issues: RoundRowProblem[];
}

export type RoundCell = string | number | boolean | null;

/** Where each header of `ROUND_TABLE_HEADERS` is in a header row (-1 when missing). */
export function roundColumnIndex(header: readonly unknown[]): number[] {
  const names = header.map((h) => fromCellText(h).trim());
  return ROUND_TABLE_HEADERS.map((h) => names.indexOf(h));
}

/**
 * The rounds of a `填报轮次` table's values; unreadable rows come back as issues.
 * @example
 * roundsFromValues(['轮次编号', '轮次名称', '截止日期', '创建时间', '已报送单位'], [['r-1', '2026年11月', 46351, 't', '']]).rounds[0]?.round.dueDate // '2026-11-25'
 */
export function roundsFromValues(header: readonly unknown[], body: readonly (readonly unknown[])[]): RoundsSnapshot {
  const at = roundColumnIndex(header);
  const snapshot: RoundsSnapshot = { rounds: [], issues: [] };
  for (const cells of body) {
    const row = at.map((i): RoundCell => {
      const v = i < 0 ? '' : cells[i];
      return typeof v === 'number' || typeof v === 'boolean' ? v : fromCellText(v);
    });
    // A row left blank (a table's placeholder row, or one a user cleared) is not a round.
    if (row.every((c) => c === '')) continue;
    const read = roundFromRow(row);
    if (read.ok) snapshot.rounds.push({ round: read.round, answered: read.answered });
    else snapshot.issues.push({ code: read.code, params: read.params });
  }
  return snapshot;
}
