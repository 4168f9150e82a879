/**
 * The rounds' 已报送单位 cells that change when answers are logged: for each round an answer came in for, its row
 * (found by 轮次编号) and the list with the answering agencies added (an agency keeps the day of its first answer).
 * Both ports write these cells; rows edited by hand into something unreadable are left alone.
 */
import type { IsoDate } from '../model';
import { fromCellText } from './cellText';
import { recordAnswered, roundFromRow, roundToRow } from './roundTable';
import { roundColumnIndex, type RoundCell } from './roundsFromValues';

/** One 已报送单位 cell to write: the round, its row's position in the body, the new list. */
export interface AnsweredUpdate {
  roundId: string;
  position: number;
  list: string;
}

export interface AnsweredUpdates {
  /** Where 轮次编号 and 已报送单位 are in the table. */
  idAt: number;
  listAt: number;
  updates: AnsweredUpdate[];
}

/**
 * The cells to write for the `answered` agencies of the answers `logged` now; null when the table lacks 轮次编号 or 已报送单位.
 * @example answeredUpdates(header, body, plan.answered, logged)?.updates // [{ roundId: 'r-1', position: 0, list: '市教育局 2026-11-20' }]
 */
export function answeredUpdates(
  header: readonly unknown[],
  body: readonly (readonly unknown[])[],
  answered: readonly { roundId: string; agency: string; date: IsoDate }[],
  logged: readonly { roundId: string; agency: string }[],
): AnsweredUpdates | null {
  const at = roundColumnIndex(header);
  const idAt = at[0] ?? -1;
  const listAt = at[4] ?? -1;
  if (listAt < 0 || idAt < 0) return null;
  const counted = answered.filter((a) => logged.some((h) => h.agency === a.agency && h.roundId === a.roundId));
  const updates: AnsweredUpdate[] = [];
  for (const roundId of new Set(counted.map((a) => a.roundId))) {
    const position = body.findIndex((r) => fromCellText(r[idAt]).trim() === roundId);
    const cells = body[position];
    if (cells === undefined) continue;
    const row = roundFromRow(
      at.map((i): RoundCell => (i < 0 ? '' : typeof cells[i] === 'number' ? cells[i] : fromCellText(cells[i]))),
    );
    if (!row.ok) continue;
    const list = roundToRow(row.round, recordAnswered(row.answered, roundId, counted))[4] ?? '';
    if (list !== fromCellText(cells[listAt]).trim()) updates.push({ roundId, position, list });
  }
  return { idAt, listAt, updates };
}
