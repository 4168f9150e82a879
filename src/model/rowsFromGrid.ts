/**
 * A grid's rows as the row reader takes them, with the structure its merges gave (`gridStructure`): a header of
 * several rows folded into one, sub-rows under one merged 序号 joined into one row, a row merged across the width as
 * one cell, and category columns turned into section rows (a title row before each group) and left out of the cells.
 * Rows keep every cell, empty ones included: a grid's row is never short, so no cell is ever moved to another column.
 */
import { foldHeaderCells } from './foldHeaderCells';
import type { Grid } from './grid';
import { sameEverywhere, type GridStructure } from './gridStructure';
import type { Row } from './rowsFromTabs';

const textOf = (cell: unknown): string => (typeof cell === 'string' ? cell.trim() : '');

/** The cells of rows [first, last] joined column by column: each new text once, on its own line. */
function joinRows(rows: readonly (readonly string[])[], width: number, join: (texts: string[]) => string): string[] {
  return Array.from({ length: width }, (_, c) => join(rows.map((r) => textOf(r[c]))));
}

function distinctLines(texts: readonly string[]): string {
  const out: string[] = [];
  for (const t of texts) if (t !== '' && !out.includes(t)) out.push(t);
  return out.join('\n');
}

export interface GridRows {
  rows: Row[];
  /** For each column of `rows`, the grid column it came from (category columns are left out). */
  columns: number[];
}

/**
 * @example rowsFromGrid(grid, gridStructure(grid)).rows[0]?.cells // ['序号', '工作任务', '牵头单位', '配合单位']
 */
export function rowsFromGrid(grid: Grid, structure: GridStructure): GridRows {
  const source = grid.rows.map((r) => (Array.isArray(r) ? r : []));
  const width = source.reduce((w, r) => Math.max(w, r.length), 0);
  const dropped = new Set(structure.categories);
  const columns = Array.from({ length: width }, (_, c) => c).filter((c) => !dropped.has(c));
  const lineOf = (r: number): number => grid.lines?.[r] ?? r + 1;
  const subRowsAt = new Map(structure.subRows.map((s) => [s.first, s.last]));
  const lastCategory = structure.categories.map(() => '');
  const rows: Row[] = [];
  for (let r = 0; r < source.length; r += 1) {
    let cells: string[];
    const first = r;
    if (structure.header && r === structure.header.first) {
      cells = joinRows(source.slice(r, structure.header.last + 1), width, foldHeaderCells);
      r = structure.header.last;
    } else if (subRowsAt.has(r)) {
      const last = subRowsAt.get(r) ?? r;
      cells = joinRows(source.slice(r, last + 1), width, distinctLines);
      r = last;
    } else cells = Array.from({ length: width }, (_, c) => textOf(source[r]?.[c]));
    const filled = cells.filter((c) => c !== '');
    if (filled.length === 0) continue;
    if (structure.wide.has(first) || filled.length === 1 || sameEverywhere(cells)) {
      rows.push({ cells: [filled[0] ?? ''], line: lineOf(first), width: 1 });
      continue;
    }
    structure.categories.forEach((c, k) => {
      const value = cells[c] ?? '';
      const isHeader = structure.header ? first === structure.header.first : false;
      if (isHeader || value === '' || value === lastCategory[k]) return;
      lastCategory[k] = value;
      rows.push({ cells: [value], line: lineOf(first), width: 1 });
    });
    const kept = columns.map((c) => cells[c] ?? '');
    rows.push({ cells: kept, line: lineOf(first), width: kept.length });
  }
  return { rows, columns };
}
