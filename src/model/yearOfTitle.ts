/**
 * The year a document's title names (`2025年民生实事任务分解表`), which its year-less deadlines take.
 */
import { parseChineseNumber, toHalfWidth } from './numerals';

// `(?:^|[^0-9])`, not a lookbehind (ES2018): only the groups are read.
const YEAR_RE =
  /(?:^|[^0-9])((?:19|20)[0-9]{2})\s{0,2}年(?!\s{0,2}[0-9])|([一二][〇零○九][〇零○一二三四五六七八九]{2})\s{0,2}年/;

/**
 * The first year written in a title (ASCII, full-width or Chinese digits), or undefined.
 * @example yearOfTitle('二〇二五年全市教育民生实事推进计划') // 2025
 */
export function yearOfTitle(title: string): number | undefined {
  if (typeof title !== 'string' || title === '') return undefined;
  const m = YEAR_RE.exec(toHalfWidth(title.slice(0, 200)));
  if (!m) return undefined;
  const year = m[1] !== undefined ? Number(m[1]) : parseChineseNumber(m[2] ?? '');
  return year !== null && year >= 1900 && year <= 2099 ? year : undefined;
}
