/**
 * Turns the HTML that Word, Excel or a web page put on the clipboard for a copied table into a rectangular grid of
 * cell texts with the merged areas (rowspan / colspan), the Grid the parser reads. Merged cells are expanded: a 牵头单位 cell with
 * rowspan="3" appears in each of the three rows. Paragraphs and <br> inside a cell become "\n".
 *
 * Nothing in the HTML runs or loads: DOMParser documents have no browsing context, and script, style, img and the
 * like are skipped. Work is bounded: too much HTML or too many cells (after expansion) is refused as data.
 */

import type { GridMerge } from '../../model';

/** Cells a grid may hold after merged cells are expanded (a 2,000-task table of 10 columns is 20,000). */
export const MAX_GRID_CELLS = 100_000;
/** Characters of clipboard HTML read at most (Word's HTML for a 50-page table is a few MB, mostly styles). */
const MAX_TABLE_HTML_CHARS = 10_000_000;

/** Why a table was not read; the pane words it. */
export type HtmlTableRefusal =
  { code: 'htmlTooLarge'; chars: number; limit: number } | { code: 'tableTooLarge'; limit: number };

export type HtmlTableGrid =
  { ok: true; grid: string[][]; merges: GridMerge[] } | { ok: false; refusal: HtmlTableRefusal };

export interface HtmlTableToGridOptions {
  parser?: DOMParser;
  maxCells?: number;
  maxChars?: number;
}

// Spans as browsers clamp them (HTML's table model: colspan 1–1000, rowspan 0–65534, 0 = to the end).
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

/** Content that is never a cell's text. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'IMG',
  'SVG',
  'MATH',
  'OBJECT',
  'EMBED',
  'IFRAME',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'PICTURE',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
]);
/** Elements that start a new line inside a cell. */
const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
  'TABLE',
  'BLOCKQUOTE',
  'PRE',
  'SECTION',
  'ARTICLE',
  'DL',
  'DT',
  'DD',
  'HR',
]);

interface PlacedCell {
  text: string;
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
}

/**
 * The rows of every top-level table in the HTML, one grid; null when the HTML holds no table row.
 *
 * @example
 * htmlTableToGrid('<table><tr><td>1</td><td rowspan="2">市教育局</td></tr><tr><td>2</td></tr></table>')
 * //=> { ok: true, grid: [['1', '市教育局'], ['2', '市教育局']], merges: [{ row: 0, col: 1, rowSpan: 2, colSpan: 1 }] }
 */
export function htmlTableToGrid(html: string, options: HtmlTableToGridOptions = {}): HtmlTableGrid | null {
  const maxChars = options.maxChars ?? MAX_TABLE_HTML_CHARS;
  const maxCells = options.maxCells ?? MAX_GRID_CELLS;
  if (html.length > maxChars)
    return { ok: false, refusal: { code: 'htmlTooLarge', chars: html.length, limit: maxChars } };
  const doc = (options.parser ?? new DOMParser()).parseFromString(html, 'text/html');
  const rows = [...doc.querySelectorAll('table')]
    .filter((table) => !table.parentElement?.closest('table'))
    .flatMap(tableRows);
  if (rows.length === 0) return null;

  const placed: PlacedCell[] = [];
  // occupied[r] holds the columns already taken in row r by cells spanning down from above.
  const occupied: Set<number>[] = rows.map(() => new Set<number>());
  let cellCount = 0;
  let width = 0;
  for (const [r, tr] of rows.entries()) {
    let col = 0;
    for (const cell of cellsOf(tr)) {
      while (occupied[r]?.has(col)) col += 1;
      const colspan = clampSpan(cell.getAttribute('colspan'), 1, MAX_COLSPAN);
      const rowspanRaw = clampSpan(cell.getAttribute('rowspan'), 0, MAX_ROWSPAN);
      const rowspan = Math.min(rowspanRaw === 0 ? rows.length - r : rowspanRaw, rows.length - r);
      cellCount += rowspan * colspan;
      if (cellCount > maxCells) return tooLarge(maxCells);
      placed.push({ text: cellText(cell), row: r, col, rowspan, colspan });
      for (let dr = 1; dr < rowspan; dr += 1) for (let dc = 0; dc < colspan; dc += 1) occupied[r + dr]?.add(col + dc);
      col += colspan;
      width = Math.max(width, col);
    }
    for (const taken of occupied[r] ?? []) width = Math.max(width, taken + 1);
  }
  if (rows.length * width > maxCells) return tooLarge(maxCells);

  const grid = rows.map(() => Array.from({ length: width }, () => ''));
  const merges: GridMerge[] = [];
  for (const cell of placed) {
    // A single cell across the whole row is a title or section heading: kept once, as Excel copies merged cells as text.
    const acrossRow = cell.col === 0 && cell.colspan >= width && cell.rowspan === 1;
    const colspan = acrossRow ? 1 : cell.colspan;
    if (colspan > 1 || cell.rowspan > 1)
      merges.push({ row: cell.row, col: cell.col, rowSpan: cell.rowspan, colSpan: colspan });
    for (let dr = 0; dr < cell.rowspan; dr += 1) {
      const row = grid[cell.row + dr];
      if (row) for (let dc = 0; dc < colspan; dc += 1) row[cell.col + dc] = cell.text;
    }
  }
  return { ok: true, grid, merges };
}

// Counting stops at the cap: the exact total of a hostile span would cost what the cap avoids.
function tooLarge(limit: number): HtmlTableGrid {
  return { ok: false, refusal: { code: 'tableTooLarge', limit } };
}

/** A table's own rows (directly or in thead/tbody/tfoot), not those of a table nested in a cell. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.tagName === 'TR') rows.push(child);
    else if (child.tagName === 'THEAD' || child.tagName === 'TBODY' || child.tagName === 'TFOOT') {
      for (const row of child.children) if (row.tagName === 'TR') rows.push(row);
    }
  }
  return rows;
}

function cellsOf(tr: Element): Element[] {
  return [...tr.children].filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH');
}

function clampSpan(value: string | null, min: number, max: number): number {
  const n = value === null ? NaN : Number.parseInt(value, 10);
  if (!Number.isFinite(n) || n < min) return min === 0 ? 1 : min;
  return Math.min(n, max);
}

/** The cell's visible text: one line per paragraph, block or <br>, spaces collapsed, empty lines dropped. */
function cellText(cell: Element): string {
  const lines: string[] = [''];
  const newLine = () => {
    if (lines[lines.length - 1] !== '') lines.push('');
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        lines[lines.length - 1] += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (SKIPPED.has(element.tagName) || isHidden(element)) continue;
        if (element.tagName === 'BR') {
          lines.push('');
          continue;
        }
        const block = BLOCKS.has(element.tagName) || element.tagName === 'TD' || element.tagName === 'TH';
        if (block) newLine();
        walk(element);
        if (block) newLine();
      }
    }
  };
  walk(cell);
  return lines
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Word marks text it keeps off the page (mso-hide) and web pages hide text with display:none. */
function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|mso-hide\s*:\s*all/i.test(style);
}
