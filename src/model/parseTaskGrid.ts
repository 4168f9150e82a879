/**
 * The parser's entry for every source: a `Grid` (pasted text, HTML, a .docx, an Excel range, a PDF) read into
 * sections, tasks, column readings and issues. Never throws.
 */
import type { Grid } from './grid';
import { gridToTabText } from './gridToTabText';
import { parseTaskTable, type ParsedTaskTable, type ParseTaskTableOptions } from './parseTaskTable';

/**
 * Parses a grid of cells into a task table.
 * @example parseTaskGrid({ rows: [['1', '建立制度。', '市教育局', '10月底前']], merges: [], source: 'excel' }).tasks[0]?.units // '市教育局'
 */
export function parseTaskGrid(grid: Grid, options: ParseTaskTableOptions = {}): ParsedTaskTable {
  const rows = grid !== null && typeof grid === 'object' && Array.isArray(grid.rows) ? grid.rows : [];
  return parseTaskTable(gridToTabText(rows), options);
}
