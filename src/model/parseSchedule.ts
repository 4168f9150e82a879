/**
 * Reads a schedule cell (时间进度 / 完成时限) into a deadline, an "ongoing" flag and the deliverable.
 *
 * One left-to-right scan: at each candidate position a few sticky, bounded regexes are tried, so the
 * time is linear in the length of the text. Anything that names a time but cannot be pinned to one
 * day (2016年9月前, 年内, 2020年前, two different deadlines) is flagged `ambiguous`, never guessed.
 */
import { lastDayOfMonth } from './dates';
import { parseChineseNumber, toHalfWidth } from './numerals';
import type { IsoDate, ScheduleInfo } from './types';

/** Characters that may be part of a number (ASCII digits after `toHalfWidth`, Chinese numerals). */
const NUMERAL_CHARS = '0123456789〇零○一二三四五六七八九十两';
const CN_YEAR_DIGIT = '〇零○O一二三四五六七八九';
/**
 * Where a time phrase (or a 《》 title mark) can start: a numeral not glued to another numeral, 第,
 * 上半/下半, a 年 word (年底, 年内, 年中, 年前 …) or 今年/明年 …; everything else is skipped natively.
 */
/** Where a time phrase may start; a digit only after a non-digit (checked in `nextCandidate`: a lookbehind is ES2018). */
const CANDIDATE_RE = /[0-9〇零○O一二三四五六七八九十两]|[《》第]|[上下]半|年\s{0,3}[底末终内以中前]|[今明本当次]年/g;
const TITLE_MARK_RE = /[《》]/g;

const YEAR_ASCII_RE = /[0-9]{4}(?![0-9])/y;
const YEAR_CN_RE = /[〇零○O一二三四五六七八九]{4}(?![〇零○O一二三四五六七八九十两])/y;
const NUM = '([0-9]{1,2}|[〇零一二三四五六七八九十]{1,3})';
const MONTH_RE = new RegExp(`${NUM}\\s{0,3}月份?`, 'y');
const DAY_RE = new RegExp(`${NUM}\\s{0,3}[日号]`, 'y');
const QUARTER_RE = /第?\s{0,3}([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s{0,3}季度?\s{0,3}([末底])?/y;
const HALF_RE = /([上下])半年\s{0,3}([末底])?/y;
const DATE_SEP_RE = /([-./])\s{0,2}([0-9]{1,2})\s{0,2}\1\s{0,2}([0-9]{1,2})(?![0-9])/y;
/** 2015—2017年, 2015-2017, 2015~2017, 2015至2017, 2015到2017 (after `toHalfWidth`, － is - and ～ is ~). */
const RANGE_SEP_RE = /\s{0,3}(?:[—―]{1,2}|[-–‐‑‒−~〜至到])\s{0,3}/y;
const SUFFIX_RE = /\s{0,3}(前后|左右|以前|之前|前|以后|之后|后|起|开始|以来|至今)/y;
/** Times with no year: 3个月内, 两年内, 16年底 (a two-digit year is never guessed), 10个工作日. */
const DURATION_RE =
  /(?:[0-9]{1,3}|[〇零一二三四五六七八九十两]{1,3})\s{0,3}(?:个\s{0,3})?(?:月|年|周|星期|天|工作日|自然日)(?:以内|内|底|末)?/y;
const RELATIVE_YEAR_RE = /[今明本当次]年/y;
/** Phrases that say the work goes on; 中长期 and 长期规划 name a plan's horizon, not the work. */
const ONGOING_RE =
  /持续(?:实施|推进|开展|进行|执行|落实|推动|坚持|抓好|加强|跟踪|跟进)|长期|常态|常年|每(?:年|季度|季|半年|月|周)/g;
/** A date that recurs (`每年6月`, `每季度末`): the work goes on, no one day is the deadline. */
const RECURRING_DATE_RE =
  /每(?:年|季度|季|半年|月)(?:的)?\s{0,2}(?:[0-9一二三四五六七八九十]{1,3}\s{0,2}[月日号]|末|底|初)/;
const ONGOING_ONLY_RE = /^\s*持续\s*[。.]?\s*$/;
const CLAUSE_END_RE = /[。;!?\n\r]/g;
const TRIM_CHARS = ' \t\u3000,，.。;；:：、!！?？';
const TRAILING_LEAD_INS = ['截止到', '截至', '截止', '力争', '确保', '争取', '务必', '于', '在', '到'];

/** The calendar shape a phrase names, before a year is applied. */
type Shape =
  | { k: 'day'; month: number; day: number }
  | { k: 'month'; month: number; closed: boolean }
  | { k: 'xun'; month: number; xun: 1 | 2 | 3 }
  | { k: 'quarter'; quarter: number; closed: boolean }
  | { k: 'half'; half: 1 | 2; closed: boolean }
  | { k: 'year'; closed: boolean }
  | { k: 'vague' }
  | { k: 'invalid' };

interface Read {
  shape: Shape;
  end: number;
}

/** What one phrase means for the deadline; `start` (2016年起) names a start, not a deadline. */
type Outcome = { k: 'date'; date: IsoDate } | { k: 'ambiguous' } | { k: 'invalid' } | { k: 'start' } | { k: 'skip' };

/** `全年`, `全年度`: the whole year, a time that names no day. */
const WHOLE_YEAR_RE = /全\s{0,3}年/;
/** `年内持续推进`: 年内 describes the ongoing work, not a deadline. */
const VAGUE_ONGOING_RE = /年内\s{0,3}持续/;
/** After `2025年`: a season (汛前, 春节前, 夏季) names no day. */
const isSeasonAt = (s: string, i: number): boolean => '汛春夏秋冬'.includes(s[i] ?? '\u0000');

/** One bit per character class, indexed by UTF-16 code unit: the hot loop allocates no strings. */
const CHAR_CLASSES = new Uint16Array(0x10000);

/** A character class: `(s, i)` tests the code unit at i (false outside the string). */
function charClass(chars: string, bit: number): (s: string, i: number) => boolean {
  for (let k = 0; k < chars.length; k++)
    CHAR_CLASSES[chars.charCodeAt(k)] = (CHAR_CLASSES[chars.charCodeAt(k)] ?? 0) | bit;
  return (s, i) => ((CHAR_CLASSES[s.charCodeAt(i)] ?? 0) & bit) !== 0;
}

const isNumeralAt = charClass(NUMERAL_CHARS, 1);
const isCnYearDigitAt = charClass(CN_YEAR_DIGIT, 2);
const isAsciiDigitAt = charClass('0123456789', 4);
const isSpaceAt = charClass(' \t\u3000\r\n\f\v\u00a0', 8);
const isMonthEndAt = charClass('底末终', 16);
const isXunAt = charClass('上中下', 32);
const isMonthVagueAt = charClass('初中', 64);
const isYearWordAfterYearAt = charClass('底末终内以度中', 128);
const isSuffixStartAt = charClass('前左以之后起开至', 256);
const isRangeAt = charClass('—―-–‐‑‒−~〜至到', 512);
const isTrimLeadAt = charClass(`${TRIM_CHARS})）`, 1024);
const isTrimTrailAt = charClass(`${TRIM_CHARS}(（`, 2048);
const isClauseEndAt = charClass('。;!?\n\r', 4096);

/** The index of the next match of a global regex at or after i, or -1. */
const DIGIT_CHARS = '0123456789〇零○O一二三四五六七八九十两';

/** The next candidate from `i`: a digit that continues a number is not a start. Each skip moves on, so linear. */
function nextCandidate(s: string, from: number): number {
  let i = from;
  for (;;) {
    const p = stickyOrNext(CANDIDATE_RE, s, i);
    if (p <= 0 || !DIGIT_CHARS.includes(s[p] ?? '') || !DIGIT_CHARS.includes(s[p - 1] ?? '')) return p;
    i = p + 1;
  }
}

function stickyOrNext(re: RegExp, s: string, i: number): number {
  re.lastIndex = i;
  const m = re.exec(s);
  return m ? m.index : -1;
}

function stickyExec(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

/** Whether the code unit at i is `ch` (compares numbers: `charAt` would allocate a string per CJK character). */
function charIs(s: string, i: number, ch: string): boolean {
  return s.charCodeAt(i) === ch.charCodeAt(0);
}

/** Skips up to three whitespace characters (the bound keeps every attempt constant-time). */
function skipSpaces(s: string, i: number): number {
  let j = i;
  while (j < i + 3 && isSpaceAt(s, j)) j++;
  return j;
}

function readNumber(text: string | undefined): number | null {
  if (text === undefined) return null;
  // ASCII digits are the common case: skip the Chinese-numeral parser.
  return isAsciiDigitAt(text, 0) && (text.length === 1 || isAsciiDigitAt(text, 1)) && text.length <= 2
    ? Number(text)
    : parseChineseNumber(text);
}

/** A four-digit year (2015, 二〇一五, 二零一五) starting at i, not glued to other digits. */
function readYear(s: string, i: number): { year: number; end: number } | null {
  if (isNumeralAt(s, i - 1) || isCnYearDigitAt(s, i - 1)) return null;
  // The fourth character decides cheaply whether a year can start here at all.
  const m =
    isAsciiDigitAt(s, i) && isAsciiDigitAt(s, i + 3)
      ? stickyExec(YEAR_ASCII_RE, s, i)
      : isCnYearDigitAt(s, i) && isCnYearDigitAt(s, i + 3)
        ? stickyExec(YEAR_CN_RE, s, i)
        : null;
  if (!m) return null;
  const year = isAsciiDigitAt(s, i) ? Number(m[0]) : parseChineseNumber(m[0].replace(/O/g, '〇'));
  if (year === null || year < 1000) return null;
  return { year, end: i + m[0].length };
}

/** 6月30日, 8月底, 6月上旬, 6月初, 12月 at i; null when no month is written there. */
function readMonth(s: string, i: number): Read | null {
  const m = stickyExec(MONTH_RE, s, i);
  if (!m) return null;
  const month = readNumber(m[1]);
  const after = skipSpaces(s, i + m[0].length);
  if (month === null || month < 1 || month > 12) return { shape: { k: 'invalid' }, end: after };
  const day = isNumeralAt(s, after) ? stickyExec(DAY_RE, s, after) : null;
  if (day) {
    const d = readNumber(day[1]);
    const end = after + day[0].length;
    return { shape: d === null ? { k: 'invalid' } : { k: 'day', month, day: d }, end };
  }
  if (isMonthEndAt(s, after)) return { shape: { k: 'month', month, closed: true }, end: after + 1 };
  if (isXunAt(s, after) && charIs(s, after + 1, '旬')) {
    return {
      shape: { k: 'xun', month, xun: charIs(s, after, '上') ? 1 : charIs(s, after, '中') ? 2 : 3 },
      end: after + 2,
    };
  }
  if (isMonthVagueAt(s, after)) return { shape: { k: 'vague' }, end: after + 1 };
  return { shape: { k: 'month', month, closed: false }, end: i + m[0].length };
}

/**
 * What follows a year's 年 (or stands in a range with the year inherited): a month, quarter, half
 * year or year end. `afterYear` allows the short forms 底 / 内 / 中 that only make sense after `2016年`.
 */
function readWithinYear(s: string, i: number, afterYear: boolean): Read | null {
  // Cheap first-character gates keep the regexes off positions where they cannot match.
  if (isNumeralAt(s, i)) return readMonthOrQuarter(s, i);
  if (charIs(s, i, '第')) return isNumeralAt(s, skipSpaces(s, i + 1)) ? readMonthOrQuarter(s, i) : null;
  if (charIs(s, i, '上') || charIs(s, i, '下')) {
    const half = stickyExec(HALF_RE, s, i);
    return half
      ? { shape: { k: 'half', half: half[1] === '上' ? 1 : 2, closed: half[2] !== undefined }, end: i + half[0].length }
      : null;
  }
  if (charIs(s, i, '年') || (afterYear && isYearWordAfterYearAt(s, i))) return readYearWord(s, i, afterYear);
  return null;
}

function readMonthOrQuarter(s: string, i: number): Read | null {
  const month = readMonth(s, i);
  if (month) return month;
  const quarter = stickyExec(QUARTER_RE, s, i);
  if (quarter) {
    const q = readNumber(quarter[1]);
    const end = i + quarter[0].length;
    if (q === null || q < 1 || q > 4) return { shape: { k: 'invalid' }, end };
    return { shape: { k: 'quarter', quarter: q, closed: quarter[2] !== undefined }, end };
  }
  return null;
}

/** 年底 / 年末 / 年内 / 年中 (after `2016年` also 底, 内, 度 alone); plain character checks, no regex. */
function readYearWord(s: string, i: number, afterYear: boolean): Read | null {
  const hasNian = charIs(s, i, '年');
  if (!hasNian && !afterYear) return null;
  const j = hasNian ? skipSpaces(s, i + 1) : i;
  if (isMonthEndAt(s, j)) return { shape: { k: 'year', closed: true }, end: j + 1 };
  if (charIs(s, j, '内') || (afterYear && charIs(s, j, '度')))
    return { shape: { k: 'year', closed: false }, end: j + 1 };
  if (charIs(s, j, '以') && charIs(s, j + 1, '内')) return { shape: { k: 'year', closed: false }, end: j + 2 };
  // 年中 is mid-year; 年中央 / 年中国 / 年中期 are other words.
  if (charIs(s, j, '中') && !charIs(s, j + 1, '央') && !charIs(s, j + 1, '国') && !charIs(s, j + 1, '期'))
    return { shape: { k: 'vague' }, end: j + 1 };
  return null;
}

/** A phrase led by a year; `shape` is null for a bare year with no 年 (only useful as a range start). */
function readYearLed(s: string, i: number): { year: number; read: Read | null; yearEnd: number } | null {
  const y = readYear(s, i);
  if (!y) return null;
  const j = skipSpaces(s, y.end);
  if (charIs(s, j, '年')) {
    const k = skipSpaces(s, j + 1);
    if (isSeasonAt(s, k)) return { year: y.year, read: { shape: { k: 'vague' }, end: k + 1 }, yearEnd: y.end };
    const within = readWithinYear(s, k, true);
    return { year: y.year, read: within ?? { shape: { k: 'year', closed: false }, end: j + 1 }, yearEnd: y.end };
  }
  const date = stickyExec(DATE_SEP_RE, s, j);
  if (date) {
    const month = Number(date[2]);
    const day = Number(date[3]);
    return { year: y.year, read: { shape: { k: 'day', month, day }, end: j + date[0].length }, yearEnd: y.end };
  }
  return { year: y.year, read: null, yearEnd: y.end };
}

function format(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(day) || day < 1 || !(day <= lastDayOfMonth(year, month)) || year < 0 || year > 9999)
    return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthEnd(year: number, month: number): IsoDate | null {
  return format(year, month, lastDayOfMonth(year, month));
}

/** The day a shape names in a year, and whether it is a closing day (so 前 keeps it). */
function resolve(shape: Shape, year: number | null): { outcome: Outcome; closed: boolean } {
  if (shape.k === 'invalid') return { outcome: { k: 'invalid' }, closed: true };
  if (shape.k === 'vague' || year === null) return { outcome: { k: 'ambiguous' }, closed: true };
  let date: IsoDate | null;
  let closed: boolean;
  switch (shape.k) {
    case 'day':
      date = format(year, shape.month, shape.day);
      closed = true;
      break;
    case 'month':
      date = monthEnd(year, shape.month);
      closed = shape.closed;
      break;
    case 'xun':
      // 上旬 ends on the 10th, 中旬 on the 20th, 下旬 on the month's last day.
      date = shape.xun === 3 ? monthEnd(year, shape.month) : format(year, shape.month, shape.xun * 10);
      closed = false;
      break;
    case 'quarter':
      date = monthEnd(year, shape.quarter * 3);
      closed = shape.closed;
      break;
    case 'half':
      date = monthEnd(year, shape.half * 6);
      closed = shape.closed;
      break;
    case 'year':
      date = format(year, 12, 31);
      closed = shape.closed;
      break;
  }
  return { outcome: date === null ? { k: 'invalid' } : { k: 'date', date }, closed };
}

/** Applies what follows a time: 前 keeps a closing day (8月底前) but makes a period ambiguous (9月前). */
function withSuffix(
  s: string,
  end: number,
  resolved: { outcome: Outcome; closed: boolean },
): { outcome: Outcome; end: number } {
  const m = isSuffixStartAt(s, skipSpaces(s, end)) ? stickyExec(SUFFIX_RE, s, end) : null;
  if (!m) return { outcome: resolved.outcome, end };
  const newEnd = end + m[0].length;
  if (resolved.outcome.k === 'invalid') return { outcome: resolved.outcome, end: newEnd };
  switch (m[1]) {
    case '前':
    case '以前':
    case '之前':
      return { outcome: resolved.closed ? resolved.outcome : { k: 'ambiguous' }, end: newEnd };
    case '起':
    case '开始':
    case '以来':
    case '至今':
      return { outcome: { k: 'start' }, end: newEnd };
    default:
      return { outcome: { k: 'ambiguous' }, end: newEnd };
  }
}

/** A year-led phrase at i, with a range (2015—2017年, 2016年3月至6月) read as its end. */
function readYearMention(s: string, i: number): { outcome: Outcome; end: number; year: number } | null {
  const a = readYearLed(s, i);
  if (!a) return null;
  const withYear = (
    m: { outcome: Outcome; end: number },
    year: number,
  ): { outcome: Outcome; end: number; year: number } => ({ ...m, year });
  const aEnd = a.read ? a.read.end : a.yearEnd;
  const sep = isRangeAt(s, skipSpaces(s, aEnd)) ? stickyExec(RANGE_SEP_RE, s, aEnd) : null;
  if (sep && (a.read === null || a.read.shape.k !== 'invalid')) {
    const k = aEnd + sep[0].length;
    const b = readYearLed(s, k);
    if (b) {
      const bRead = b.read ?? { shape: { k: 'year', closed: false } as Shape, end: b.yearEnd };
      return withYear(withSuffix(s, bRead.end, resolve(bRead.shape, b.year)), b.year);
    }
    const inherited = readWithinYear(s, k, false);
    if (inherited) return withYear(withSuffix(s, inherited.end, resolve(inherited.shape, a.year)), a.year);
  }
  if (!a.read) return null;
  return withYear(withSuffix(s, a.read.end, resolve(a.read.shape, a.year)), a.year);
}

/**
 * A phrase that names a time without a year (年底前, 上半年, 9月, 3个月内): with a known `year` the
 * month, quarter and half-year forms take it; otherwise (and 年内 always) ambiguous unless a start.
 */
function readYearlessMention(s: string, i: number, year: number | null): { outcome: Outcome; end: number } | null {
  let end = -1;
  let within: Read | null = null;
  if (isNumeralAt(s, i)) {
    if (isNumeralAt(s, i - 1)) return null;
    within = readWithinYear(s, i, false);
    const duration = within ? null : stickyExec(DURATION_RE, s, i);
    if (within) end = within.end;
    else if (duration) end = i + duration[0].length;
  } else if (charIs(s, i, '第') || charIs(s, i, '上') || charIs(s, i, '下') || charIs(s, i, '年')) {
    within = readWithinYear(s, i, false);
    if (within) end = within.end;
    else if (charIs(s, i, '年') && charIs(s, i + 1, '前')) end = i + 2;
    // 年内持续推进: the ongoing phrase carries the meaning.
    if (within && within.shape.k === 'year' && !within.shape.closed && VAGUE_ONGOING_RE.test(s.slice(i, i + 8))) {
      return { outcome: { k: 'skip' }, end: within.end };
    }
  }
  if (within && year !== null && !(within.shape.k === 'year' && !within.shape.closed)) {
    return withSuffix(s, within.end, resolve(within.shape, year));
  } else if (charIs(s, i + 1, '年') && stickyExec(RELATIVE_YEAR_RE, s, i)) {
    // 今年底前, 明年6月: the time after the relative year is part of the phrase, not the deliverable.
    end = readWithinYear(s, skipSpaces(s, i + 2), true)?.end ?? i + 2;
  }
  if (end < 0) return null;
  return withSuffix(s, end, { outcome: { k: 'ambiguous' }, closed: true });
}

function trimEdges(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isTrimLeadAt(text, start)) start++;
  while (end > start && isTrimTrailAt(text, end - 1)) end--;
  return text.slice(start, end);
}

function firstMatchIndex(re: RegExp, s: string, from: number, to: number): number {
  re.lastIndex = from;
  const m = re.exec(s);
  return m && m.index < to ? m.index : to;
}

/** Where the last time phrase sits; `floor` is where the phrase before it ended. */
interface Span {
  start: number;
  end: number;
  floor: number;
}

/** What is due: the clause after the date (出台具体措施), or, when nothing follows, the clause before it. */
function deliverableAround(original: string, s: string, { start, end, floor }: Span): string {
  const clauseEnd = firstMatchIndex(CLAUSE_END_RE, s, end, s.length);
  const ongoingAt = nextOngoing(s, end, clauseEnd);
  const after = trimEdges(original.slice(end, ongoingAt));
  if (after !== '') return after;
  let clauseStart = start;
  while (clauseStart > floor && !isClauseEndAt(s, clauseStart - 1)) clauseStart--;
  if (nextOngoing(s, clauseStart, start) < start) return '';
  let before = trimEdges(original.slice(clauseStart, start));
  for (const leadIn of TRAILING_LEAD_INS) {
    if (before.endsWith(leadIn)) before = trimEdges(before.slice(0, -leadIn.length));
  }
  return before;
}

/** Where the next ongoing phrase starts in [from, to), or `to`; 中长期 and 长期规划 name a plan's horizon, not ongoing work. */
function nextOngoing(s: string, from: number, to: number): number {
  ONGOING_RE.lastIndex = from;
  for (let m = ONGOING_RE.exec(s); m && m.index < to; m = ONGOING_RE.exec(s)) {
    if (m[0] !== '长期') return m.index;
    if (s[m.index - 1] !== '中' && !/^(?:规划|目标|战略|发展)/.test(s.slice(m.index + 2, m.index + 4))) return m.index;
  }
  return to;
}

function hasOngoing(s: string): boolean {
  return ONGOING_ONLY_RE.test(s) || nextOngoing(s, 0, s.length) < s.length;
}

/** A schedule read with a document year: whether a year-less phrase took that year. */
export interface ScheduleInYear extends ScheduleInfo {
  yearAssumed: boolean;
}

/**
 * Reads a schedule cell: the deadline (last day of the period it names), whether the work is
 * ongoing, and the deliverable; ambiguous or invalid times give no deadline, and it never throws.
 * With two deadlines (`6月底前出台方案，12月底前完成`) the last is the deadline, the first a milestone.
 * @example parseSchedule('2015年8月底前出台具体政策。持续实施。')
 * // { deadline: '2015-08-31', ongoing: true, deliverable: '出台具体政策', recognized: true, ambiguous: false }
 */
export function parseSchedule(text: string): ScheduleInfo {
  const { yearAssumed: _assumed, ...info } = readSchedule(text, null);
  return info;
}

/**
 * `parseSchedule` for a document whose year is known: `10月底前` in a 2025 table is 2025-10-31.
 * @example parseScheduleInYear('第三季度', 2025) // { deadline: '2025-09-30', …, yearAssumed: true }
 */
export function parseScheduleInYear(text: string, year: number | undefined): ScheduleInYear {
  return readSchedule(
    text,
    typeof year === 'number' && Number.isInteger(year) && year >= 1000 && year <= 9999 ? year : null,
  );
}

function readSchedule(text: string, documentYear: number | null): ScheduleInYear {
  const original = typeof text === 'string' ? text : '';
  const s = toHalfWidth(original);
  let lastOutcome: Outcome | null = null;
  let lastDate: IsoDate | null = null;
  let sawInvalid = false;
  let yearAssumed = false;
  let knownYear: number | null = null;
  let last: Span | null = null;
  let previousEnd = 0;
  let titleDepth = 0; // inside 《…》 a year is part of a title, not a deadline

  for (let i = 0; i < s.length;) {
    // The regex engine skips ordinary text natively; only candidate positions reach the readers.
    const candidate = titleDepth > 0 ? stickyOrNext(TITLE_MARK_RE, s, i) : nextCandidate(s, i);
    if (candidate < 0) break;
    i = candidate;
    if (charIs(s, i, '《')) titleDepth++;
    else if (charIs(s, i, '》')) titleDepth = Math.max(0, titleDepth - 1);
    if (titleDepth > 0 || charIs(s, i, '》')) {
      i++;
      continue;
    }
    const yearLed = readYearMention(s, i);
    // A year-less second date inherits the year of the first; else the document's year, if known.
    const inherited = knownYear ?? documentYear;
    const mention = yearLed ?? readYearlessMention(s, i, inherited);
    if (!mention || mention.end <= i) {
      i++;
      continue;
    }
    const { outcome } = mention;
    if (yearLed) knownYear = yearLed.year;
    else if (outcome.k === 'date' && knownYear === null) yearAssumed = true;
    if (outcome.k === 'date') lastDate = outcome.date;
    else if (outcome.k === 'invalid') sawInvalid = true;
    if (outcome.k !== 'start' && outcome.k !== 'skip') {
      lastOutcome = outcome;
      last = { start: i, end: mention.end, floor: previousEnd };
    }
    previousEnd = mention.end;
    i = mention.end;
  }

  const ongoing = hasOngoing(s) || VAGUE_ONGOING_RE.test(s);
  // The last time named decides: a milestone before it does not make the deadline ambiguous.
  const ambiguous = lastOutcome?.k === 'ambiguous' || (lastOutcome === null && !ongoing && WHOLE_YEAR_RE.test(s));
  const recurring = RECURRING_DATE_RE.test(s);
  const deadline = ambiguous || sawInvalid || recurring || lastOutcome?.k !== 'date' ? null : lastDate;
  return {
    deadline,
    ongoing,
    deliverable: last ? deliverableAround(original, s, last) : '',
    recognized: !ambiguous && !sawInvalid && (deadline !== null || ongoing),
    ambiguous,
    yearAssumed: yearAssumed && deadline !== null,
  };
}
