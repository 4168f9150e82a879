/**
 * The range-wide loops behind AGENCYCOUNT, OVERDUECOUNT and AGENCIES: one pass over Excel's 2-D
 * arrays, each non-empty cell one task. Hot paths handle the common cells inline (text from the
 * caches, per-call memos) and hand anything unusual to the argument readers, which word the failure.
 */
import { fromExcelSerial, isDone, isOverdue, type IsoDate, type RoleFilter } from '../model';
import { cellPosition, readDeadline, readStatus, readText } from './excelArguments';
import { Failure, invalid } from './Failure';
import { scheduleReading } from './scheduleCache';
import { NO_ALIASES, type AliasSet } from './readAliases';
import { ANY_ROLE_BITS, ROLE_BITS, unitsReader } from './unitsCache';

type Range = readonly (readonly unknown[])[];

/** The role bits a filter accepts. */
function roleMask(role: RoleFilter): number {
  return role === 'any' ? ANY_ROLE_BITS : ROLE_BITS[role];
}

/** Checks two ranges have the same rows and columns. */
export function sameShape(
  a: Range,
  aName: string,
  b: Range,
  bName: string,
  width: (r: Range) => number,
): Failure | null {
  const aColumns = width(a);
  const bColumns = width(b);
  if (a.length === b.length && aColumns === bColumns) return null;
  return invalid({ kind: 'shapeMismatch', a: aName, b: bName, aRows: a.length, bRows: b.length, aColumns, bColumns });
}

/** The failure for paired ranges whose row `r` differs in width (or is not a row). */
function raggedFailure(a: Range, aName: string, b: Range, bName: string, r: number): Failure {
  const aRow = a[r];
  const bRow = b[r];
  return invalid({
    kind: 'shapeMismatch',
    a: aName,
    b: bName,
    aRows: a.length,
    bRows: b.length,
    aColumns: Array.isArray(aRow) ? aRow.length : 0,
    bColumns: Array.isArray(bRow) ? bRow.length : 0,
  });
}

/** The failure for a units cell that is neither text nor empty. */
function notTextFailure(cell: unknown, arg: string, row: number, column: number, width: number): Failure {
  const text = readText(cell, arg, cellPosition(row, column, width));
  return text instanceof Failure ? text : invalid({ kind: 'internal', detail: 'unexpected units cell' });
}

/** The number of cells in the units range naming the (normalised) agency in the role, under an alias set. */
export function countAgencyCells(
  units: Range,
  width: number,
  agency: string,
  role: RoleFilter,
  arg: string,
  aliases: AliasSet = NO_ALIASES,
): number | Failure {
  const mask = roleMask(role);
  const unitsEntry = unitsReader(aliases);
  let count = 0;
  for (let r = 0; r < units.length; r++) {
    const row = units[r];
    if (!Array.isArray(row)) return invalid({ kind: 'notRange', arg });
    for (let c = 0; c < row.length; c++) {
      const cell: unknown = row[c];
      if (typeof cell === 'string') {
        if (cell === '') continue;
        const bits = unitsEntry(cell).roles.get(agency);
        if (bits !== undefined && (bits & mask) !== 0) count++;
      } else if (cell !== null && cell !== undefined) {
        return notTextFailure(cell, arg, r, c, width);
      }
    }
  }
  return count;
}

/** An agency filter for OVERDUECOUNT: the units range and whom to look for. */
export interface UnitsFilter {
  units: Range;
  agency: string;
  role: RoleFilter;
  arg: string;
  /** The alias set the units are read with (none when absent). */
  aliases?: AliasSet;
}

/** The failure for row `r` of the paired ranges when it is ragged (never from Excel: ranges were compared by row count and first-row width), else null. */
function raggedRowFailure(
  schedules: Range,
  statuses: Range,
  names: { schedules: string; statuses: string },
  filter: UnitsFilter | null,
  r: number,
): Failure | null {
  const scheduleRow = schedules[r];
  const statusRow = statuses[r];
  if (!Array.isArray(scheduleRow) || !Array.isArray(statusRow) || statusRow.length !== scheduleRow.length) {
    return raggedFailure(schedules, names.schedules, statuses, names.statuses, r);
  }
  const unitsRow = filter ? filter.units[r] : null;
  if (filter && (!Array.isArray(unitsRow) || unitsRow.length !== scheduleRow.length)) {
    return raggedFailure(schedules, names.schedules, filter.units, filter.arg, r);
  }
  return null;
}

/** The failure for a schedule cell the fast path gives no deadline (not a schedule, not a date), else null. */
function scheduleFailure(schedule: unknown, name: string, r: number, c: number, width: number): Failure | null {
  const slow = readDeadline(schedule, name, cellPosition(r, c, width));
  return slow instanceof Failure ? slow : null;
}

/**
 * The number of overdue tasks among paired schedule and status cells (same shape, checked before).
 * Within one call `asOf` is fixed, so whether a deadline has passed and whether a status text means
 * done are memoised per call; the verdict is still the model's `isOverdue`. The common cells are read inline (this
 * is the benchmarked loop of OVERDUECOUNT); anything unusual goes to the argument readers, which word the failure.
 */
export function countOverdueCells(
  schedules: Range,
  statuses: Range,
  width: number,
  asOf: IsoDate,
  names: { schedules: string; statuses: string },
  filter: UnitsFilter | null,
): number | Failure {
  const mask = filter ? roleMask(filter.role) : 0;
  const unitsEntry = unitsReader(filter?.aliases ?? NO_ALIASES);
  const passedByDeadline = new Map<IsoDate, boolean>();
  const doneByStatus = new Map<string, boolean>();
  const dateBySerial = new Map<number, IsoDate | null>();
  let count = 0;
  for (let r = 0; r < schedules.length; r++) {
    const ragged = raggedRowFailure(schedules, statuses, names, filter, r);
    if (ragged !== null) return ragged;
    const scheduleRow = schedules[r] as readonly unknown[];
    const statusRow = statuses[r] as readonly unknown[];
    const unitsRow = filter ? (filter.units[r] as readonly unknown[]) : null;
    for (let c = 0; c < scheduleRow.length; c++) {
      if (filter && unitsRow) {
        const cell: unknown = unitsRow[c];
        if (typeof cell === 'string') {
          const bits = cell === '' ? undefined : unitsEntry(cell).roles.get(filter.agency);
          if (bits === undefined || (bits & mask) === 0) continue;
        } else if (cell === null || cell === undefined) {
          continue;
        } else {
          return notTextFailure(cell, filter.arg, r, c, width);
        }
      }

      const schedule: unknown = scheduleRow[c];
      let deadline: IsoDate | null = null;
      if (typeof schedule === 'string' && schedule !== '') {
        const reading = scheduleReading(schedule);
        if (reading.trouble === null) deadline = reading.deadline;
        else {
          const failure = scheduleFailure(schedule, names.schedules, r, c, width);
          if (failure !== null) return failure;
        }
      } else if (typeof schedule === 'number') {
        let date = dateBySerial.get(schedule);
        if (date === undefined) {
          date = fromExcelSerial(schedule);
          dateBySerial.set(schedule, date);
        }
        const failure = date === null ? scheduleFailure(schedule, names.schedules, r, c, width) : null;
        if (failure !== null) return failure;
        deadline = date;
      } else if (schedule !== null && schedule !== undefined && schedule !== '') {
        const failure = scheduleFailure(schedule, names.schedules, r, c, width);
        if (failure !== null) return failure;
      }
      if (deadline === null) continue;

      const statusCell: unknown = statusRow[c];
      if (typeof statusCell === 'string') {
        let done = doneByStatus.get(statusCell);
        if (done === undefined) {
          const status = readStatus(statusCell, names.statuses, cellPosition(r, c, width));
          if (status instanceof Failure) return status;
          done = isDone(status);
          doneByStatus.set(statusCell, done);
        }
        if (done) continue;
      } else if (statusCell !== null && statusCell !== undefined) {
        const status = readStatus(statusCell, names.statuses, cellPosition(r, c, width));
        if (status instanceof Failure) return status;
      }

      let passed = passedByDeadline.get(deadline);
      if (passed === undefined) {
        // Not done (checked above), so the model's verdict depends on the deadline and asOf only.
        passed = isOverdue({ deadline, status: null }, asOf);
        passedByDeadline.set(deadline, passed);
      }
      if (passed) count++;
    }
  }
  return count;
}

/** The distinct agencies of a units range in the role, in order of first appearance, under an alias set. */
export function distinctAgencies(
  units: Range,
  width: number,
  role: RoleFilter,
  arg: string,
  aliases: AliasSet = NO_ALIASES,
): string[] | Failure {
  const seen = new Set<string>();
  const unitsEntry = unitsReader(aliases);
  const mask = roleMask(role);
  for (let r = 0; r < units.length; r++) {
    const row = units[r];
    if (!Array.isArray(row)) return invalid({ kind: 'notRange', arg });
    for (let c = 0; c < row.length; c++) {
      const text = readText(row[c], arg, cellPosition(r, c, width));
      if (text instanceof Failure) return text;
      if (text === '') continue;
      for (const a of unitsEntry(text).assignments) if ((ROLE_BITS[a.role] & mask) !== 0) seen.add(a.agency);
    }
  }
  return [...seen];
}
