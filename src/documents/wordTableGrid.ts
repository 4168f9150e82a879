/**
 * A `w:tbl` as a rectangular grid of cell texts: `w:gridSpan` fills each covered column, `w:vMerge`
 * continuations take the text of the cell that starts the merge, `w:gridBefore`/`w:gridAfter` leave
 * empty cells, paragraphs in a cell are joined with "\n". A table nested in a cell becomes that cell's
 * text, one line per nested row (cells separated by a space), and the table is marked `nested`.
 */
import type { GridMerge } from '../model';
import { elementChildren, isW, paragraphText, wChild, wChildrenThrough, wVal } from './wordXml';

export interface WordTableGrid {
  /** Rows × columns, every row the same length. */
  grid: string[][];
  /** A table was nested in one of its cells (its text is kept in that cell). */
  nested: boolean;
  /** The table is wider than `MAX_TABLE_COLUMNS`: the columns beyond are not read. */
  clipped: boolean;
  /** Merged areas (`w:gridSpan`, `w:vMerge`), each covered cell holding the area's text in `grid`. */
  merges: GridMerge[];
}

/** More columns than this in one table is not a task table (and a crafted `w:gridSpan` cannot allocate more). */
export const MAX_TABLE_COLUMNS = 64;

const ROWS = new Set(['tr']);
const CELLS = new Set(['tc']);
const BLOCKS = new Set(['p', 'tbl']);

interface Slot {
  text: string;
  /** `w:vMerge` without `restart`: the text comes from the cell above. */
  continues: boolean;
  /** The first column of the `w:tc` this slot belongs to, and how many columns it spans. */
  start: number;
  span: number;
}

function intVal(el: Element | null, fallback: number): number {
  const n = el ? Number.parseInt(wVal(el) ?? '', 10) : Number.NaN;
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

/** A cell's text: its paragraphs (and nested tables' rows), trimmed, empty ones dropped, joined with "\n". */
function cellText(tc: Element, depth: number, seen: { nested: boolean }): string {
  const lines: string[] = [];
  for (const block of wChildrenThrough(tc, BLOCKS)) {
    if (block.localName === 'p') lines.push(paragraphText(block));
    else {
      seen.nested = true;
      // Deeper nesting than this is layout, not data; its text is still kept, one line per row.
      for (const row of wordTableGrid(block, depth + 1).grid) lines.push(row.filter((c, i) => c !== '' && c !== row[i - 1]).join(' '));
    }
  }
  return lines
    .flatMap((line) => line.split('\n'))
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The grid of a WordprocessingML table element.
 * @example wordTableGrid(tbl).grid // [['序号', '工作任务', '牵头单位'], ['1', '…', '市教育局'], ['2', '…', '市教育局']]
 */
export function wordTableGrid(tbl: Element, depth = 0): WordTableGrid {
  const seen = { nested: false };
  const tblGrid = wChild(tbl, 'tblGrid');
  const declared = tblGrid ? elementChildren(tblGrid).filter((c) => isW(c, 'gridCol')).length : 0;
  const rows: (Slot | undefined)[][] = [];
  let clipped = declared > MAX_TABLE_COLUMNS;
  for (const tr of wChildrenThrough(tbl, ROWS)) {
    const trPr = wChild(tr, 'trPr');
    const row: (Slot | undefined)[] = [];
    let col = Math.min(intVal(trPr && wChild(trPr, 'gridBefore'), 0), MAX_TABLE_COLUMNS);
    for (const tc of wChildrenThrough(tr, CELLS)) {
      const tcPr = wChild(tc, 'tcPr');
      const wanted = Math.max(1, intVal(tcPr && wChild(tcPr, 'gridSpan'), 1));
      if (col + wanted > MAX_TABLE_COLUMNS) clipped = true;
      const span = Math.min(wanted, MAX_TABLE_COLUMNS - col);
      const vMerge = tcPr && wChild(tcPr, 'vMerge');
      const hMerge = tcPr && wChild(tcPr, 'hMerge');
      // ECMA-376 §17.4.85: a vMerge without val (or val="continue") continues the merge above.
      const continues = vMerge !== null && wVal(vMerge) !== 'restart';
      const text = hMerge !== null && wVal(hMerge) !== 'restart' && col > 0 ? (row[col - 1]?.text ?? '') : depth > 8 ? '' : cellText(tc, depth, seen);
      const start = col;
      for (let k = 0; k < span && col < MAX_TABLE_COLUMNS; k += 1, col += 1) row[col] = { text, continues, start, span };
    }
    rows.push(row);
  }
  const width = Math.min(MAX_TABLE_COLUMNS, rows.reduce((m, r) => Math.max(m, r.length), declared));
  const grid: string[][] = [];
  rows.forEach((row, r) => {
    const above = grid[r - 1];
    grid.push(
      Array.from({ length: width }, (_, c) => {
        const slot = row[c];
        if (!slot) return '';
        return slot.continues && above ? (above[c] ?? '') : slot.text;
      }),
    );
  });
  return { grid, nested: seen.nested, clipped, merges: mergesOf(rows, width) };
}

/** The merged areas of the table's slots: a cell spanning columns, extended down by `w:vMerge` continuations of the same columns. */
function mergesOf(rows: readonly (Slot | undefined)[][], width: number): GridMerge[] {
  const merges: GridMerge[] = [];
  // open[c]: the area whose cells reach the row above at column c (its first column), so a continuation extends it.
  let open: (GridMerge | undefined)[] = [];
  rows.forEach((row, r) => {
    const next: (GridMerge | undefined)[] = [];
    for (let c = 0; c < width; c += 1) {
      const slot = row[c];
      if (!slot || slot.start !== c) continue;
      const above = open[c];
      const span = Math.min(slot.span, width - c);
      if (slot.continues && above && above.colSpan === span) {
        above.rowSpan += 1;
        next[c] = above;
        continue;
      }
      const area: GridMerge = { row: r, col: c, rowSpan: 1, colSpan: span };
      merges.push(area);
      next[c] = area;
    }
    open = next;
  });
  return merges.filter((m) => m.rowSpan > 1 || m.colSpan > 1);
}
