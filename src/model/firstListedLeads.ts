/**
 * The convention `（列第一位者为牵头单位，下同）`: the first-listed unit leads, the others support.
 * Stated in a header cell or in one units cell (from there on with `下同`).
 */

const NOTE_RE =
  /[（(]?\s{0,3}(?:除[^（）()]{0,24}外\s{0,2}[，,]?\s{0,3})?(?:排列|排在|列在|排|列)(?:第一位|第1位|首位|第一)(?:者|的|单位)?\s{0,3}(?:为|是)\s{0,3}牵头(?:单位|部门)?(?:或汇总(?:单位|部门)?)?\s{0,3}(?:[，,、;；]\s{0,3}下同)?\s{0,3}[)）]?/;
/** Words that name roles explicitly: the row's own words beat the convention. */
const ROLE_WORD_RE = /牵头|配合|负责|协办|协助|参与|主办/;

export interface FirstListedNote {
  /** The text without the note. */
  text: string;
  /** `none`: no note; `row`: this cell only; `onward`: this cell and the rows after it (`下同`, or a header). */
  scope: 'none' | 'row' | 'onward';
}

/**
 * Finds and removes the first-listed-leads note from a header or units cell.
 * @example stripFirstListedNote('省工信厅、省科技厅（列第一位者为牵头单位，下同）') // { text: '省工信厅、省科技厅', scope: 'onward' }
 */
export function stripFirstListedNote(text: string): FirstListedNote {
  const m = NOTE_RE.exec(text);
  if (!m) return { text, scope: 'none' };
  const stripped = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).trim();
  return { text: stripped, scope: m[0].includes('下同') ? 'onward' : 'row' };
}

/** The index of the first list separator outside brackets, or -1. */
function firstSeparator(units: string): number {
  let depth = 0;
  for (let i = 0; i < units.length; i += 1) {
    const c = units[i];
    if (c === '（' || c === '(') depth += 1;
    else if (c === '）' || c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === '、' || c === '，' || c === ',' || c === '\n' || c === '；' || c === ';')) return i;
  }
  return -1;
}

/**
 * Rewrites a plain list under the convention as `X牵头，Y、Z配合`; a cell with its own role words is kept.
 * @example firstListedLeads('市文旅局、市商务局、各区政府') // '市文旅局牵头，市商务局、各区政府配合'
 */
export function firstListedLeads(units: string): string {
  const text = units.trim();
  if (text === '' || ROLE_WORD_RE.test(text)) return units;
  const at = firstSeparator(text);
  if (at < 0) return `${text}牵头`;
  const rest = text.slice(at + 1).trim();
  return rest === '' ? `${text.slice(0, at)}牵头` : `${text.slice(0, at)}牵头，${rest}配合`;
}
