/**
 * The date a document is issued on (its 落款 or 印发 date) and the year its year-less deadlines
 * (`6月底前`) refer to: the title's year (`2016年…工作要点`), else the document's own date.
 */
import { isValidIsoDate, parseChineseNumber, toHalfWidth, type IsoDate } from '../model';

const CN_DIGITS: Readonly<Record<string, string>> = {
  〇: '0',
  '○': '0',
  O: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
const ARABIC_DATE_RE =
  /((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d))/;
const CHINESE_DATE_RE =
  /([〇○零O一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;
const TITLE_YEAR_RE = /((?:19|20)\d{2})\s*(?:年|—|-|－|～|~)/;
const CN_TITLE_YEAR_RE = /([〇○零O一二三四五六七八九]{4})\s*年/;

function iso(year: number, month: number, day: number): IsoDate | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidIsoDate(text) ? text : null;
}

function chineseYear(digits: string): number {
  return Number([...digits].map((d) => CN_DIGITS[d] ?? '').join(''));
}

/**
 * The first full date in one paragraph (`2015年8月12日`, `二〇一五年八月十二日`, `2015-08-12`), or null.
 * @example dateInText('广元市人民政府办公室 二〇一五年八月十二日') // '2015-08-12'
 */
export function dateInText(text: string): IsoDate | null {
  const half = toHalfWidth(text);
  const arabic = ARABIC_DATE_RE.exec(half);
  if (arabic) return iso(Number(arabic[1]), Number(arabic[2] ?? arabic[4]), Number(arabic[3] ?? arabic[5]));
  const chinese = CHINESE_DATE_RE.exec(half);
  if (!chinese) return null;
  const month = parseChineseNumber(chinese[2] ?? '');
  const day = parseChineseNumber(chinese[3] ?? '');
  return month !== null && day !== null ? iso(chineseYear(chinese[1] ?? ''), month, day) : null;
}

/**
 * The year a title names (`2016年全市重点工作任务分工` → 2016; a span `2015—2017年` gives its first year), or null.
 * @example yearInTitle('2016年政府工作报告重点任务分工') // 2016
 */
export function yearInTitle(title: string): number | null {
  const half = toHalfWidth(title);
  const arabic = TITLE_YEAR_RE.exec(half);
  if (arabic) return Number(arabic[1]);
  const chinese = CN_TITLE_YEAR_RE.exec(half);
  return chinese ? chineseYear(chinese[1] ?? '') : null;
}
