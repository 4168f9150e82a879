/**
 * The `填报轮次` table as cells: one row per round, with who answered and when. The workbook layer
 * reads and writes the cells; these functions turn them into typed values and back.
 */
import { fromExcelSerial, isValidIsoDate, type IsoDate } from '../model';
import type { Round } from './round';

/** The table's headers, in order. */
export const ROUND_TABLE_HEADERS = ['轮次编号', '轮次名称', '截止日期', '创建时间', '已报送单位'] as const;

/** Agency → the day its answer came in. */
export type AnsweredAgencies = ReadonlyMap<string, IsoDate>;

/** A row edited by hand into something unreadable: no id or name (`name` then ''), or a due date that is not one. */
export type RoundRowProblem = { code: 'bad-round-row'; params: { name: string; dueDate: string } };

export type RoundRowResult = { ok: true; round: Round; answered: AnsweredAgencies } | ({ ok: false } & RoundRowProblem);

/**
 * A round's table row: `已报送单位` lists `单位 日期` pairs separated by `；`, readable in the sheet.
 * @example roundToRow(round, new Map([['市教育局', '2026-11-20']])) // ['r-…', '2026年11月', '2026-11-25', '…', '市教育局 2026-11-20']
 */
export function roundToRow(round: Round, answered: AnsweredAgencies): string[] {
  const list = [...answered].map(([agency, date]) => `${agency} ${date}`).join('；');
  return [round.id, round.name, round.dueDate, round.createdAt, list];
}

/**
 * Reads a `填报轮次` row back; a row edited by hand into something unreadable comes back as an error, not an exception.
 * @example roundFromRow(['r-1', '2026年11月', '2026-11-25', '2026-11-01T00:00:00Z', '市教育局 2026-11-20']).ok // true
 */
export function roundFromRow(cells: readonly (string | number | boolean | null | undefined)[]): RoundRowResult {
  // A 截止日期 cell formatted as a date reads back as an Excel serial number.
  const text = (c: string | number | boolean | null | undefined, i: number): string =>
    c === null || c === undefined
      ? ''
      : i === 2 && typeof c === 'number'
        ? (fromExcelSerial(c) ?? String(c))
        : String(c).trim();
  const [id, name, dueDate, createdAt, list] = cells.map(text);
  if (!id || !name) return { ok: false, code: 'bad-round-row', params: { name: '', dueDate: dueDate ?? '' } };
  if (!dueDate || !isValidIsoDate(dueDate))
    return { ok: false, code: 'bad-round-row', params: { name, dueDate: dueDate ?? '' } };
  const answered = new Map<string, IsoDate>();
  for (const part of (list ?? '').split(/[；;\n]/)) {
    const m = /^(.+?)\s+(\d{4}-\d{2}-\d{2})$/.exec(part.trim());
    if (m?.[1] !== undefined && m[2] !== undefined && isValidIsoDate(m[2])) answered.set(m[1], m[2]);
  }
  return { ok: true, round: { id, name, dueDate, createdAt: createdAt ?? '' }, answered };
}

/**
 * Adds a plan's answered agencies of one round to those recorded; an agency keeps the day of its first answer.
 * @example recordAnswered(new Map(), 'r-1', plan.answered).get('市教育局') // '2026-11-20'
 */
export function recordAnswered(
  recorded: AnsweredAgencies,
  roundId: string,
  answered: readonly { roundId: string; agency: string; date: IsoDate }[],
): Map<string, IsoDate> {
  const next = new Map(recorded);
  for (const a of answered) {
    if (a.roundId !== roundId) continue;
    const before = next.get(a.agency);
    if (before === undefined || a.date < before) next.set(a.agency, a.date);
  }
  return next;
}
