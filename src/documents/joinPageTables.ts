/**
 * A table that runs over a page break is one table. The first table of a page continues the last table of the
 * page before when nothing but a running header stands above it and its columns line up. Joining drops the
 * header rows the continuation repeats, joins a row the break split (its 序号 cell is empty on the new page),
 * and carries a merged cell (a lead agency over several tasks) whose continuation the break left empty.
 */
import type { GridMerge } from '../model';
import type { PageLine, PageTable } from './pdfPageTables';
import { isRowNumber } from './isRowNumber';

export interface JoinedTable {
  grid: string[][];
  merges: GridMerge[];
  /** The 1-based pages the table is on. */
  pages: number[];
  ruled: boolean;
  /** The line just above the table on its first page ('' when none). */
  caption: string;
}

/** Column rules of a continuation may differ by this much (points). */
const RULED_ALIGN = 4;
const HEADER_ROWS = 3;

const squash = (s: string) => s.replace(/\s+/g, '');
const rowKey = (row: readonly string[]) => row.map(squash).join('\u0001');

/** Ruled: the same rules (within 4 pt). Unruled (edges found from the text, which varies by page): each column's middle inside the other's column. */
function aligned(a: PageTable, b: PageTable): boolean {
  if (a.xs.length !== b.xs.length) return false;
  if (a.ruled && b.ruled) return a.xs.every((x, i) => Math.abs(x - (b.xs[i] ?? Number.NaN)) <= RULED_ALIGN);
  const inside = (p: PageTable, q: PageTable) =>
    p.xs.slice(1).every((right, i) => {
      const middle = ((p.xs[i] ?? 0) + right) / 2;
      return middle >= (q.xs[i] ?? 0) && middle <= (q.xs[i + 1] ?? 0);
    });
  return inside(a, b) && inside(b, a);
}

/** Whether `next` (the first table of its page) continues `previous` (the last of the page before): columns aligned, nothing new above it. */
function continues(previous: PageTable, next: PageTable, lines: readonly PageLine[]): boolean {
  if (next.page !== previous.page + 1 || !aligned(previous, next)) return false;
  // A running header or footer may carry the page number: compared with its numbers masked.
  const masked = (text: string) => squash(text).replace(/[0-9０-９]+/g, '#');
  const onPage = (page: number) => new Set(lines.filter((l) => l.page === page).map((l) => masked(l.text)));
  const [before, after] = [onPage(previous.page), onPage(next.page)];
  // Running headers and footers repeat on every page; anything else between the two (a note, a caption) ends the table.
  const below = lines
    .filter((l) => l.page === previous.page && l.y > previous.bottom)
    .every((l) => after.has(masked(l.text)));
  return below && lines.filter((l) => l.page === next.page && l.y < next.top).every((l) => before.has(masked(l.text)));
}

function mergeAt(merges: readonly GridMerge[], row: number, col: number): GridMerge | undefined {
  return merges.find((m) => row >= m.row && row < m.row + m.rowSpan && col >= m.col && col < m.col + m.colSpan);
}

function setArea(table: JoinedTable, row: number, col: number, text: string): void {
  const m = mergeAt(table.merges, row, col) ?? { row, col, rowSpan: 1, colSpan: 1 };
  for (let r = m.row; r < m.row + m.rowSpan; r += 1)
    for (let c = m.col; c < m.col + m.colSpan; c += 1) if (table.grid[r]) (table.grid[r] as string[])[c] = text;
}

/** How many of the continuation's first rows repeat the table's first rows (its header). */
function repeatedHeader(table: JoinedTable, next: PageTable): number {
  for (let k = Math.min(HEADER_ROWS, next.grid.length - 1, table.grid.length); k >= 1; k -= 1) {
    if (table.grid.slice(0, k).every((row, i) => rowKey(row) === rowKey(next.grid[i] ?? []))) return k;
  }
  return 0;
}

/** The two halves of a cell split by a page break: one paragraph when the first half's last line ran to the edge. */
function joinText(a: string, b: string, runsOn: boolean): string {
  if (a === '' || b === '') return a + b;
  if (!runsOn) return `${a}\n${b}`;
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

/** The continuation's rows and merges after its first `skip` rows are dropped. */
function rowsAfter(next: PageTable, skip: number): { grid: string[][]; merges: GridMerge[] } {
  const merges = next.merges.flatMap((m) => {
    const end = m.row + m.rowSpan;
    if (end <= skip) return [];
    const row = Math.max(m.row, skip) - skip;
    return [{ ...m, row, rowSpan: end - skip - row }];
  });
  return { grid: next.grid.slice(skip).map((r) => [...r]), merges };
}

/** A first row with an empty 序号 cell under a numbered last row is the rest of that row: its text is appended there. */
function joinSplitRow(
  table: JoinedTable,
  rest: { grid: string[][]; merges: GridMerge[] },
  runs: readonly boolean[],
): number {
  const first = rest.grid[0];
  const last = table.grid.length - 1;
  const spanning = rest.merges.some((m) => m.row === 0 && m.colSpan === (first?.length ?? 0));
  if (
    !first ||
    spanning ||
    (first[0] ?? '').trim() !== '' ||
    !first.some((c) => c.trim() !== '') ||
    (table.grid[last]?.[0] ?? '').trim() === ''
  )
    return 0;
  const done = new Set<GridMerge | string>();
  first.forEach((text, c) => {
    const area = mergeAt(table.merges, last, c) ?? `${c}`;
    if (text.trim() === '' || done.has(area)) return;
    done.add(area);
    setArea(table, last, c, joinText(table.grid[last]?.[c] ?? '', text, runs[c] ?? true));
    continueMerge(table, rest, c);
  });
  return 1;
}

/** A merged cell of the split row that goes on below it (a lead over the next tasks) takes the joined text and joins the merge above. */
function continueMerge(table: JoinedTable, rest: { grid: string[][]; merges: GridMerge[] }, col: number): void {
  const lower = rest.merges.find((m) => m.row === 0 && m.col === col && m.rowSpan > 1);
  if (!lower) return;
  const last = table.grid.length - 1;
  const text = table.grid[last]?.[col] ?? '';
  for (let r = 1; r < lower.rowSpan; r += 1)
    for (let k = col; k < col + lower.colSpan; k += 1) if (rest.grid[r]) (rest.grid[r] as string[])[k] = text;
  rest.merges.splice(rest.merges.indexOf(lower), 1);
  const upper = mergeAt(table.merges, last, col);
  if (upper) upper.rowSpan += lower.rowSpan - 1;
  else table.merges.push({ row: last, col, rowSpan: lower.rowSpan, colSpan: lower.colSpan });
}

/**
 * A merged cell (a lead over several tasks) cut by the break goes on at the top of the continuation, beside numbered
 * rows: empty there (its text stayed above), or holding the rest of its text when the text above ran to the edge.
 */
function carryMerges(
  table: JoinedTable,
  rest: { grid: string[][]; merges: GridMerge[] },
  runs: readonly boolean[],
): void {
  const last = table.grid.length - 1;
  const first = rest.grid[0];
  if (!first || !isRowNumber(first[0] ?? '')) return;
  first.forEach((text, c) => {
    const above = table.grid[last]?.[c] ?? '';
    if (above.trim() === '' || (text.trim() !== '' && !(runs[c] ?? false))) return;
    const upper = mergeAt(table.merges, last, c);
    const lower = mergeAt(rest.merges, 0, c);
    if (!(upper && upper.rowSpan > 1) && !(lower && lower.rowSpan > 1)) return;
    if ((upper?.colSpan ?? 1) !== (lower?.colSpan ?? 1)) return;
    const joined = joinText(above, text, true);
    const span = lower?.rowSpan ?? 1;
    for (let r = 0; r < span; r += 1)
      for (let k = c; k < c + (lower?.colSpan ?? 1); k += 1) if (rest.grid[r]) (rest.grid[r] as string[])[k] = joined;
    if (joined !== above) setArea(table, last, c, joined);
    if (lower) rest.merges.splice(rest.merges.indexOf(lower), 1);
    if (upper) upper.rowSpan += span;
    else table.merges.push({ row: last, col: c, rowSpan: 1 + span, colSpan: 1 });
  });
}

function append(table: JoinedTable, previous: PageTable, next: PageTable): void {
  const rest = rowsAfter(next, repeatedHeader(table, next));
  const split = joinSplitRow(table, rest, previous.lastRowRuns);
  const tail = split > 0 ? rowsAfter({ ...next, grid: rest.grid, merges: rest.merges }, split) : rest;
  carryMerges(table, tail, split > 0 ? [] : previous.lastRowRuns);
  const offset = table.grid.length;
  table.grid.push(...tail.grid);
  table.merges.push(...tail.merges.map((m) => ({ ...m, row: m.row + offset })));
  if (!table.pages.includes(next.page)) table.pages.push(next.page);
}

function captionOf(table: PageTable, lines: readonly PageLine[]): string {
  const above = lines.filter((l) => l.page === table.page && l.y < table.top);
  return above[above.length - 1]?.text ?? '';
}

/**
 * The document's tables with every continuation joined to the table it continues.
 * @example joinPageTables([tableOnPage1, continuationOnPage2], lines).length // 1
 */
export function joinPageTables(tables: readonly PageTable[], lines: readonly PageLine[]): JoinedTable[] {
  const out: JoinedTable[] = [];
  let previous: PageTable | null = null;
  tables.forEach((table, i) => {
    const current = out[out.length - 1];
    // Tables come in page order: the first table of a page follows the last table of an earlier page.
    const startsPage = tables[i - 1]?.page !== table.page;
    if (current && previous && startsPage && continues(previous, table, lines)) append(current, previous, table);
    else
      out.push({
        grid: table.grid.map((r) => [...r]),
        merges: table.merges.map((m) => ({ ...m })),
        pages: [table.page],
        ruled: table.ruled,
        caption: captionOf(table, lines),
      });
    previous = table;
  });
  return out;
}
