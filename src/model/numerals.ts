/**
 * Numerals as Chinese documents write them: full-width forms and Chinese numerals.
 */

/** Full-width ASCII block U+FF01–U+FF5E, plus the ideographic space U+3000. */
const FULL_WIDTH_RE = /[\uFF01-\uFF5E\u3000]/g;

/**
 * Turns full-width ASCII into half-width: digits `０-９`, letters, the ideographic space, and the
 * punctuation of the U+FF01–U+FF5E block (`（）：；，？！％／－．～` and the rest) become their ASCII
 * forms; CJK punctuation with no ASCII twin (`。、《》——“”`) is left alone, so the length never changes.
 * @example toHalfWidth('２０１５年（试行）') // '2015年(试行)'
 */
export function toHalfWidth(text: string): string {
  if (typeof text !== 'string') return '';
  return text.replace(FULL_WIDTH_RE, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

/** Digit values, including the financial forms (壹贰叁…) and 两. */
const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  '○': 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

/** Units below 万, which closes a section of four places. */
const UNITS: Readonly<Record<string, number>> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};
const WAN = '万';

/**
 * Parses the positional form (二十四, 一百零五, 两千零一十五, 三万五千); null when malformed.
 * Strict: each unit is the next place down unless a 零 marks skipped places.
 */
function parsePositional(chars: readonly string[]): number | null {
  let total = 0;
  let section = 0;
  let pendingDigit: number | null = null;
  let lastUnit = Number.POSITIVE_INFINITY; // the place of the latest unit (万 counts as 10000)
  let zeroPending = false; // a 零 with no digit after it yet
  let afterZero = false; // the pending digit came after a 零
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const digit = DIGITS[ch];
    const unit = UNITS[ch];
    if (digit === 0) {
      if (pendingDigit !== null || zeroPending || lastUnit < 100 || i === 0) return null;
      zeroPending = true;
    } else if (digit !== undefined) {
      if (pendingDigit !== null) return null;
      pendingDigit = digit;
      afterZero = zeroPending;
      zeroPending = false;
    } else if (unit !== undefined) {
      if (zeroPending) return null;
      let value = pendingDigit;
      if (value === null) {
        // A bare leading 十 means 一十 (十二 = 12).
        if (unit === 10 && i === 0) value = 1;
        else return null;
      }
      const expected = lastUnit / 10;
      if (lastUnit !== Number.POSITIVE_INFINITY && (afterZero ? unit * 100 > lastUnit : unit !== expected)) return null;
      section += value * unit;
      pendingDigit = null;
      afterZero = false;
      lastUnit = unit;
    } else if (ch === WAN) {
      if (total !== 0 || zeroPending || afterZero) return null;
      const value = section + (pendingDigit ?? 0);
      if (value === 0 || (pendingDigit !== null && lastUnit !== 10 && lastUnit !== Number.POSITIVE_INFINITY))
        return null;
      total = value * 10000;
      section = 0;
      pendingDigit = null;
      lastUnit = 10000;
    } else {
      return null;
    }
  }
  if (zeroPending) return null; // trailing 零 (一百零)
  if (pendingDigit !== null) {
    // 二十四 is 24 and 一百零五 is 105, but 一百五 (colloquial 150) and 三万五 are not read: never guess a place.
    if (!(lastUnit === 10 && !afterZero) && !(afterZero && lastUnit >= 100)) return null;
    section += pendingDigit;
  }
  return total + section;
}

/**
 * Reads a number written in Chinese numerals, positionally (十二 = 12, 二十四 = 24, 一百零五 = 105) or
 * digit by digit as years are (二〇一五 / 二零一五 = 2015); ASCII or full-width digits are read too.
 * Returns null for anything else, including colloquial shortenings like 一百五.
 * @example parseChineseNumber('二〇一五') // 2015
 */
export function parseChineseNumber(text: string): number | null {
  if (typeof text !== 'string') return null;
  const trimmed = toHalfWidth(text).trim();
  if (trimmed === '' || trimmed.length > 40) return null;
  if (/^[0-9]+$/.test(trimmed)) return Number(trimmed);
  const chars = Array.from(trimmed);
  const hasUnit = chars.some((ch) => UNITS[ch] !== undefined || ch === WAN);
  if (hasUnit) return parsePositional(chars);
  // Digit by digit (二〇一五); 两 is only a counting word, never one digit among several.
  if (chars.length > 1 && chars.includes('两')) return null;
  let value = 0;
  for (const ch of chars) {
    const digit = DIGITS[ch];
    if (digit === undefined) return null;
    value = value * 10 + digit;
  }
  return value;
}
