/**
 * The numbering that starts a paragraph: `1.` `1、` `（1）` `(1)` `一、` `（一）` `(一)` `①`.
 */
import { parseChineseNumber, toHalfWidth } from './numerals';

/** How a paragraph is numbered; paragraphs of one style are siblings. */
export type NumberingStyle = 'arabic' | 'arabic-paren' | 'chinese' | 'chinese-paren' | 'circled';

export interface Numbering {
  style: NumberingStyle;
  no: number;
  /** The numbering as written, e.g. `（一）`. */
  numeral: string;
  /** The text after the numbering. */
  rest: string;
}

const NUMBERING_RE =
  /^(?:([0-9]{1,3})\s{0,2}[.、](?![0-9])|[(]\s{0,2}([0-9]{1,3})\s{0,2}[)]|([一二三四五六七八九十]{1,3})\s{0,2}[、.]|[(]\s{0,2}([一二三四五六七八九十]{1,3})\s{0,2}[)]|([\u2460-\u2473]))\s*/;

/**
 * The numbering at the start of a line and the text after it; null when the line is not numbered.
 * @example numberingOf('（3）健全收运体系。') // { style: 'arabic-paren', no: 3, numeral: '（3）', rest: '健全收运体系。' }
 */
export function numberingOf(line: string): Numbering | null {
  if (typeof line !== 'string') return null;
  const t = line.trim();
  // toHalfWidth keeps the length, so indices into it are indices into the line as written.
  const m = NUMBERING_RE.exec(toHalfWidth(t.slice(0, 16)));
  if (!m) return null;
  const numeral = t.slice(0, m[0].length).trim();
  const rest = t.slice(m[0].length).trim();
  let style: NumberingStyle;
  let no: number | null;
  if (m[1] !== undefined) [style, no] = ['arabic', Number(m[1])];
  else if (m[2] !== undefined) [style, no] = ['arabic-paren', Number(m[2])];
  else if (m[3] !== undefined) [style, no] = ['chinese', parseChineseNumber(m[3])];
  else if (m[4] !== undefined) [style, no] = ['chinese-paren', parseChineseNumber(m[4])];
  else [style, no] = ['circled', (m[5] ?? '①').charCodeAt(0) - 0x2460 + 1];
  if (no === null || !Number.isInteger(no) || no < 1) return null;
  return { style, no, numeral, rest };
}
