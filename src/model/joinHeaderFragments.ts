/**
 * Header rows as Word leaves them when a header cell wraps: `责任` over `单位`, `完成` over `时限`. Two rows above the
 * first task that make a better header joined column by column than apart become one header row.
 */
import { looseHeaderKey } from './columnsFromHeader';
import { taskNumber } from './taskNumber';
import type { Row } from './rowsFromTabs';

/** Header rows are near the top; looking further would only cost time on long tables. */
const MAX_HEADER_SEARCH = 40;
/** A header fragment is a word or two. */
const MAX_FRAGMENT = 8;

const recognised = (cells: readonly string[]): number =>
  cells.filter((c) => c !== '' && looseHeaderKey(c) !== null).length;
const fragmentRow = (cells: readonly string[]): boolean =>
  cells.length >= 2 &&
  taskNumber(cells[0] ?? '') === null &&
  cells.every((c) => c.length <= MAX_FRAGMENT && !/[0-9０-９]/.test(c));

/**
 * The rows with a wrapped header joined into one row; the rows themselves when there is none.
 * @example joinHeaderFragments([{ cells: ['序号', '工作任务', '责任'], line: 1, width: 3 }, { cells: ['', '', '单位'], line: 2, width: 3 }])[0]?.cells
 * // ['序号', '工作任务', '责任单位']
 */
export function joinHeaderFragments(rows: readonly Row[]): readonly Row[] {
  const limit = Math.min(rows.length - 1, MAX_HEADER_SEARCH);
  for (let i = 0; i < limit; i += 1) {
    const top = rows[i];
    const bottom = rows[i + 1];
    if (!top || !bottom) break;
    if (taskNumber(top.cells[0] ?? '') !== null) break;
    if (!fragmentRow(top.cells) || !fragmentRow(bottom.cells)) continue;
    // A second row of whole header words (`牵头单位` | `配合单位` under `责任单位`) is a sub-header, read as such.
    if (!bottom.cells.some((c) => c !== '' && looseHeaderKey(c) === null)) continue;
    const width = Math.max(top.cells.length, bottom.cells.length);
    const joined = Array.from({ length: width }, (_, k) => `${top.cells[k] ?? ''}${bottom.cells[k] ?? ''}`);
    if (recognised(joined) < 2 || recognised(joined) <= recognised(top.cells)) continue;
    return [...rows.slice(0, i), { cells: joined, line: top.line, width }, ...rows.slice(i + 2)];
  }
  return rows;
}
