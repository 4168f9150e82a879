/**
 * Lays a task table out on A4 pages as a word processor would, for PDF fixtures: cells wrapped at their width
 * (every glyph one em, as the fixture's font is), rows moved whole to the next page, the header repeated,
 * a merged cell that crosses a page break drawn on both pages, its text on the first and what does not fit there on the next (as Word does),
 * page numbers `— N —`, and rules drawn as stroked lines, as filled bars, or not at all.
 */
import { bar, line, PAGE_HEIGHT, text } from './pdfFixture';

export interface LayoutCell {
  text: string;
  rowSpan?: number;
  colSpan?: number;
}

/** A row: a string or cell per column; null where a merged cell from above or the left covers it. */
export type LayoutRow = (string | LayoutCell | null)[];

export interface TableLayout {
  /** Column widths in points. */
  columns: number[];
  header: LayoutRow[];
  rows: LayoutRow[];
  /** Lines above the table on the first page (the first is set large: the title). */
  before?: string[];
  /** Lines after the table. */
  after?: string[];
  rules?: 'lines' | 'bars' | 'none';
  size?: number;
  /** Usable height of a page below the top margin, in points (default: A4 with 60-pt margins). */
  pageBottom?: number;
  repeatHeader?: boolean;
  pageNumbers?: boolean;
  /** Baseline step in ems (1.5 by default; Word's 1.5-line spacing is about 2). */
  leading?: number;
  /** The table's font: F1 UniGB-UCS2-H, F2 no Unicode map, F3 GBK-EUC-H. */
  font?: 'F1' | 'F2' | 'F3';
}

const LEFT = 50;
const TOP = 60;
const PAD = 4;

interface Placed {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
}

function cells(rows: readonly LayoutRow[]): Placed[] {
  const out: Placed[] = [];
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === null) return;
      const spec = typeof cell === 'string' ? { text: cell } : cell;
      out.push({ row: r, col: c, rowSpan: spec.rowSpan ?? 1, colSpan: spec.colSpan ?? 1, text: spec.text });
    }),
  );
  return out;
}

function wrap(s: string, width: number, size: number): string[] {
  const per = Math.max(1, Math.floor((width - 2 * PAD) / size));
  return s.split('\n').flatMap((para) => {
    const chars = [...para];
    const lines: string[] = [];
    for (let i = 0; i < chars.length; i += per) lines.push(chars.slice(i, i + per).join(''));
    return lines.length > 0 ? lines : [''];
  });
}

function rowHeights(rows: readonly LayoutRow[], layout: TableLayout, size: number): number[] {
  const leading = layout.leading ?? 1.5;
  const heights = rows.map(() => size * leading + 2 * PAD);
  for (const cell of cells(rows)) {
    if (cell.rowSpan !== 1) continue;
    const width = layout.columns.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0);
    const need = wrap(cell.text, width, size).length * size * leading + 2 * PAD;
    heights[cell.row] = Math.max(heights[cell.row] ?? 0, need);
  }
  return heights;
}

function draw(box: { x: number; y: number; w: number; h: number }, rules: TableLayout['rules']): string {
  const { x, y, w, h } = box;
  if (rules === 'none') return '';
  if (rules === 'bars')
    return [bar(x, y, w, 0.8), bar(x, y + h - 0.8, w, 0.8), bar(x, y, 0.8, h), bar(x + w - 0.8, y, 0.8, h)].join('\n');
  return [line(x, y, x + w, y), line(x, y + h, x + w, y + h), line(x, y, x, y + h), line(x + w, y, x + w, y + h)].join(
    '\n',
  );
}

interface Slot {
  page: number;
  y: number;
}

/** Each row's page and top, rows moved whole to a new page when they do not fit; the header's slot on every page. */
function flow(
  heights: readonly number[],
  headerRows: number,
  start: number,
  bottom: number,
  repeat: boolean,
): { slots: Slot[]; headers: Slot[][]; end: Slot } {
  const slots: Slot[] = [];
  const headers: Slot[][] = [];
  let page = 0;
  let y = start;
  heights.forEach((h, r) => {
    if (r >= headerRows && y + h > bottom) {
      page += 1;
      y = TOP;
      if (repeat) {
        headers.push(heights.slice(0, headerRows).map((hh) => ((y += hh), { page, y: y - hh })));
      }
    }
    slots.push({ page, y });
    y += h;
  });
  return { slots, headers, end: { page, y } };
}

function drawCell(
  out: string[][],
  cell: Placed,
  slots: readonly (Slot | undefined)[],
  heights: readonly number[],
  layout: TableLayout,
  size: number,
): void {
  const x = LEFT + layout.columns.slice(0, cell.col).reduce((a, b) => a + b, 0);
  const w = layout.columns.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0);
  const frags: { page: number; y: number; h: number }[] = [];
  for (let r = cell.row; r < cell.row + cell.rowSpan; r += 1) {
    const slot = slots[r];
    if (!slot) continue;
    const last = frags[frags.length - 1];
    if (last && last.page === slot.page) last.h += heights[r] ?? 0;
    else frags.push({ page: slot.page, y: slot.y, h: heights[r] ?? 0 });
  }
  // The text starts in the first fragment; what does not fit there goes on in the next (as Word flows a split cell).
  const lines = wrap(cell.text, w, size);
  frags.forEach((f) => {
    const page = (out[f.page] ??= []);
    page.push(draw({ x, y: f.y, w, h: f.h }, layout.rules ?? 'lines'));
    const leading = layout.leading ?? 1.5;
    const fits = Math.max(1, Math.floor((f.h - 2 * PAD) / (leading * size)));
    lines
      .splice(0, fits)
      .forEach(
        (t, k) =>
          t !== '' &&
          page.push(text(x + PAD, f.y + PAD + size * (leading * k + 1.1), t, { size, font: layout.font ?? 'F1' })),
      );
  });
}

/**
 * The content streams of the pages the table takes.
 * @example pdf(layoutPages({ columns: [40, 300, 100, 90], header: [['序号', '工作任务', '牵头单位', '完成时限']], rows }))
 */
export function layoutPages(layout: TableLayout): string[] {
  const size = layout.size ?? 11;
  const out: string[][] = [[]];
  let y = TOP;
  (layout.before ?? []).forEach((s, i) => {
    const sz = i === 0 && s !== '附件' ? 20 : size;
    y += sz * 1.6;
    out[0]?.push(text(LEFT + (i === 0 && s !== '附件' ? 40 : 0), y, s, { size: sz }));
  });
  const all = [...layout.header, ...layout.rows];
  const heights = rowHeights(all, layout, size);
  const { slots, headers, end } = flow(
    heights,
    layout.header.length,
    y + size,
    layout.pageBottom ?? PAGE_HEIGHT - 60,
    layout.repeatHeader ?? true,
  );
  const placed = cells(all);
  for (const cell of placed) drawCell(out, cell, slots, heights, layout, size);
  for (const header of headers)
    for (const cell of placed.filter((c) => c.row < layout.header.length))
      drawCell(out, cell, header, heights, layout, size);
  let after = end.y + size;
  for (const s of layout.after ?? []) out[end.page]?.push(text(LEFT + 250, (after += size * 1.8), s, { size }));
  if (layout.pageNumbers ?? true)
    out.forEach((page, i) => page.push(text(280, PAGE_HEIGHT - 30, `— ${i + 1} —`, { size: 10 })));
  return out.map((page) => page.join('\n'));
}
