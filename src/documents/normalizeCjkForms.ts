/**
 * Text extracted from a PDF sometimes carries radical forms instead of the characters (a font whose Unicode map
 * points 工 at the Kangxi radical ⼯, 门 at the radical supplement's ⻔, or at a compatibility ideograph): they look
 * the same, but 有关部⻔ is not 有关部门 to the parser or to agency matching. Each is replaced by its character.
 */

/** CJK Radicals Supplement forms that stand for a simplified character (NFKC maps only ⺟ and ⻳). */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  '⺠': '民',
  '⺟': '母',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻉': '贝',
  '⻋': '车',
  '⻓': '长',
  '⻔': '门',
  '⻘': '青',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻢': '马',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻩': '黄',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
  '⻁': '虎',
  '⻊': '足',
  '⻨': '麦',
};
const FORMS_RE = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]/gu;

/**
 * The text with radical and compatibility forms replaced by the characters they stand for.
 * @example normalizeCjkForms('市⼈⺠政府有关部⻔') // '市人民政府有关部门'
 */
export function normalizeCjkForms(text: string): string {
  return text.replace(FORMS_RE, (c) => SUPPLEMENT[c] ?? c.normalize('NFKC'));
}
