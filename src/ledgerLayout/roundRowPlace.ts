/**
 * Where a saved round goes in the `填报轮次` table as read: the row with its 轮次编号 (updated), or a new row (-1);
 * refused when the table lacks a column the save writes or another round has the name. Both ports place a round so.
 */
import { fromCellText } from './cellText';
import { ROUND_TABLE_HEADERS } from './roundTable';
import { roundColumnIndex } from './roundsFromValues';
import { ROUND_TABLE } from './workbookNames';

/** The cells a save owns: 轮次编号, 轮次名称, 截止日期, 创建时间 (not 已报送单位, which only an apply writes). */
export const ROUND_OWNED_COLUMNS = 4;

export type RoundRowPlace =
  | { ok: true; at: number[]; position: number }
  | {
      ok: false;
      code: 'invalid';
      problem: { code: 'columns-missing'; params: { table: string; columns: readonly string[]; action: 'save-round' } };
    }
  | { ok: false; code: 'duplicate-name'; problem: { code: 'round-name-taken'; params: { name: string } } };

/**
 * Where round `id` named `name` goes: `at` the table's columns in `ROUND_TABLE_HEADERS` order, `position` its body row or -1.
 * @example roundRowPlace(header, body, 'r-2', '2026年12月') // { ok: true, at: [0, 1, 2, 3, 4], position: -1 }
 */
export function roundRowPlace(
  header: readonly unknown[],
  body: readonly (readonly unknown[])[],
  id: string,
  name: string,
): RoundRowPlace {
  const at = roundColumnIndex(header);
  const missing = ROUND_TABLE_HEADERS.slice(0, ROUND_OWNED_COLUMNS).find((_, i) => (at[i] ?? -1) < 0);
  if (missing !== undefined)
    return {
      ok: false,
      code: 'invalid',
      problem: { code: 'columns-missing', params: { table: ROUND_TABLE, columns: [missing], action: 'save-round' } },
    };
  const position = body.findIndex((r) => fromCellText(r[at[0] ?? -1]).trim() === id);
  const clash = body.some((r, i) => i !== position && fromCellText(r[at[1] ?? -1]).trim() === name);
  if (clash) return { ok: false, code: 'duplicate-name', problem: { code: 'round-name-taken', params: { name } } };
  return { ok: true, at, position };
}
