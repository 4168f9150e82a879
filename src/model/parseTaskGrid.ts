/**
 * The parser's entry for every source: a `Grid` (pasted text, HTML, a .docx, an Excel range, a PDF) read into
 * sections, tasks, column readings and issues. Never throws.
 *
 * Stages: grid → structure from its merges (`gridStructure`: header rows, category columns, sub-rows, wide rows) →
 * rows for the reader (`rowsFromGrid`) → header, column roles, rows, cells, tasks and issues (`parseTaskRows`). A grid
 * of one column is text in cells (a cell per line, numbered paragraphs) and goes through the text layouts.
 */
import { headerKeyOf } from './columnsFromHeader';
import type { Grid } from './grid';
import { gridStructure } from './gridStructure';
import { gridToTabText } from './gridToTabText';
import { parseTaskRows, parseTaskTable, type ParsedTaskTable, type ParseTaskTableOptions } from './parseTaskTable';
import { rowsFromGrid } from './rowsFromGrid';
import type { ColumnMapping, ColumnRole } from './types';

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
 * The reading of the reader's columns as a reading of the grid's: a column left out (a category column, read as
 * sections) is `other`, under its own header; an issue naming a column by position names the grid's.
 */
function onGridColumns(
  table: ParsedTaskTable,
  kept: readonly number[],
  width: number,
  header: readonly string[] | null,
): ParsedTaskTable {
  const mapping = table.columns;
  if (!mapping || kept.length === width) return table;
  const at = (c: number): number => kept.indexOf(c);
  const named = mapping.headers.some((h) => h !== null);
  const headers = Array.from({ length: width }, (_, c) =>
    at(c) >= 0 ? (mapping.headers[at(c)] ?? '') : (header?.[c] ?? ''),
  );
  const columns: ColumnMapping = {
    ...mapping,
    roles: Array.from({ length: width }, (_, c): ColumnRole =>
      at(c) >= 0 ? (mapping.roles[at(c)] ?? 'other') : 'other',
    ),
    headers: named ? headers : headers.map(() => null),
    headerKey: named ? headerKeyOf(headers) : mapping.headerKey,
    readings: Array.from(
      { length: width },
      (_, c) => mapping.readings[at(c)] ?? { role: 'other', score: 1, runnerUp: null, runnerUpScore: 0, margin: 1 },
    ),
  };
  const issues = table.issues.map((i) => {
    const index = i.params['index'];
    return i.code === 'column-doubtful' && typeof index === 'number'
      ? { ...i, params: { ...i.params, index: (kept[index - 1] ?? index - 1) + 1 } }
      : i;
  });
  return { ...table, columns, issues };
}

/**
 * Parses a grid of cells into a task table.
 * @example parseTaskGrid({ rows: [['1', '建立制度。', '市教育局', '10月底前']], merges: [], source: 'excel' }).tasks[0]?.units // '市教育局'
 */
export function parseTaskGrid(grid: Grid, options: ParseTaskTableOptions = {}): ParsedTaskTable {
  const given = grid !== null && typeof grid === 'object' && Array.isArray(grid.rows) ? grid.rows : [];
  const rows = given.map((row) => (Array.isArray(row) ? row.map((c) => (typeof c === 'string' ? c : '')) : []));
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (width < 2 || rows.every((r) => r.every((c) => c.trim() === '')))
    return parseTaskTable(gridToTabText(collapseWideMerges(rows)), options);
  const whole: Grid = { ...grid, rows, merges: Array.isArray(grid.merges) ? grid.merges : [] };
  const structure = gridStructure(whole);
  const read = rowsFromGrid(whole, structure);
  const user =
    options.columns && options.columns.length > 0
      ? read.columns.map((c) => options.columns?.[c] ?? 'other')
      : undefined;
  const table = parseTaskRows(read.rows, { ...options, ...(user ? { columns: user } : {}) });
  const header = structure.header ? (rows[structure.header.first] ?? null) : null;
  return onGridColumns(table, read.columns, width, header);
}
