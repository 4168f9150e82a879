/**
 * A tab-separated row lacking a cell (`8⇥task⇥市营商办⇥2026年底前`, its empty 配合 cell left out): its cells are
 * placed by content, not by count, when that fits the columns better than reading them left to right.
 */
import { classifyCell, type CellKind } from './classifyCell';
import { alignCells, type AlignedRow } from './inferColumns';

/** Cells whose content disagrees with their column (an empty cell or an 'other' column never disagrees). */
function mismatches(cells: readonly string[], kinds: readonly CellKind[]): number {
  let n = 0;
  cells.forEach((cell, k) => {
    const want = kinds[k];
    if (want === undefined || want === 'empty') return;
    const got = classifyCell(cell);
    if (got === 'empty' || got === want) return;
    // Task text and progress text are both prose: either fits the other's column.
    if ((got === 'task' || got === 'progress') && (want === 'task' || want === 'progress')) return;
    n += 1;
  });
  return n;
}

/**
 * The row realigned by content, or null when reading it left to right fits as well.
 * @example alignShortRow(['8', '推行一网通办。', '市营商办', '2026年底前'], ['number', 'task', 'agencies', 'agencies', 'schedule'])?.cells
 * // ['8', '推行一网通办。', '市营商办', '', '2026年底前']
 */
export function alignShortRow(cells: readonly string[], kinds: readonly CellKind[]): AlignedRow | null {
  if (cells.length >= kinds.length) return null;
  const before = mismatches(cells, kinds);
  if (before === 0) return null;
  const aligned = alignCells(cells, kinds);
  if (aligned.cells.length > kinds.length || mismatches(aligned.cells, kinds) >= before) return null;
  // The columns left empty where the row, read left to right, had a cell: the ones it lacks.
  const missing = aligned.cells.flatMap((cell, k) => (cell === '' && (cells[k] ?? '') !== '' ? [k] : []));
  return { cells: aligned.cells, missing: missing.length > 0 ? missing : aligned.missing };
}
