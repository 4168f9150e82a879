/**
 * A grid without its empty rows and columns (the slivers a doubled border or an empty spacer row leaves), the
 * merged areas shrunk to the rows and columns that remain.
 */
import type { GridMerge } from '../model';

export interface MergedGrid {
  grid: string[][];
  merges: GridMerge[];
}

/** A compacted grid and, for each row and column kept, its index in the grid it came from. */
export interface CompactedGrid extends MergedGrid {
  rows: number[];
  cols: number[];
}

function kept(flags: readonly boolean[]): { index: number[]; count: number } {
  let count = 0;
  const index = flags.map((keep) => (keep ? count++ : -1));
  return { index, count };
}

function remap(start: number, span: number, index: readonly number[]): { start: number; span: number } | null {
  const inside = index.slice(start, start + span).filter((i) => i >= 0);
  return inside.length === 0 ? null : { start: inside[0] ?? 0, span: inside.length };
}

/**
 * The grid with every row whose cells are all empty removed, and every such column that `dropsColumn` allows.
 * @example compactGrid({ grid: [['1', '', 'a'], ['', '', '']], merges: [] }) // { grid: [['1', 'a']], merges: [], rows: [0], cols: [0, 2] }
 */
export function compactGrid(
  { grid, merges }: MergedGrid,
  dropsColumn: (col: number) => boolean = () => true,
): CompactedGrid {
  const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
  const rows = kept(grid.map((r) => r.some((c) => c.trim() !== '')));
  const cols = kept(
    Array.from({ length: width }, (_, c) => !dropsColumn(c) || grid.some((r) => (r[c] ?? '').trim() !== '')),
  );
  const out = grid
    .filter((_, r) => rows.index[r] !== -1)
    .map((r) => Array.from({ length: width }, (_, c) => r[c] ?? '').filter((_, c) => cols.index[c] !== -1));
  const shrunk = merges.flatMap((m) => {
    const r = remap(m.row, m.rowSpan, rows.index);
    const c = remap(m.col, m.colSpan, cols.index);
    return r && c && r.span * c.span > 1 ? [{ row: r.start, col: c.start, rowSpan: r.span, colSpan: c.span }] : [];
  });
  const from = (index: readonly number[]) => index.flatMap((k, i) => (k >= 0 ? [i] : []));
  return { grid: out, merges: shrunk, rows: from(rows.index), cols: from(cols.index) };
}
