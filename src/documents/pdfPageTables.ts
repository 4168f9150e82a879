/**
 * The tables of one PDF page and the lines of text outside them: ruled tables first (every page), then, on a
 * page with none, a table set without rules. Page numbers at the top or bottom of the page are dropped. Each
 * table keeps its column edges and its place on the page, so that a table continued on the next page can be
 * recognised and joined (`joinPageTables`).
 */
import { compactGrid, type MergedGrid } from './compactGrid';
import { isRowNumber } from './isRowNumber';
import { isPageNumberLine } from './pageNumberLine';
import type { PageContent } from './pdfPageContent';
import { lineText, textLines } from './pdfTextLines';
import type { TextPiece } from './pdfTextPiece';
import { ruledTableGrid } from './ruledTableGrid';
import { ruledTables } from './ruledTables';
import { splitAtSpaces, type Extent } from './unruledColumns';
import { unruledTable } from './unruledTable';

export interface PageTable extends MergedGrid {
  /** 1-based page number. */
  page: number;
  /** Column edges, left to right (one more than the grid's columns). */
  xs: number[];
  top: number;
  bottom: number;
  ruled: boolean;
  /** Per column of the last row: the cell's last line ran to the edge (a row split by the page break goes on mid-paragraph). */
  lastRowRuns: boolean[];
  /** A table without rules: its columns' text extents, to read its continuation on the next page. */
  columns?: Extent[];
}

export interface PageLine {
  page: number;
  text: string;
  /** Baseline. */
  y: number;
  size: number;
}

/** A column narrower than this (points) with no text is the sliver between doubled borders. */
const SLIVER = 5;

function withoutFolios(pieces: readonly TextPiece[]): TextPiece[] {
  const lines = textLines(pieces);
  const ends = [lines[0], lines[lines.length - 1]].filter((l) => l !== undefined && isPageNumberLine(lineText(l)));
  const dropped = new Set(ends.flatMap((l) => l?.pieces ?? []));
  return pieces.filter((p) => !dropped.has(p));
}

/** A first-column cell holding two or more row numbers: the rows were not ruled apart. */
function underRuled(grid: readonly (readonly string[])[]): boolean {
  return grid.some((row) => (row[0] ?? '').split('\n').filter((line) => isRowNumber(line)).length >= 2);
}

/** Empty rows out; empty sliver columns out (their edges with them). */
function tidy(
  table: MergedGrid,
  xs: readonly number[],
  runs: readonly (readonly boolean[])[],
): { table: MergedGrid; xs: number[]; lastRowRuns: boolean[] } {
  const sliver = (c: number) => (xs[c + 1] ?? 0) - (xs[c] ?? 0) < SLIVER;
  const { rows, cols, ...tidied } = compactGrid(table, sliver);
  const width = table.grid[0]?.length ?? 0;
  const lastRow = runs[rows[rows.length - 1] ?? -1] ?? [];
  return {
    table: tidied,
    xs: [...cols.map((c) => xs[c] ?? 0), xs[width] ?? 0],
    lastRowRuns: cols.map((c) => lastRow[c] ?? false),
  };
}

/**
 * The page's tables, top to bottom, and its other lines; `continued`: the columns of a table without rules that ended the page before.
 * @example pageTables(await pageContent(page, OPS), 1).tables[0]?.grid[0] // ['序号', '工作任务', '牵头单位', '完成时限']
 */
export function pageTables(
  content: PageContent,
  page: number,
  continued?: readonly Extent[],
): { tables: PageTable[]; lines: PageLine[] } {
  let rest = withoutFolios(content.pieces);
  const tables: PageTable[] = [];
  for (const ruled of content.segments ? ruledTables(content.segments) : []) {
    // Fewer than three columns is a frame or a letterhead box, not a task table's rules.
    if (ruled.xs.length < 4) continue;
    const read = ruledTableGrid(ruled, rest);
    // Rules around the columns but not between the rows (a 三线表): read as a table without rules instead.
    if (underRuled(read.table.grid)) continue;
    rest = read.outside;
    const { table, xs, lastRowRuns } = tidy(read.table, ruled.xs, read.runs);
    if (table.grid.length > 0)
      tables.push({
        ...table,
        page,
        xs,
        top: ruled.ys[0] ?? 0,
        bottom: ruled.ys[ruled.ys.length - 1] ?? 0,
        ruled: true,
        lastRowRuns,
      });
  }
  if (tables.length === 0) {
    const pieces = rest.flatMap(splitAtSpaces);
    // A page holding only a row or two of a table without rules is read in the columns of the page before.
    const unruled = unruledTable(pieces) ?? (continued ? unruledTable(pieces, continued) : null);
    if (unruled) {
      const { table, xs, lastRowRuns } = tidy(unruled.table, unruled.xs, []);
      tables.push({
        ...table,
        page,
        xs,
        top: unruled.top,
        bottom: unruled.bottom,
        ruled: false,
        lastRowRuns,
        columns: unruled.columns,
      });
      rest = rest.filter((p) => p.y < unruled.top || p.y > unruled.bottom + 0.5);
    }
  }
  const lines = textLines(rest).map((l) => ({ page, text: lineText(l), y: l.y, size: l.size }));
  return { tables, lines };
}
