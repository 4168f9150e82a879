/**
 * A sheet's merged areas as the parser's `GridMerge`s of one grid read from it: relative to the box, clipped to it,
 * the same areas `fillMergedAreas` fills (an area across the whole width is a heading kept once, not a merge).
 */
import type { GridMerge } from '../model';
import type { CellBox } from './sheetGrid';

/**
 * @example mergesInBox({ row: 0, column: 0, rows: 3, columns: 2 }, [{ row: 1, column: 1, rows: 5, columns: 1 }]) // [{ row: 1, col: 1, rowSpan: 2, colSpan: 1 }]
 */
export function mergesInBox(box: CellBox, areas: readonly CellBox[]): GridMerge[] {
  const merges: GridMerge[] = [];
  for (const area of areas) {
    const top = area.row - box.row;
    const left = area.column - box.column;
    if (top < 0 || left < 0 || top >= box.rows || left >= box.columns) continue;
    if (left === 0 && area.columns >= box.columns) continue;
    const rowSpan = Math.min(area.rows, box.rows - top);
    const colSpan = Math.min(area.columns, box.columns - left);
    if (rowSpan > 1 || colSpan > 1) merges.push({ row: top, col: left, rowSpan, colSpan });
  }
  return merges;
}
