/**
 * The grid stage before the row reader: what a grid's merged areas say about its structure, as explicit facts.
 * Word, HTML, Excel and ruled PDFs know their merges; a text grid has none, and then nothing here applies.
 * - a header of several rows (cells merged down through it, `责任单位` spanning `牵头单位 | 配合单位`);
 * - category columns (`分类`, `板块`, `工作任务` over `具体措施`): merged down the left, holding group titles;
 * - sub-rows under one merged 序号: one task;
 * - rows merged across the whole width: a section title or a note, one cell.
 */
import { columnsFromHeader, looseHeaderKey } from './columnsFromHeader';
import type { Grid, GridMerge } from './grid';
import { taskNumber } from './taskNumber';

/** Rows [first, last] of the grid, both included. */
export interface RowSpan {
  first: number;
  last: number;
}

export interface GridStructure {
  /** The header: its row, and the rows merged into it below (cells merged down through them, a span over sub-headers). */
  header: RowSpan | null;
  /** Columns merged down the left that hold group titles: sections, not cells of the tasks. */
  categories: number[];
  /** Rows under one merged 序号 cell: one task each span. */
  subRows: RowSpan[];
  /** Rows merged across the grid's width. */
  wide: Set<number>;
}

/** A header starts near the top. */
const MAX_HEADER_ROW = 12;
/** A header is at most three rows (a title row merged across is not part of it). */
const MAX_HEADER_ROWS = 3;
/** A group title is short; a longer cell is task text. */
const MAX_CATEGORY_CHARS = 40;
/** Header words of a column that is never a category, whatever its merges. */
const NOT_CATEGORY = new Set(['no', 'units', 'lead', 'support', 'schedule', 'leader', 'progress']);

const cellAt = (grid: Grid, r: number, c: number): string => {
  const cell = grid.rows[r]?.[c];
  return typeof cell === 'string' ? cell : '';
};

/**
 * A row whose filled cells all hold one text (at least two): a row merged across the table, repeated in each cell.
 * @example sameEverywhere(['一、总体要求', '一、总体要求', '一、总体要求']) // true
 */
export function sameEverywhere(row: readonly unknown[]): boolean {
  let first: string | null = null;
  let filled = 0;
  for (const cell of row) {
    const text = typeof cell === 'string' ? cell.trim() : '';
    if (text === '') continue;
    if (first !== null && text !== first) return false;
    first = text;
    filled += 1;
  }
  return filled >= 2;
}

/** Merges with sane numbers inside the grid; anything else is ignored (a source's bug must not break the reader). */
function saneMerges(grid: Grid, width: number): GridMerge[] {
  const merges = Array.isArray(grid.merges) ? grid.merges : [];
  const ok = (n: unknown, min: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= min;
  return merges.filter(
    (m) =>
      ok(m.row, 0) && ok(m.col, 0) && ok(m.rowSpan, 1) && ok(m.colSpan, 1) && m.row < grid.rows.length && m.col < width,
  );
}

/** The header row and the rows merged into it below: cells merged down through them, or a span over sub-header cells. */
function headerOf(
  grid: Grid,
  merges: readonly GridMerge[],
  width: number,
  wide: Set<number>,
): { row: number; span: RowSpan | null } {
  const limit = Math.min(grid.rows.length, MAX_HEADER_ROW);
  let row = -1;
  for (let r = 0; r < limit && row < 0; r += 1)
    if (!wide.has(r) && columnsFromHeader(grid.rows[r] ?? []) !== null) row = r;
  if (row < 0) return { row, span: null };
  let last = row;
  for (const m of merges) {
    if (m.row !== row || m.colSpan >= width) continue;
    if (m.rowSpan > 1) last = Math.max(last, row + m.rowSpan - 1);
    // A span over sub-header cells (`责任单位` over `牵头 | 配合`): the next row names them, and holds no task number.
    else if (m.colSpan > 1 && subHeaderBelow(grid, row, m)) last = Math.max(last, row + 1);
  }
  last = Math.min(last, row + MAX_HEADER_ROWS - 1, grid.rows.length - 1);
  return { row, span: { first: row, last } };
}

function subHeaderBelow(grid: Grid, row: number, m: GridMerge): boolean {
  const below = grid.rows[row + 1] ?? [];
  if (below.some((c) => typeof c === 'string' && taskNumber(c) !== null)) return false;
  const parent = cellAt(grid, row, m.col);
  const names = Array.from({ length: m.colSpan }, (_, k) => cellAt(grid, row + 1, m.col + k));
  return names.every((n) => n !== '' && n.length <= 10) && names.some((n) => n !== parent);
}

/** A column merged down in the body, short repeated non-number values, and no header word that says another role. */
function isCategory(
  grid: Grid,
  merges: readonly GridMerge[],
  col: number,
  headerRow: number,
  bodyStart: number,
  wide: ReadonlySet<number>,
): boolean {
  const key = headerRow >= 0 ? looseHeaderKey(cellAt(grid, headerRow, col)) : null;
  if (key !== null && NOT_CATEGORY.has(key)) return false;
  if (!merges.some((m) => m.col === col && m.colSpan === 1 && m.rowSpan > 1 && m.row >= bodyStart)) return false;
  const values = new Set<string>();
  let filled = 0;
  for (let r = bodyStart; r < grid.rows.length; r += 1) {
    const v = cellAt(grid, r, col);
    if (v === '' || wide.has(r)) continue;
    if (v.length > MAX_CATEGORY_CHARS || taskNumber(v) !== null) return false;
    values.add(v);
    filled += 1;
  }
  return filled >= 2 && values.size * 2 <= filled + 1;
}

/** The first column whose body cells are mostly task numbers (the 序号 column), or -1. */
function numberColumn(
  grid: Grid,
  width: number,
  bodyStart: number,
  skip: ReadonlySet<number>,
  wide: ReadonlySet<number>,
): number {
  for (let c = 0; c < width; c += 1) {
    if (skip.has(c)) continue;
    let numbers = 0;
    let filled = 0;
    for (let r = bodyStart; r < grid.rows.length; r += 1) {
      const v = cellAt(grid, r, c);
      if (v === '' || wide.has(r)) continue;
      filled += 1;
      if (taskNumber(v) !== null) numbers += 1;
    }
    if (filled > 0) return numbers * 5 >= filled * 3 ? c : -1;
  }
  return -1;
}

/**
 * The structure facts of a grid from its merges; none for a grid without merges.
 * @example gridStructure({ rows: [['分类', '序号', '任务'], ['甲', '1', '建立制度。'], ['甲', '2', '完善机制。']], merges: [{ row: 1, col: 0, rowSpan: 2, colSpan: 1 }], source: 'docx' }).categories // [0]
 */
export function gridStructure(grid: Grid): GridStructure {
  const width = grid.rows.reduce((w, r) => Math.max(w, Array.isArray(r) ? r.length : 0), 0);
  const merges = saneMerges(grid, width);
  const none: GridStructure = { header: null, categories: [], subRows: [], wide: new Set() };
  if (merges.length === 0 || width < 2) return none;
  const wide = new Set(merges.filter((m) => m.col === 0 && m.colSpan >= width && m.rowSpan === 1).map((m) => m.row));
  grid.rows.forEach((row, r) => {
    if (sameEverywhere(row)) wide.add(r);
  });
  const { row: headerRow, span } = headerOf(grid, merges, width, wide);
  const bodyStart = (span?.last ?? -1) + 1;
  // Category columns sit left of the task: left of the 序号 column, or of the first column that is not one.
  const categories: number[] = [];
  for (let c = 0; c < width - 2; c += 1) {
    // A leader column merged beside the categories (分管领导 | 类别 | 序号 …) stays a column; the run goes on past it.
    if (isCategory(grid, merges, c, headerRow, bodyStart, wide)) categories.push(c);
    else if (headerRow < 0 || looseHeaderKey(cellAt(grid, headerRow, c)) !== 'leader') break;
  }
  const noCol = numberColumn(grid, width, bodyStart, new Set(categories), wide);
  const subRows =
    noCol < 0
      ? []
      : merges
          .filter(
            (m) =>
              m.col === noCol && m.rowSpan > 1 && m.row >= bodyStart && taskNumber(cellAt(grid, m.row, noCol)) !== null,
          )
          .map((m) => ({ first: m.row, last: Math.min(m.row + m.rowSpan - 1, grid.rows.length - 1) }));
  return { header: span, categories, subRows, wide };
}
