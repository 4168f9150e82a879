/**
 * Units written inside the task text: a trailing bracket of any kind (`（X牵头，Y配合）`,
 * `[牵头单位:X;责任单位:Y]`, `〔责任单位：…〕`) or a `部门分工：` sentence; and lead/support cells joined.
 */
import { labelsOf } from './labelOf';
import { labelledBracket } from './labelledBracket';

const UNIT_WORD_RE = /牵头|负责|配合|责任|单位|部门|局|委|办|政府|中心|支行|公司|协会/;

const CLOSERS = '）)]］】〕';

/** A leader label in a units bracket (`责任领导:张三`): people, never units. */
export const LEADER_LABEL_RE =
  /^\s*(?:责任领导|牵头领导|牵头负责领导|(?:牵头|分管|联系|包抓)?[省市县区]?领导|项目责任人|责任人)\s*[:：]\s*([^;；)）\]］】〕]*)/;
const LEADER_IN_TEXT_RE =
  /(?:责任领导|牵头领导|牵头负责领导|(?:牵头|分管|联系|包抓)[省市县区]?领导|项目责任人)\s*[:：]\s*([^;；)）\]］】〕]{1,40})/g;

/**
 * People named by leader labels inside the task text's brackets: `(责任领导:张三;牵头单位:区发改局)` → `['张三']`.
 * @example inlineLeaders('推动示范村建设。(责任领导:张三;牵头单位:区农业农村局)') // ['张三']
 */
export function inlineLeaders(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(LEADER_IN_TEXT_RE)) names.push((m[1] ?? '').trim());
  return names.filter((n) => n !== '');
}

const OPENERS = '（([［【〔';

/** `部门分工：市商务局牵头，市税务局配合。` ending the task text. */
const DIVISION_SENTENCE_RE = /(?:部门分工|责任分工)\s{0,2}[:：]\s{0,2}([^:：]{2,300})$/;

/**
 * Units named in a bracket that ends the task text (`……。（市教育局牵头，市财政局配合）`, `[牵头单位:X;责任单位:Y]`), a label
 * bracket inside it, or a `部门分工：` sentence.
 */
export function inlineUnits(text: string): string | null {
  const division = DIVISION_SENTENCE_RE.exec(text.trim());
  if (division) return (division[1] ?? '').replace(/[。.\s]+$/, '');
  const content = trailingBracket(text);
  if (content !== null && UNIT_WORD_RE.test(content)) return labelledUnits(content) ?? content;
  // A label bracket in the middle of the paragraph, text after it (`推行联办（牵头单位：X；配合单位：Y），年内完成。`).
  const inside = labelledBracket(text);
  return inside === null ? null : labelledUnits(inside);
}

/**
 * The schedule a trailing label bracket names (`（责任领导：张三；牵头单位：区发改局；完成时限：2026年6月底）`), or ''.
 * @example inlineSchedule('开展清理。(牵头单位:区发改局;完成时限:2026年9月底前)') // '2026年9月底前'
 */
export function inlineSchedule(text: string): string {
  const content = trailingBracket(text) ?? labelledBracket(text);
  if (content === null) return '';
  return labelsOf(`（${content}）`)
    .filter((l) => l.kind === 'schedule' && l.value !== '')
    .map((l) => l.value)
    .join('；');
}

/** The content of the bracket that ends a text (its closing punctuation aside), or null. */
function trailingBracket(text: string): string | null {
  let end = text.length;
  while (end > 0 && /[。.；;，,\s]/.test(text[end - 1] ?? '')) end -= 1;
  const last = text[end - 1] ?? '';
  const kind = CLOSERS.indexOf(last);
  if (kind < 0) return null;
  // Every bracket kind pairs with its own opener; （ and ( pair with either closer, as web copies mix them.
  const closers = kind <= 1 ? '）)' : last;
  const openers = kind <= 1 ? '（(' : (OPENERS[kind] ?? '');
  let depth = 0;
  let open = -1;
  for (let k = end - 1; k >= 0; k -= 1) {
    const ch = text[k] ?? '';
    if (closers.includes(ch)) depth += 1;
    else if (openers.includes(ch)) {
      depth -= 1;
      if (depth === 0) {
        open = k;
        break;
      }
    }
  }
  if (open < 0) return null;
  const content = text.slice(open + 1, end - 1).trim();
  return content === '' ? null : content;
}

/** `牵头单位:X;责任单位:Y` → `X牵头，Y配合`; null when the bracket carries no labels. */
function labelledUnits(content: string): string | null {
  const leads: string[] = [];
  const supports: string[] = [];
  const responsible: string[] = [];
  let labelled = false;
  for (const part of content.split(/[;；]/)) {
    const m =
      /^\s*(牵头单位|牵头部门|牵头|责任单位|负责单位|配合单位|配合部门|参与单位|协办单位|协同单位)\s*[:：]\s*(.*)$/s.exec(
        part,
      );
    if (!m && (LEADER_LABEL_RE.test(part) || labelsOf(part).some((l) => l.kind === 'schedule'))) {
      labelled = true;
      continue;
    }
    if (!m) {
      if (part.trim() !== '') supports.push(part.trim());
      continue;
    }
    labelled = true;
    const value = (m[2] ?? '').trim();
    if (value === '') continue;
    const label = m[1] ?? '';
    if (label.startsWith('牵头')) leads.push(value);
    else if ((label === '责任单位' || label === '负责单位') && !/牵头/.test(content)) responsible.push(value);
    else supports.push(value);
  }
  if (!labelled) return null;
  // 责任单位 beside 配合单位 leads; alone it is a joint list, read from its own words.
  if (leads.length === 0 && supports.length === 0) return responsible.join('、');
  return composeUnits([...leads, ...responsible].join('、'), supports.join('、'));
}

/** A cell that names no unit. */
const PLACEHOLDER_RE = /^(?:无|暂无|\/|-{1,2}|—{1,2})$/;
/** Role words ending a column's cell, which the column already says. */
const OWN_ROLE_RE = /(?:(?:按照?职责分工|分别|共同|各自)?(?:牵头)?负责|牵头|配合|协助|参与|协同)[。.；;，,\s]*$/;

/** Lead and support cells as one units text in the words `analyzeUnits` reads. */
export function composeUnits(lead: string, support: string): string {
  // Separate columns list names with any separator; join them with 、 so the role marker covers every name.
  // A column cell may say its role again (`X、Y按职责分工负责` in 牵头单位) or say there is none (`无`): the column says it.
  const asList = (cell: string): string =>
    PLACEHOLDER_RE.test(cell.trim())
      ? ''
      : cell
          .trim()
          .replace(OWN_ROLE_RE, '')
          .replace(/[，,;；\s]+/g, '、')
          .replace(/^、+|、+$/g, '');
  const parts: string[] = [];
  const [leads, supports] = [asList(lead), asList(support)];
  if (leads !== '') parts.push(`${leads}牵头`);
  if (supports !== '') parts.push(`${supports}配合`);
  return parts.join('，');
}
