/**
 * Converts the values Excel passes (strings, serial numbers, booleans, null for empty or omitted,
 * 2-D arrays for ranges) into the model's types, returning a `Failure` that names the argument instead
 * of throwing. Rules: text arguments refuse numbers and booleans; dates are serials or `YYYY-MM-DD` text.
 */
import {
  fromExcelSerial,
  normalizeStatus,
  warningPresetOf,
  type IsoDate,
  type RoleFilter,
  type Status,
  type WarningPreset,
} from '../model';
import { invalid, valueKind, type CellPosition, type Failure } from './Failure';
import { isoFromDateText } from './isoFromDateText';
import { scheduleReading } from './scheduleCache';
import { today } from './today';

/** A cell or argument Excel left empty (or an omitted optional argument). */
export function isBlank(value: unknown): value is null | undefined | '' {
  return value === null || value === undefined || value === '';
}

/** The position of a cell for messages: the column only matters when the range is wider than one. */
export function cellPosition(row: number, column: number, width: number): CellPosition {
  return width > 1 ? { row: row + 1, column: column + 1 } : { row: row + 1 };
}

/** A value as a message quotes it. */
function shownValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value).toUpperCase();
  return '?';
}

/** A text argument; blank is ''. */
export function readText(value: unknown, arg: string, at?: CellPosition): string | Failure {
  if (isBlank(value)) return '';
  if (typeof value === 'string') return value;
  return invalid({ kind: 'notText', arg, got: valueKind(value), ...(at && { at }) });
}

const ROLE_WORDS: Readonly<Record<string, RoleFilter>> = {
  lead: 'lead',
  牵头: 'lead',
  support: 'support',
  配合: 'support',
  joint: 'joint',
  共同: 'joint',
  any: 'any',
  全部: 'any',
};

/** A role filter; blank (omitted) is 'any'. Accepts English or Chinese words, case-insensitive. */
export function readRole(value: unknown, arg: string): RoleFilter | Failure {
  const text = readText(value, arg);
  if (typeof text !== 'string') return text;
  const key = text.trim().toLowerCase();
  if (key === '') return 'any';
  return ROLE_WORDS[key] ?? invalid({ kind: 'badRole', arg, value: text });
}

/**
 * A range as rows of cells; a single cell (Excel passes `[[v]]`, a caller may pass `v`) is one row.
 * Only the first row is inspected here: a pass over 100,000 rows costs as much as a query, so the
 * loops check each row as they read it.
 */
export function readRange(value: unknown, arg: string): readonly (readonly unknown[])[] | Failure {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0 || Array.isArray(value[0])) return value as unknown[][];
  if (value.some((row) => Array.isArray(row))) return invalid({ kind: 'notRange', arg });
  // A 1-D array (a JS caller, not Excel) is read as one column.
  return value.map((cell: unknown) => [cell]);
}

/** The width of a range: Excel's ranges are rectangular, so the first row's. */
export function rangeWidth(range: readonly (readonly unknown[])[]): number {
  return range[0]?.length ?? 0;
}

/** A date argument: a serial number or date text; blank is today (read from the clock at this edge). */
export function readAsOf(value: unknown, arg: string): IsoDate | Failure {
  if (isBlank(value)) return today();
  if (typeof value === 'number') {
    return fromExcelSerial(value) ?? invalid({ kind: 'badDate', arg, value: String(value) });
  }
  if (typeof value === 'string') {
    return isoFromDateText(value) ?? invalid({ kind: 'badDate', arg, value });
  }
  return invalid({ kind: 'notDateOrText', arg, got: valueKind(value) });
}

/** What a schedule-or-deadline argument says about the deadline. */
export interface DeadlineReading {
  /** The deadline, or null when there is none (ongoing or blank). */
  deadline: IsoDate | null;
  ongoing: boolean;
  blank: boolean;
}

const BLANK_READING: DeadlineReading = { deadline: null, ongoing: false, blank: true };

/**
 * A schedule cell or a deadline: a serial number, date text, or 时间进度 text. Ambiguous or
 * unreadable text is a failure (never guessed); ongoing text has no deadline.
 */
export function readDeadline(value: unknown, arg: string, at?: CellPosition): DeadlineReading | Failure {
  if (isBlank(value)) return BLANK_READING;
  if (typeof value === 'string') {
    const reading = scheduleReading(value);
    if (reading.trouble === null) return { deadline: reading.deadline, ongoing: reading.ongoing, blank: false };
    if (value.trim() === '') return BLANK_READING;
    const kind = reading.trouble === 'ambiguous' ? 'scheduleAmbiguous' : 'scheduleUnreadable';
    return invalid({ kind, arg, text: value, ...(at && { at }) });
  }
  if (typeof value === 'number') {
    const deadline = fromExcelSerial(value);
    if (deadline === null) return invalid({ kind: 'badDate', arg, value: String(value), ...(at && { at }) });
    return { deadline, ongoing: false, blank: false };
  }
  return invalid({ kind: 'notDateOrText', arg, got: valueKind(value), ...(at && { at }) });
}

/** A status cell: a canonical status, or null when blank (not yet reported). */
export function readStatus(value: unknown, arg: string, at?: CellPosition): Status | null | Failure {
  const text = readText(value, arg, at);
  if (typeof text !== 'string') return text;
  if (text.trim() === '') return null;
  return normalizeStatus(text) ?? invalid({ kind: 'badStatus', arg, value: text, ...(at && { at }) });
}

/** The warning rule's colours: 红黄绿 or 蓝黄红; blank is 红黄绿. */
export function readPreset(value: unknown, arg: string): WarningPreset | Failure {
  if (isBlank(value)) return '红黄绿';
  return warningPresetOf(value) ?? invalid({ kind: 'badPreset', arg, value: shownValue(value) });
}

const YES = new Set(['是', 'true', '1', 'yes']);
const NO = new Set(['否', 'false', '0', 'no']);

/** Whether a reported 滞后 counts as late: a boolean, 是/否, 1/0; blank is false. */
export function readLaggingCounts(value: unknown, arg: string): boolean | Failure {
  if (isBlank(value)) return false;
  if (typeof value === 'boolean') return value;
  const text = shownValue(value).trim().toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return invalid({ kind: 'badYesNo', arg, value: shownValue(value) });
}

/** The due-soon window in days; blank is 7. */
export function readWarnDays(value: unknown, arg: string): number | Failure {
  if (isBlank(value)) return 7;
  let n = Number.NaN;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) n = Number(value);
  if (!Number.isInteger(n) || n < 0) return invalid({ kind: 'badWarnDays', arg, value: shownValue(value) });
  return n;
}
