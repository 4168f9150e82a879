/**
 * Numbered paragraphs instead of a table (LAYOUTS B7–B10): `4、推进老旧小区改造。` followed by label
 * lines (`牵头单位：…`, `完成时限：…`, `牵头负责领导：…`), or a trailing bracket of units; deeper
 * numbering under an item (`(1)…(2)…`) is a sub-measure sharing the item's units; shallower numbering
 * is a heading. Which numbering style is the item is decided by where the labels fall, per document.
 */
import { labelsOf, unitsFromLabels, type Label } from './labelOf';
import { numberingOf, type NumberingStyle } from './numberingOf';
import { splitPeople } from './splitPeople';
import { labelledBracket } from './labelledBracket';

/** A row for the table reader: a heading (one cell) or a task `[no, text, units, schedule, leaders]`. */
export interface ParagraphRow {
  cells: string[];
  line: number;
}

export interface ParagraphLayout {
  rows: ParagraphRow[];
  /** Some item has a schedule label: items without one then lack a deadline (reported). */
  hasSchedule: boolean;
}

interface Block {
  level: number;
  no: number;
  line: number;
  /** The line as written (for headings). */
  raw: string;
  text: string[];
  labels: Label[];
  /** Labels (or inline units) were found while this block was open. */
  labelled: boolean;
}

const CLOSERS = ')）]］】〕';
const OPENERS = '(（[［【〔';
const UNIT_WORDS_RE = /牵头|配合|负责|责任单位|牵头单位|配合单位/;
const DIVISION_RE = /(?:部门分工|责任分工)\s{0,2}[:：]/;
/** Longest trailing bracket looked at: a units bracket is short, and the bound keeps the scan linear. */
const MAX_BRACKET = 400;
/** Share of a style's paragraphs that must carry labels for the style to be the item level. */
const ITEM_RATIO = 0.8;

/** A trailing bracket that names units (`（市科技局牵头，市财政局配合）`), a label bracket anywhere, or a `部门分工：` sentence. */
function hasInlineUnits(text: string): boolean {
  if (DIVISION_RE.test(text) || labelledBracket(text) !== null) return true;
  let end = text.length;
  while (end > 0 && '。.；;， \t'.includes(text[end - 1] ?? '')) end -= 1;
  if (!CLOSERS.includes(text[end - 1] ?? '\u0000')) return false;
  for (let k = end - 2; k >= 0 && k >= end - MAX_BRACKET; k -= 1) {
    const c = text[k] ?? '';
    if (CLOSERS.includes(c)) return false;
    if (OPENERS.includes(c)) return UNIT_WORDS_RE.test(text.slice(k + 1, end - 1));
  }
  return false;
}

/** Numbered paragraphs with labels or trailing unit brackets, not a cell-per-line table with bare number lines. */
function looksLikeParagraphs(lines: readonly string[]): boolean {
  let labelLines = 0;
  let numbered = 0;
  let inlineNumbered = 0;
  let bareNumbers = 0;
  for (const line of lines) {
    const t = line.trim();
    if (t === '') continue;
    if (labelsOf(t).length > 0) labelLines += 1;
    const n = numberingOf(t);
    if (n && n.rest !== '') {
      numbered += 1;
      if (hasInlineUnits(n.rest)) inlineNumbered += 1;
    } else if (/^[0-9０-９]{1,4}[.、．]?$/.test(t)) bareNumbers += 1;
  }
  // A cell-per-line table has bare number lines; paragraphs have numbered sentences with labels.
  if (numbered < 1 || bareNumbers * 2 > numbered) return false;
  return labelLines >= 2 || (inlineNumbered >= 2 && inlineNumbered * 2 >= numbered);
}

interface BlockScan {
  levels: NumberingStyle[];
  blocks: Block[];
  preamble: ParagraphRow[];
}

/** Every numbered paragraph as a block at its numbering's level, with the label lines and text lines under it. */
function scanBlocks(lines: readonly string[]): BlockScan {
  const levels: NumberingStyle[] = [];
  const blocks: Block[] = [];
  const preamble: ParagraphRow[] = [];
  let stack: Block[] = [];
  // A label alone on its line (`牵头单位：`) takes the next line as its value.
  let awaiting: Label | null = null;
  lines.forEach((line, index) => {
    const t = line.trim();
    if (t === '') return;
    const labels = labelsOf(t);
    if (awaiting !== null && labels.length === 0) {
      awaiting.value = t.replace(/[。；;]+$/, '');
      awaiting = null;
      return;
    }
    awaiting = labels.length === 1 && labels[0]?.value === '' ? labels[0] : null;
    const n = labels.length === 0 ? numberingOf(t) : null;
    if (n && n.rest !== '') {
      let level = levels.indexOf(n.style);
      if (level < 0) level = levels.push(n.style) - 1;
      stack = stack.filter((b) => b.level < level);
      const block: Block = {
        level,
        no: n.no,
        line: index + 1,
        raw: t,
        text: [n.rest],
        labels: [],
        labelled: hasInlineUnits(n.rest),
      };
      blocks.push(block);
      stack.push(block);
      return;
    }
    const top = stack[stack.length - 1];
    if (labels.length > 0 && top) {
      for (const b of stack) b.labelled = true;
      for (const label of labels) top.labels.push(label);
      return;
    }
    if (top) top.text.push(t);
    else preamble.push({ cells: [t], line: index + 1 });
  });
  return { levels, blocks, preamble };
}

/** The item level: the deepest numbering whose paragraphs nearly all carry labels, else the most labelled; -1 if none. */
function itemLevelOf(levels: readonly NumberingStyle[], blocks: readonly Block[]): number {
  let itemLevel = -1;
  let bestRatio = 0;
  let bestLevel = -1;
  for (let level = 0; level < levels.length; level += 1) {
    const ofLevel = blocks.filter((b) => b.level === level);
    const ratio = ofLevel.filter((b) => b.labelled).length / Math.max(1, ofLevel.length);
    if (ratio >= ITEM_RATIO) itemLevel = level;
    if (ratio > bestRatio) [bestRatio, bestLevel] = [ratio, level];
  }
  return itemLevel < 0 ? bestLevel : itemLevel;
}

interface Item {
  block: Block;
  text: string[];
  labels: Label[];
}

/** One item's task row `[no, text, units, schedule, leaders]`. */
function itemRow(item: Item): ParagraphRow {
  const labels = item.labels;
  const schedule = labels
    .filter((l) => l.kind === 'schedule')
    .map((l) => l.value)
    .join('；');
  const leaders = labels.filter((l) => l.kind === 'leader').flatMap((l) => splitPeople(l.value));
  return {
    cells: [String(item.block.no), item.text.join('\n'), unitsFromLabels(labels), schedule, leaders.join('、')],
    line: item.block.line,
  };
}

/** Blocks above the item level are headings, at it tasks, below it sub-measures joining their item. */
function rowsFromBlocks(blocks: readonly Block[], itemLevel: number, rows: ParagraphRow[]): void {
  let item: Item | null = null;
  const flush = (): void => {
    if (item) rows.push(itemRow(item));
    item = null;
  };
  for (const block of blocks) {
    if (block.level < itemLevel) {
      flush();
      rows.push({ cells: [block.raw], line: block.line });
    } else if (block.level === itemLevel) {
      flush();
      item = { block, text: [...block.text], labels: [...block.labels] };
    } else if (item) {
      // A sub-measure: its text joins the item's, its labels are the item's too.
      const open: Item = item;
      open.text.push(block.raw, ...block.text.slice(1));
      for (const label of block.labels) open.labels.push(label);
    } else {
      rows.push({ cells: [block.raw], line: block.line });
    }
  }
  flush();
}

/**
 * Reads numbered-paragraph text into heading and task rows; null when the text is not in that layout
 * (fewer than two label lines and fewer than two numbered paragraphs ending in a units bracket).
 * @example paragraphRows(['1、推进改造。', '牵头单位：市住建局', '完成时限：2025年底前'])?.rows[0]?.cells
 * // ['1', '推进改造。', '牵头单位：市住建局', '2025年底前', '']
 */
export function paragraphRows(lines: readonly string[]): ParagraphLayout | null {
  if (!looksLikeParagraphs(lines)) return null;
  const { levels, blocks, preamble } = scanBlocks(lines);
  const itemLevel = itemLevelOf(levels, blocks);
  if (itemLevel < 0) return null;
  const rows: ParagraphRow[] = [...preamble];
  rowsFromBlocks(blocks, itemLevel, rows);
  rows.sort((a, b) => a.line - b.line);
  return { rows, hasSchedule: rows.some((r) => r.cells.length === 5 && r.cells[3] !== '') };
}
