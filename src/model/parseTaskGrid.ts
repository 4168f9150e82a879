/**
 * The parser's entry for every source: a `Grid` (pasted text, HTML, a .docx, an Excel range, a PDF) read into
 * sections, tasks, column readings and issues. Never throws.
 */
import type { Grid } from './grid';
import { gridToTabText } from './gridToTabText';
import { parseTaskTable, type ParsedTaskTable, type ParseTaskTableOptions } from './parseTaskTable';

/**
 * A row merged across the table's width (a section title, a note) repeats its text in every cell it covers: one cell.
 * Other rows stay as they are.
 */
function collapseWideMerges(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((row) => {
    const cells = Array.isArray(row) ? row.map((c) => (typeof c === 'string' ? c : '')) : [];
    const filled = cells.filter((c) => c.trim() !== '');
    const first = filled[0];
    return filled.length >= 2 && first !== undefined && filled.every((c) => c === first) ? [first] : cells;
  });
}

/**
 * Parses a grid of cells into a task table.
 * @example parseTaskGrid({ rows: [['1', '建立制度。', '市教育局', '10月底前']], merges: [], source: 'excel' }).tasks[0]?.units // '市教育局'
 */
export function parseTaskGrid(grid: Grid, options: ParseTaskTableOptions = {}): ParsedTaskTable {
  const rows = grid !== null && typeof grid === 'object' && Array.isArray(grid.rows) ? grid.rows : [];
  return parseTaskTable(gridToTabText(collapseWideMerges(rows)), options);
}
