/**
 * 序号 that more than one ledger row carries: a typo (task 5's row retyped as 3) must stop a merge or an
 * entry instead of writing one task's data into another's row.
 */
import type { BodyOrigin } from './ledgerRowsFromValues';
import { taskNumber } from './ledgerRowsFromValues';

/**
 * The sheet rows (1-based, as Excel shows them) of each 序号 found on more than one body row.
 * @example
 * duplicateNumbers([[3], [5], [3]], 0, { row: 1, col: 0 }).get(3) // [2, 4]
 */
export function duplicateNumbers(
  values: readonly (readonly unknown[])[],
  noColumn: number,
  origin: BodyOrigin,
): Map<number, number[]> {
  const rows = new Map<number, number[]>();
  if (noColumn < 0) return rows;
  values.forEach((cells, position) => {
    const no = taskNumber(cells[noColumn]);
    if (no === null) return;
    const list = rows.get(no) ?? [];
    list.push(origin.row + position + 1);
    rows.set(no, list);
  });
  for (const [no, list] of rows) if (list.length < 2) rows.delete(no);
  return rows;
}

/**
 * The duplicated 序号 and their rows as a list, for a refusal's params.
 * @example
 * duplicateList(new Map([[3, [4, 6]]])) // [{ no: 3, rows: [4, 6] }]
 */
export function duplicateList(
  duplicates: ReadonlyMap<number, readonly number[]>,
): { no: number; rows: readonly number[] }[] {
  return [...duplicates].map(([no, rows]) => ({ no, rows }));
}
