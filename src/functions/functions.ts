/**
 * The TASKS.* custom functions. Each is thin: convert Excel's arguments, call the model, convert
 * failures to error values. functions.json is generated from the JSDoc here, so every function is
 * an exported `function` declaration tagged `@customfunction ID NAME`.
 *
 * Parameter names are snake_case because Excel shows them as written. Parameter types are unions
 * (metadata type `any`) so that the functions, not Excel, decide what a wrong value means and say so.
 * Ranges are `unknown[][]`: Excel passes strings, numbers, booleans, null (empty) or error values.
 * The scalar union is spelled out at every parameter: the metadata generator rejects type aliases.
 */
import { daysLeft as modelDaysLeft, normalizeAgency, toExcelSerial, warningLight } from '../model';
import { isOverdue as modelIsOverdue } from '../model';
import type { FunctionError } from './excelErrors';
import {
  isBlank,
  rangeWidth,
  readAsOf,
  readDeadline,
  readRange,
  readRole,
  readStatus,
  readText,
  readLaggingCounts,
  readPreset,
  readWarnDays,
} from './excelArguments';
import { Failure, invalid, notAvailable, valueKind } from './Failure';
import { guard } from './guard';
import { countAgencyCells, countOverdueCells, distinctAgencies, sameShape, type UnitsFilter } from './rangeQueries';
import { readAliases, type AliasSet } from './readAliases';
import { scheduleReading } from './scheduleCache';
import { unitsEntry } from './unitsCache';

/**
 * LIGHT's values: the same in every display language, so `=IF(TASKS.LIGHT(…)="红",…)` computes the same for every
 * coauthor (and the JavaScript-only runtime does not reliably know the language). Only messages and help are translated.
 */
const LIGHT_WORDS = { red: '红', yellow: '黄', green: '绿', blue: '蓝' } as const;

/**
 * Returns the deadline of a schedule (时间进度) as a date serial number; format the cell as a date.
 * @customfunction DEADLINE DEADLINE
 * @param schedule The schedule text, e.g. "2015年8月底前出台具体措施", or a date.
 * @returns The deadline. #N/A when the task is ongoing or the cell is empty; #VALUE! when the text is ambiguous or cannot be read.
 */
export function deadline(schedule: string | number | boolean | null): number | FunctionError {
  return guard(() => {
    const reading = readDeadline(schedule, 'schedule');
    if (reading instanceof Failure) return reading;
    if (reading.deadline === null)
      return notAvailable({ kind: 'noDeadline', reason: reading.blank ? 'empty' : 'ongoing' });
    const serial = toExcelSerial(reading.deadline);
    // A day before 1900 has no serial: say so rather than hand Excel a NaN.
    return Number.isNaN(serial) ? invalid({ kind: 'badDate', arg: 'schedule', value: reading.deadline }) : serial;
  });
}

/**
 * Tells whether a schedule (时间进度) says the work is ongoing (持续实施, 长期坚持 …).
 * @customfunction ISONGOING ISONGOING
 * @param schedule The schedule text, e.g. "持续实施".
 * @returns TRUE when the schedule says the work goes on, also when it names a deadline as well; FALSE for a date or an empty cell.
 */
export function isOngoing(schedule: string | number | boolean | null): boolean | FunctionError {
  return guard(() => {
    if (typeof schedule === 'number' || isBlank(schedule)) return false;
    if (typeof schedule !== 'string')
      return invalid({ kind: 'notDateOrText', arg: 'schedule', got: valueKind(schedule) });
    const reading = scheduleReading(schedule);
    // Ambiguous text can still say plainly whether the work goes on; only unreadable text cannot.
    if (reading.trouble === 'unreadable' && schedule.trim() !== '')
      return invalid({ kind: 'scheduleUnreadable', arg: 'schedule', text: schedule });
    return reading.ongoing;
  });
}

/**
 * Tells whether a task is overdue: it has a deadline, the deadline has passed, and it is not done.
 * @customfunction ISOVERDUE ISOVERDUE
 * @volatile
 * @param schedule_or_deadline The schedule text (时间进度) or a deadline date.
 * @param status The task's status: 未启动, 推进中, 滞后 or 已完成 (empty means not started).
 * @param [as_of] The day to judge on; today when omitted.
 * @returns TRUE when overdue; FALSE for ongoing tasks, done tasks and empty schedules.
 */
export function isOverdue(
  schedule_or_deadline: string | number | boolean | null,
  status: string | number | boolean | null,
  as_of?: string | number | boolean | null,
): boolean | FunctionError {
  return guard(() => {
    const reading = readDeadline(schedule_or_deadline, 'schedule_or_deadline');
    if (reading instanceof Failure) return reading;
    const state = readStatus(status, 'status');
    if (state instanceof Failure) return state;
    const asOf = readAsOf(as_of, 'as_of');
    if (asOf instanceof Failure) return asOf;
    if (reading.deadline === null) return false;
    return modelIsOverdue({ deadline: reading.deadline, status: state ?? '未启动' }, asOf);
  });
}

/**
 * Returns the number of days from a day to a task's deadline (negative once it has passed).
 * @customfunction DAYSLEFT DAYSLEFT
 * @volatile
 * @param schedule_or_deadline The schedule text (时间进度) or a deadline date.
 * @param [as_of] The day to count from; today when omitted.
 * @returns Days left; #N/A when the task has no deadline.
 */
export function daysLeft(
  schedule_or_deadline: string | number | boolean | null,
  as_of?: string | number | boolean | null,
): number | FunctionError {
  return guard(() => {
    const reading = readDeadline(schedule_or_deadline, 'schedule_or_deadline');
    if (reading instanceof Failure) return reading;
    const asOf = readAsOf(as_of, 'as_of');
    if (asOf instanceof Failure) return asOf;
    if (reading.deadline === null)
      return notAvailable({ kind: 'noDeadline', reason: reading.blank ? 'empty' : 'ongoing' });
    return modelDaysLeft(reading.deadline, asOf);
  });
}

/**
 * Returns a task's light under the ledger's warning rule (台账设置): 红黄绿 by default, or 蓝黄红 (临期 blue, 滞后 yellow, 逾期 red).
 * @customfunction LIGHT LIGHT
 * @volatile
 * @param schedule_or_deadline The schedule text (时间进度) or a deadline date.
 * @param status The task's status: 未启动, 推进中, 滞后 or 已完成 (empty means not started).
 * @param [as_of] The day to judge on; today when omitted.
 * @param [warn_days] How many days before the deadline a task is 临期 (due soon); 7 when omitted.
 * @param [preset] The colours: 红黄绿 or 蓝黄红; 红黄绿 when omitted (e.g. 预警配色, the name on 台账设置).
 * @param [lagging_counts] Whether a task reported as 滞后 counts as late: TRUE/FALSE or 是/否; FALSE when omitted (e.g. 滞后计入预警).
 * @returns 红, 黄, 绿 or 蓝, whatever Excel's display language (a formula's value never depends on the reader's language).
 */
export function light(
  schedule_or_deadline: string | number | boolean | null,
  status: string | number | boolean | null,
  as_of?: string | number | boolean | null,
  warn_days?: string | number | boolean | null,
  preset?: string | number | boolean | null,
  lagging_counts?: string | number | boolean | null,
): string | FunctionError {
  return guard(() => {
    const reading = readDeadline(schedule_or_deadline, 'schedule_or_deadline');
    if (reading instanceof Failure) return reading;
    const state = readStatus(status, 'status');
    if (state instanceof Failure) return state;
    const asOf = readAsOf(as_of, 'as_of');
    if (asOf instanceof Failure) return asOf;
    const dueSoonDays = readWarnDays(warn_days, 'warn_days');
    if (dueSoonDays instanceof Failure) return dueSoonDays;
    const colours = readPreset(preset, 'preset');
    if (colours instanceof Failure) return colours;
    const laggingCounts = readLaggingCounts(lagging_counts, 'lagging_counts');
    if (laggingCounts instanceof Failure) return laggingCounts;
    const color = warningLight({ deadline: reading.deadline, status: state ?? '未启动' }, asOf, {
      preset: colours,
      dueSoonDays,
      laggingCounts,
    });
    return LIGHT_WORDS[color];
  });
}

/**
 * Counts the tasks whose responsible units (负责单位) name an agency in a role; agency names are normalised first.
 * @customfunction AGENCYCOUNT AGENCYCOUNT
 * @param units The 负责单位 column, e.g. TaskLedger[负责单位].
 * @param agency The agency, e.g. "市教育局" (short forms such as 市人社局 are understood).
 * @param [role] lead (牵头), support (配合), joint (共同) or any (全部); any when omitted.
 * @param [aliases] Your own agency aliases: a two-column range (written form, canonical name), e.g. AgencyAliases; built-in aliases only when omitted.
 * @returns The number of cells naming the agency in that role.
 */
export function agencyCount(
  units: unknown[][],
  agency: string | number | boolean | null,
  role?: string | number | boolean | null,
  // An omitted range arrives as null; a union type here would make the metadata scalar.
  aliases?: unknown[][],
): number | FunctionError {
  return guard(() => {
    const range = readRange(units, 'units');
    if (range instanceof Failure) return range;
    const name = readText(agency, 'agency');
    if (name instanceof Failure) return name;
    const roleFilter = readRole(role, 'role');
    if (roleFilter instanceof Failure) return roleFilter;
    const set = readAliases(aliases, 'aliases');
    if (set instanceof Failure) return set;
    if (name.trim() === '') return invalid({ kind: 'needsArgument', arg: 'agency', whenGiven: 'units' });
    return countAgencyCells(
      range,
      rangeWidth(range),
      normalizeAgency(name.trim(), set.aliases),
      roleFilter,
      'units',
      set,
    );
  });
}

/**
 * Counts overdue tasks: with a deadline that has passed and not done; optionally only those of one agency.
 * @customfunction OVERDUECOUNT OVERDUECOUNT
 * @volatile
 * @param schedules The 时间进度 column (or deadline dates), e.g. TaskLedger[时间进度].
 * @param statuses The 状态 column, the same size as schedules.
 * @param [as_of] The day to judge on; today when omitted.
 * @param [units] The 负责单位 column, the same size as schedules; needed with agency.
 * @param [agency] Count only tasks naming this agency, e.g. "市教育局".
 * @param [role] With agency: lead (牵头), support (配合), joint (共同) or any (全部); any when omitted.
 * @param [aliases] Your own agency aliases: a two-column range (written form, canonical name), e.g. AgencyAliases; built-in aliases only when omitted.
 * @returns The number of overdue tasks.
 */
export function overdueCount(
  schedules: unknown[][],
  statuses: unknown[][],
  as_of?: string | number | boolean | null,
  // An omitted range arrives as null; a union type here would make the metadata scalar.
  units?: unknown[][],
  agency?: string | number | boolean | null,
  role?: string | number | boolean | null,
  aliases?: unknown[][],
): number | FunctionError {
  return guard(() => {
    const scheduleRange = readRange(schedules, 'schedules');
    if (scheduleRange instanceof Failure) return scheduleRange;
    const statusRange = readRange(statuses, 'statuses');
    if (statusRange instanceof Failure) return statusRange;
    const mismatch = sameShape(scheduleRange, 'schedules', statusRange, 'statuses', rangeWidth);
    if (mismatch) return mismatch;
    const asOf = readAsOf(as_of, 'as_of');
    if (asOf instanceof Failure) return asOf;
    const name = readText(agency, 'agency');
    if (name instanceof Failure) return name;
    const roleFilter = readRole(role, 'role');
    if (roleFilter instanceof Failure) return roleFilter;
    const set = readAliases(aliases, 'aliases');
    if (set instanceof Failure) return set;
    let filter: UnitsFilter | null = null;
    if (name.trim() !== '') {
      if (isBlank(units)) return invalid({ kind: 'needsArgument', arg: 'units', whenGiven: 'agency' });
      const unitsRange = readRange(units, 'units');
      if (unitsRange instanceof Failure) return unitsRange;
      const unitsMismatch = sameShape(scheduleRange, 'schedules', unitsRange, 'units', rangeWidth);
      if (unitsMismatch) return unitsMismatch;
      filter = {
        units: unitsRange,
        agency: normalizeAgency(name.trim(), set.aliases),
        role: roleFilter,
        arg: 'units',
        aliases: set,
      };
    } else if (roleFilter !== 'any') {
      return invalid({ kind: 'needsArgument', arg: 'agency', whenGiven: 'role' });
    }
    const width = rangeWidth(scheduleRange);
    return countOverdueCells(
      scheduleRange,
      statusRange,
      width,
      asOf,
      { schedules: 'schedules', statuses: 'statuses' },
      filter,
    );
  });
}

/**
 * Lists the distinct agencies named in the responsible units (负责单位), normalised, in order of first appearance.
 * @customfunction AGENCIES AGENCIES
 * @param units The 负责单位 column, e.g. TaskLedger[负责单位].
 * @param [role] lead (牵头), support (配合), joint (共同) or any (全部); any when omitted.
 * @param [aliases] Your own agency aliases: a two-column range (written form, canonical name), e.g. AgencyAliases; built-in aliases only when omitted.
 * @returns A column of agency names (spills down); #N/A when none matches.
 */
export function agencies(
  units: unknown[][],
  role?: string | number | boolean | null,
  aliases?: unknown[][],
): Array<Array<string | FunctionError>> {
  const result = guard(() => {
    const range = readRange(units, 'units');
    if (range instanceof Failure) return range;
    const roleFilter = readRole(role, 'role');
    if (roleFilter instanceof Failure) return roleFilter;
    const set = readAliases(aliases, 'aliases');
    if (set instanceof Failure) return set;
    const names = distinctAgencies(range, rangeWidth(range), roleFilter, 'units', set);
    if (names instanceof Failure) return names;
    if (names.length === 0) return notAvailable({ kind: 'noAgencies' });
    return names.map((n) => [n]);
  });
  // A spilled result must be a matrix, so an error is returned as a 1×1 matrix.
  return Array.isArray(result) ? result : [[result]];
}

function joinRole(
  units: string | number | boolean | null,
  role: 'lead' | 'support',
  aliases: unknown,
): string | Failure {
  const text = readText(units, 'units');
  if (text instanceof Failure) return text;
  const set: AliasSet | Failure = readAliases(aliases, 'aliases');
  if (set instanceof Failure || text === '') return set instanceof Failure ? set : '';
  const names: string[] = [];
  for (const a of unitsEntry(text, set).assignments)
    if (a.role === role && !names.includes(a.agency)) names.push(a.agency);
  return names.join('、');
}

/**
 * Returns the lead agencies (牵头单位) of one 负责单位 cell, joined with 、.
 * @customfunction LEAD LEAD
 * @param units One 负责单位 cell, e.g. "市教育局牵头，市财政局等配合".
 * @param [aliases] Your own agency aliases: a two-column range (written form, canonical name), e.g. AgencyAliases; built-in aliases only when omitted.
 * @returns The lead agencies; empty text when the cell names no lead (a joint list such as "市教育局、市财政局").
 */
export function lead(units: string | number | boolean | null, aliases?: unknown[][]): string | FunctionError {
  return guard(() => joinRole(units, 'lead', aliases));
}

/**
 * Returns the supporting agencies (配合单位) of one 负责单位 cell, joined with 、.
 * @customfunction SUPPORT SUPPORT
 * @param units One 负责单位 cell, e.g. "市教育局牵头，市财政局等配合".
 * @param [aliases] Your own agency aliases: a two-column range (written form, canonical name), e.g. AgencyAliases; built-in aliases only when omitted.
 * @returns The supporting agencies; empty text when the cell names none.
 */
export function support(units: string | number | boolean | null, aliases?: unknown[][]): string | FunctionError {
  return guard(() => joinRole(units, 'support', aliases));
}

/**
 * Returns the canonical name of an agency, resolving short forms and known typos (市人社局 → 市人力资源和社会保障局).
 * @customfunction NORMALIZE NORMALIZE
 * @param agency An agency name as written.
 * @param [aliases] Your own agency aliases: a two-column range (written form, canonical name), e.g. AgencyAliases; built-in aliases only when omitted.
 * @returns The canonical name; empty text for an empty cell.
 */
export function normalize(agency: string | number | boolean | null, aliases?: unknown[][]): string | FunctionError {
  return guard(() => {
    const text = readText(agency, 'agency');
    if (text instanceof Failure) return text;
    const set = readAliases(aliases, 'aliases');
    if (set instanceof Failure) return set;
    return text.trim() === '' ? '' : normalizeAgency(text.trim(), set.aliases);
  });
}
