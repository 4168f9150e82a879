/**
 * Heading rows: `第一部分` > `一、` > `（一）` > `——`, a numeral split from its title over two cells,
 * and the `附件` / `注：` lines that are neither headings nor rows.
 */

const WHITESPACE_RE = /\s+/g;

export interface Heading {
  /** 0 `第一部分`, 1 `一、`, 2 `（一）`, 3 `——`, 4 an unnumbered single-cell row. */
  rank: number;
  numeral: string;
  title: string;
}

const CN_NUMERAL = '[一二三四五六七八九十百零〇两]+';

// The `s` flag lets `.` cross U+2028, so the trailing `(.*)` never forces backtracking.
const PART_RE = new RegExp(`^(第\\s*(?:${CN_NUMERAL}|[0-9０-９]+)\\s*(?:部分|篇|章))[\\s、，,:：.．]*(.*)$`, 's');

const TOP_RE = new RegExp(`^(${CN_NUMERAL})\\s*[、.．]\\s*(.*)$`, 's');

const NESTED_RE = new RegExp(`^([(（]\\s*${CN_NUMERAL}\\s*[)）])\\s*[、.．]?\\s*(.*)$`, 's');

const DASH_RE = /^[—―－-]{2,}\s*([\s\S]+)$/; // [\s\S], not the `s` flag (ES2018)

const TOP_NUMERAL_ONLY_RE = new RegExp(`^(${CN_NUMERAL})\\s*[、.．]?$`);

const NESTED_NUMERAL_ONLY_RE = new RegExp(`^([(（]\\s*${CN_NUMERAL}\\s*[)）])$`);

export const ATTACHMENT_RE = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?$/;

export const NOTE_RE = /^(?:注|备注|说明)\s*[:：]/;

export function headingOf(cell: string): Heading | null {
  let m = PART_RE.exec(cell);
  if (m) return { rank: 0, numeral: (m[1] ?? '').replace(WHITESPACE_RE, ''), title: (m[2] ?? '').trim() };
  m = TOP_RE.exec(cell);
  if (m) return { rank: 1, numeral: m[1] ?? '', title: (m[2] ?? '').trim() };
  m = NESTED_RE.exec(cell);
  if (m) return { rank: 2, numeral: (m[1] ?? '').replace(WHITESPACE_RE, ''), title: (m[2] ?? '').trim() };
  m = DASH_RE.exec(cell);
  if (m) return { rank: 3, numeral: '——', title: (m[1] ?? '').trim() };
  return null;
}

/** A heading split over two cells: `一` | `构建…` (numeral in the 序号 column). */
export function splitHeadingOf(cells: readonly string[]): Heading | null {
  const first = cells[0] ?? '';
  const top = TOP_NUMERAL_ONLY_RE.exec(first);
  const nested = top ? null : NESTED_NUMERAL_ONLY_RE.exec(first);
  if (!top && !nested) return null;
  const title = cells.slice(1).find((c) => c !== '') ?? '';
  if (top) return { rank: 1, numeral: top[1] ?? '', title };
  return { rank: 2, numeral: (nested?.[1] ?? '').replace(WHITESPACE_RE, ''), title };
}
