/**
 * A grid read from a sheet with its merged cells filled in, as a copy to the clipboard or an HTML table with
 * rowspan gives them: each cell of a merged area carries the area's text (its top-left cell's), so a 牵头单位
 * merged down three task rows leads all three. One area across the whole width (a title or section heading) is
 * kept once, in its first cell, so it still reads as a heading.
 */
import type { CellBox } from './sheetGrid';

/**
 * The grid of `box` with every merged area (clipped to the box) filled with its top-left text; the input is not changed.
 * @example fillMergedAreas([['1', '市教育局'], ['2', '']], { row: 0, column: 0, rows: 2, columns: 2 }, [{ row: 0, column: 1, rows: 2, columns: 1 }]) // [['1', '市教育局'], ['2', '市教育局']]
 */
export function fillMergedAreas(
  grid: readonly (readonly string[])[],
  box: CellBox,
  areas: readonly CellBox[],
): string[][] {
  const out = grid.map((row) => [...row]);
  for (const area of areas) {
    const top = area.row - box.row;
    const left = area.column - box.column;
    // Only areas that begin in the box are reported (their text is in the grid).
    if (top < 0 || left < 0 || top >= box.rows || left >= box.columns) continue;
    if (left === 0 && area.columns >= box.columns) continue; // across the whole width: a heading, kept once
    const text = out[top]?.[left] ?? '';
    const bottom = Math.min(top + area.rows, box.rows);
    const right = Math.min(left + area.columns, box.columns);
    for (let r = top; r < bottom; r += 1) {
      const row = out[r];
      if (row) for (let c = left; c < right; c += 1) row[c] = text;
    }
  }
  return out;
}
