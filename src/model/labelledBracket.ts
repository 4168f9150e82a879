/**
 * A bracket of role labels anywhere in a paragraph, text after it included: `推行联办（牵头单位：区市场监管局；配合单位：
 * 区卫健局），9月底前实现全覆盖。` Only a bracket that opens with a label counts (`（不含6亩）` names no unit).
 */

const OPENERS = '（([［【〔';
const CLOSERS = '）)]］】〕';
/** A label opening the bracket: units, people or the deadline (`（完成时限：…；责任单位：…）`). */
const LABEL_START_RE =
  /\s{0,2}(?:牵头(?:责任)?单位|牵头部门|主办单位|责任单位|责任部门|负责单位|承办单位|配合单位|配合部门|协办单位|协同(?:责任)?单位|参与单位|责任领导|牵头领导|分管领导|完成时限|完成时间)\s{0,2}[:：]/y;
/** Longest bracket looked at: a label bracket is short, and the bound keeps the scan linear. */
const MAX_BRACKET = 400;

/**
 * The content of the last labelled bracket in the text, or null.
 * @example labelledBracket('推行联办（牵头单位：区市场监管局），9月底前完成。') // '牵头单位：区市场监管局'
 */
export function labelledBracket(text: string): string | null {
  let found: string | null = null;
  for (let i = 0; i < text.length; i += 1) {
    if (!OPENERS.includes(text[i] ?? '')) continue;
    LABEL_START_RE.lastIndex = i + 1;
    if (!LABEL_START_RE.test(text)) continue;
    const close = closingOf(text, i);
    if (close < 0) continue;
    found = text.slice(i + 1, close).trim();
    i = close;
  }
  return found;
}

/** Where the bracket opened at `open` closes (brackets inside it nest), or -1 within the bound. */
function closingOf(text: string, open: number): number {
  let depth = 0;
  const end = Math.min(text.length, open + MAX_BRACKET);
  for (let k = open; k < end; k += 1) {
    const c = text[k] ?? '';
    if (OPENERS.includes(c)) depth += 1;
    else if (CLOSERS.includes(c)) {
      depth -= 1;
      if (depth === 0) return k;
    }
  }
  return -1;
}
