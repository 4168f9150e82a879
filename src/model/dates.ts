/**
 * Calendar days as `YYYY-MM-DD` strings, with integer civil-date arithmetic
 * (Howard Hinnant's `days_from_civil` / `civil_from_days`): no `Date`, so no time-zone drift.
 */
import type { IsoDate } from './types';

/** Excel's largest date serial: 9999-12-31. */
const MAX_EXCEL_SERIAL = 2958465;
/** Serial 60 is Excel's fictitious 1900-02-29 (the Lotus 1-2-3 leap-year bug). */
const FICTITIOUS_SERIAL = 60;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Civil {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month (1–12) of a proleptic Gregorian year; NaN for a month outside 1–12.
 * @example lastDayOfMonth(2016, 2) // 29
 */
export function lastDayOfMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) return Number.NaN;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parseCivil(iso: string): Civil | null {
  if (typeof iso !== 'string') return null;
  const m = ISO_RE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * Whether a string is a real calendar date written `YYYY-MM-DD` (leap years included).
 * @example isValidIsoDate('2016-02-29') // true; isValidIsoDate('2015-02-29') // false
 */
export function isValidIsoDate(s: string): boolean {
  return parseCivil(s) !== null;
}

/** Days since 1970-01-01 (negative before). */
function daysFromCivil({ year, month, day }: Civil): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): Civil {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function formatCivil({ year, month, day }: Civil): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day numbers (days since 1970-01-01) of 0000-01-01 and 9999-12-31: the range `YYYY` can write. */
const MIN_DAYS = daysFromCivil({ year: 0, month: 1, day: 1 });
const MAX_DAYS = daysFromCivil({ year: 9999, month: 12, day: 31 });
/** Excel serial 0 for dates from 1900-03-01 on: 1899-12-30 (one day earlier than real, because of serial 60). */
const EPOCH_FROM_MARCH_1900 = daysFromCivil({ year: 1899, month: 12, day: 30 });
/** Excel serial 0 for 1900-01-01 … 1900-02-28: 1899-12-31. */
const EPOCH_BEFORE_MARCH_1900 = daysFromCivil({ year: 1899, month: 12, day: 31 });
const MARCH_1_1900 = daysFromCivil({ year: 1900, month: 3, day: 1 });
const JAN_1_1900 = daysFromCivil({ year: 1900, month: 1, day: 1 });

/**
 * Excel's serial number (1900 date system) for a day: 1900-01-01 is 1, 1900-03-01 is 61; NaN for an
 * invalid date or one Excel cannot hold (before 1900-01-01).
 * @example toExcelSerial('2015-08-31') // 42247
 */
export function toExcelSerial(iso: IsoDate): number {
  const civil = parseCivil(iso);
  if (!civil) return Number.NaN;
  const days = daysFromCivil(civil);
  if (days < JAN_1_1900) return Number.NaN;
  return days >= MARCH_1_1900 ? days - EPOCH_FROM_MARCH_1900 : days - EPOCH_BEFORE_MARCH_1900;
}

/**
 * The day of an Excel serial number (a fractional time part is dropped); null for non-finite
 * values, serials below 1 or above 2958465 (9999-12-31), and for 60, Excel's fictitious 1900-02-29.
 * @example fromExcelSerial(42247.75) // '2015-08-31'
 */
export function fromExcelSerial(serial: number): IsoDate | null {
  if (typeof serial !== 'number' || !Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_EXCEL_SERIAL || whole === FICTITIOUS_SERIAL) return null;
  const days = whole < FICTITIOUS_SERIAL ? EPOCH_BEFORE_MARCH_1900 + whole : EPOCH_FROM_MARCH_1900 + whole;
  return formatCivil(civilFromDays(days));
}

/**
 * The number of days from one day to another (`to − from`); NaN when either is not a valid date.
 * @example daysBetween('2015-08-31', '2015-12-31') // 122
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = parseCivil(from);
  const b = parseCivil(to);
  if (!a || !b) return Number.NaN;
  return daysFromCivil(b) - daysFromCivil(a);
}

/**
 * The day `n` days after (or before, when negative) a day; a fractional `n` is truncated. An invalid
 * date, a non-finite `n`, or a result outside 0000-01-01…9999-12-31 returns the input unchanged.
 * @example addDays('2016-02-28', 1) // '2016-02-29'
 */
export function addDays(iso: IsoDate, n: number): IsoDate {
  const civil = parseCivil(iso);
  if (!civil || typeof n !== 'number' || !Number.isFinite(n)) return iso;
  const days = daysFromCivil(civil) + Math.trunc(n);
  if (days < MIN_DAYS || days > MAX_DAYS) return iso;
  return formatCivil(civilFromDays(days));
}
