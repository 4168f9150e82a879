/**
 * A `w:tbl` as a rectangular grid of cell texts: `w:gridSpan` fills each covered column, `w:vMerge`
 * continuations take the text of the cell that starts the merge, `w:gridBefore`/`w:gridAfter` leave
 * empty cells, paragraphs in a cell are joined with "\n". A table nested in a cell becomes that cell's
 * text, one line per nested row (cells separated by a space), and the table is marked `nested`.
 * Bounded by what it produces: every cell and every character of the grid (a merged cell's text counted in
 * each cell it covers, the text of nested tables included) is counted against a shared `TableBudget`
 * while the grid is built, so a small file cannot make a huge one.
 */
import type { GridMerge } from '../model';
import { TableBudget } from './tableBudget';
import { elementChildren, isW, paragraphText, wChild, wChildrenThrough, wVal } from './wordXml';
import type { WordNode } from './wordTree';

export interface WordTableGrid {
  /** Rows × columns, every row the same length; a merged area's cells hold the same string (not copies). */
  grid: string[][];
  /** The merged areas (`w:gridSpan` across, `w:vMerge` down), top-left cell and size. */
  merges: GridMerge[];
  /** A table was nested in one of its cells (its text is kept in that cell). */
  nested: boolean;
  /** The table is wider than `MAX_TABLE_COLUMNS`: the columns beyond are not read. */
  clipped: boolean;
}

/** More columns than this in one table is not a task table (and a crafted `w:gridSpan` cannot allocate more). */
const MAX_TABLE_COLUMNS = 64;
/** Tables nested deeper than this keep no text (layout, not data). */
const MAX_NESTING = 8;

const ROWS = new Set(['tr']);
const CELLS = new Set(['tc']);
const BLOCKS = new Set(['p', 'tbl']);

interface Slot {
  text: string;
  /** `w:vMerge` without `restart`: the text comes from the cell above. */
  continues: boolean;
  /** The first column of its `w:tc`, and how many columns the cell spans. */
  start: boolean;
  span: number;
}

function intVal(el: WordNode | null, fallback: number): number {
  const n = el ? Number.parseInt(wVal(el) ?? '', 10) : Number.NaN;
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

/** A cell's text: its paragraphs (and nested tables' rows), trimmed, empty ones dropped, joined with "\n". */
function cellText(tc: WordNode, depth: number, seen: { nested: boolean }, budget: TableBudget): string {
  const lines: string[] = [];
  for (const block of wChildrenThrough(tc, BLOCKS)) {
    if (block.localName === 'p') lines.push(paragraphText(block));
    else {
      seen.nested = true;
      // The nested grid is counted against the budget as it is built, before its rows are joined here.
      for (const row of wordTableGrid(block, budget, depth + 1).grid)
        lines.push(row.filter((c, i) => c !== '' && c !== row[i - 1]).join(' '));
    }
  }
  return lines
    .flatMap((line) => line.split('\n'))
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** One `w:tr` as slots by column. */
function readRow(
  tr: WordNode,
  depth: number,
  seen: { nested: boolean },
  budget: TableBudget,
  state: { clipped: boolean },
): (Slot | undefined)[] {
  const trPr = wChild(tr, 'trPr');
  const row: (Slot | undefined)[] = [];
  let col = Math.min(intVal(trPr && wChild(trPr, 'gridBefore'), 0), MAX_TABLE_COLUMNS);
  for (const tc of wChildrenThrough(tr, CELLS)) {
    const tcPr = wChild(tc, 'tcPr');
    const wanted = Math.max(1, intVal(tcPr && wChild(tcPr, 'gridSpan'), 1));
    if (col + wanted > MAX_TABLE_COLUMNS) state.clipped = true;
    const span = Math.min(wanted, MAX_TABLE_COLUMNS - col);
    const vMerge = tcPr && wChild(tcPr, 'vMerge');
    const hMerge = tcPr && wChild(tcPr, 'hMerge');
    // ECMA-376 §17.4.85: a vMerge without val (or val="continue") continues the merge above.
    const continues = vMerge !== null && wVal(vMerge) !== 'restart';
    const text =
      hMerge !== null && wVal(hMerge) !== 'restart' && col > 0
        ? (row[col - 1]?.text ?? '')
        : depth > MAX_NESTING || continues
          ? ''
          : cellText(tc, depth, seen, budget);
    for (let k = 0; k < span && col < MAX_TABLE_COLUMNS; k += 1, col += 1)
      row[col] = { text, continues, start: k === 0, span };
  }
  return row;
}

/** Merged areas: a starting cell spanning columns, or followed below by continuations of its columns. */
function mergesOf(rows: readonly (Slot | undefined)[][]): GridMerge[] {
  const merges: GridMerge[] = [];
  rows.forEach((row, r) => {
    row.forEach((slot, c) => {
      if (!slot?.start || slot.continues) return;
      let rowSpan = 1;
      while (rows[r + rowSpan]?.[c]?.continues === true && rows[r + rowSpan]?.[c]?.start === true) rowSpan += 1;
      if (rowSpan > 1 || slot.span > 1) merges.push({ row: r, col: c, rowSpan, colSpan: slot.span });
    });
  });
  return merges;
}

/**
 * The grid of a WordprocessingML table element; throws `TableBudget`'s refusal when the grid would pass its limits.
 * @example wordTableGrid(tbl, new TableBudget()).grid // [['序号', '工作任务', '牵头单位'], ['1', '…', '市教育局'], ['2', '…', '市教育局']]
 */
export function wordTableGrid(tbl: WordNode, budget: TableBudget, depth = 0): WordTableGrid {
  const seen = { nested: false };
  const tblGrid = wChild(tbl, 'tblGrid');
  const declared = tblGrid ? elementChildren(tblGrid).filter((c) => isW(c, 'gridCol')).length : 0;
  const state = { clipped: declared > MAX_TABLE_COLUMNS };
  const rows: (Slot | undefined)[][] = [];
  let width = Math.min(MAX_TABLE_COLUMNS, declared);
  for (const tr of wChildrenThrough(tbl, ROWS)) {
    const row = readRow(tr, depth, seen, budget, state);
    rows.push(row);
    width = Math.max(width, row.length);
    // Rows × width is what the grid will allocate: refused before it is built.
    budget.checkCells(rows.length * width);
  }
  budget.addCells(rows.length * width);
  const grid: string[][] = [];
  rows.forEach((row, r) => {
    const above = grid[r - 1];
    const out: string[] = new Array<string>(width);
    for (let c = 0; c < width; c += 1) {
      const slot = row[c];
      const text = !slot ? '' : slot.continues && above ? (above[c] ?? '') : slot.text;
      budget.addChars(text.length);
      out[c] = text;
    }
    grid.push(out);
  });
  return { grid, merges: mergesOf(rows), nested: seen.nested, clipped: state.clipped };
}
