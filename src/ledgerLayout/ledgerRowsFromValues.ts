/**
 * Turns the `TaskLedger` table's cell values into typed ledger rows. Bad cells are reported as
 * issues (an unknown status typed by hand, a date typed as text) and the row is kept.
 */
import {
  fromExcelSerial,
  isValidIsoDate,
  normalizeStatus,
  parseSchedule,
  parseUnits,
  type AgencyAliases,
  type IsoDate,
  type ParseIssue,
  type Status,
} from '../model';
import { columnLetter } from './cellAddress';
import { fromCellText } from './cellText';
import { ledgerColumnIndex, type LedgerColumnIndex } from './ledgerColumnIndex';
import { LEDGER_HEADERS, type LedgerColumnKey } from './ledgerColumns';
import type { LedgerRow } from './ledgerRow';
import { rowVersion } from './rowVersion';
import { SOURCE_REMOVED } from './workbookNames';

/** Where the table body starts on its sheet (0-based row and column of its top-left cell). */
export interface BodyOrigin {
  row: number;
  col: number;
}

export interface LedgerRowsResult {
  rows: LedgerRow[];
  issues: ParseIssue[];
  index: LedgerColumnIndex;
  /** Body row position (0-based) of each 序号. */
  positionByNo: Map<number, number>;
}

const DEFAULT_STATUS: Status = '未启动';

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A 序号 cell as a positive whole number, or null. */
export function taskNumber(value: unknown): number | null {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d+\s*$/.test(value)
        ? Number(value)
        : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** One body row's cells by column key, with where each sits on the sheet (`E12`) for the issues they raise. */
interface RowCells {
  cell(key: LedgerColumnKey): unknown;
  text(key: LedgerColumnKey): string;
  where(key: LedgerColumnKey): string;
}

function rowCells(cells: readonly unknown[], sheetRow: number, index: LedgerColumnIndex, origin: BodyOrigin): RowCells {
  const cell = (key: LedgerColumnKey): unknown => (index[key] < 0 ? undefined : cells[index[key]]);
  return {
    cell,
    text: (key) => fromCellText(cell(key)).trim(),
    where: (key) => `${columnLetter(origin.col + index[key])}${sheetRow}`,
  };
}

/**
 * A date cell: a date serial as its day; text typed as a date is reported (`date-not-a-date`) and kept when it names
 * a valid day (`2016/3/1`, `2016年3月1日`); empty is null.
 */
function dateCell(row: RowCells, key: LedgerColumnKey, no: number, issues: ParseIssue[]): IsoDate | null {
  const value = row.cell(key);
  if (isBlank(value)) return null;
  if (typeof value === 'number') {
    const iso = fromExcelSerial(value);
    if (iso !== null) return iso;
  }
  const typed = fromCellText(value).trim();
  const asIso = typed.replace(/[/.年月]/g, '-').replace(/日$/, '');
  const normalized = /^\d{4}-\d{1,2}-\d{1,2}$/.test(asIso) ? asIso.replace(/-(\d)(?=-|$)/g, '-0$1') : asIso;
  issues.push({
    line: no,
    severity: 'warning',
    code: 'date-not-a-date',
    params: { no, column: LEDGER_HEADERS[key], cell: row.where(key), text: typed },
  });
  return isValidIsoDate(normalized) ? normalized : null;
}

/** The 状态 cell: a known status (or its alias) as the status; empty or unknown is 未启动, unknown also reported. */
function statusCell(row: RowCells, no: number, issues: ParseIssue[]): Status {
  const statusText = row.text('status');
  if (statusText === '') return DEFAULT_STATUS;
  const known = normalizeStatus(statusText);
  if (known !== null) return known;
  issues.push({
    line: no,
    severity: 'warning',
    code: 'unknown-status',
    params: { no, cell: row.where('status'), text: statusText, status: DEFAULT_STATUS },
  });
  return DEFAULT_STATUS;
}

/**
 * The row's 序号 when it is a new one; null (and an issue) for a row without a number that is not blank, or for a
 * number seen on an earlier row. A new number is recorded in `positionByNo`.
 */
function newTaskNumber(
  row: RowCells,
  cells: readonly unknown[],
  position: number,
  origin: BodyOrigin,
  positionByNo: Map<number, number>,
  issues: ParseIssue[],
): number | null {
  const no = taskNumber(row.cell('no'));
  if (no === null) {
    if (!cells.every(isBlank)) {
      issues.push({
        line: 0,
        severity: 'warning',
        code: 'no-number',
        params: { row: origin.row + position + 1, cell: row.where('no'), text: fromCellText(row.cell('no')) },
      });
    }
    return null;
  }
  const first = positionByNo.get(no);
  if (first !== undefined) {
    issues.push({
      line: no,
      severity: 'warning',
      code: 'duplicate-number',
      params: { no, firstLine: origin.row + first + 1, cell: row.where('no') },
    });
    return null;
  }
  positionByNo.set(no, position);
  return no;
}

/** The ledger row of task `no` (its section numbered later, by `numberSections`); bad cells add issues. */
function ledgerRow(
  row: RowCells,
  cells: readonly unknown[],
  no: number,
  line: number,
  index: LedgerColumnIndex,
  unitOptions: { aliases?: AgencyAliases },
  issues: ParseIssue[],
): LedgerRow {
  const units = row.text('units');
  const schedule = row.text('schedule');
  const scheduleInfo = parseSchedule(schedule);
  const deadline =
    index.deadline < 0 || isBlank(row.cell('deadline')) ? scheduleInfo.deadline : dateCell(row, 'deadline', no, issues);
  const status = statusCell(row, no, issues);
  const extensionDate = dateCell(row, 'extensionDate', no, issues);
  const updated = dateCell(row, 'updated', no, issues);
  return {
    no,
    section: null,
    text: row.text('text'),
    units,
    assignments: parseUnits(units, unitOptions),
    schedule,
    deadline,
    ongoing: scheduleInfo.ongoing,
    ambiguous: scheduleInfo.ambiguous,
    leaders: [],
    line,
    status,
    progress: row.text('progress'),
    updated,
    reporter: row.text('reporter'),
    extension: extensionDate === null ? null : { date: extensionDate, reason: row.text('extensionReason') },
    sectionTitle: row.text('section'),
    missing: row.text('sourceState') === SOURCE_REMOVED,
    version: rowVersion(cells, index),
  };
}

/**
 * Reads header and body values (as `Range.values` returns them) into ledger rows and cell issues.
 * @example
 * ledgerRowsFromValues(header, body, { row: 1, col: 0 }).rows[0]?.status // '未启动'
 */
export function ledgerRowsFromValues(
  header: readonly unknown[],
  body: readonly (readonly unknown[])[],
  origin: BodyOrigin,
  options: { aliases?: AgencyAliases } = {},
): LedgerRowsResult {
  const index = ledgerColumnIndex(header);
  const issues: ParseIssue[] = [];
  const rows: LedgerRow[] = [];
  const positionByNo = new Map<number, number>();
  const unitOptions = options.aliases ? { aliases: options.aliases } : {};
  body.forEach((cells, position) => {
    const line = origin.row + position + 1;
    const row = rowCells(cells, line, index, origin);
    const no = newTaskNumber(row, cells, position, origin, positionByNo, issues);
    if (no !== null) rows.push(ledgerRow(row, cells, no, line, index, unitOptions, issues));
  });
  numberSections(rows);
  return { rows, issues, index, positionByNo };
}

/** Sections are numbered in order of their first task (by 序号), as in the source document. */
function numberSections(rows: LedgerRow[]): void {
  const first = new Map<string, number>();
  for (const row of rows) {
    if (row.sectionTitle === '') continue;
    const seen = first.get(row.sectionTitle);
    if (seen === undefined || row.no < seen) first.set(row.sectionTitle, row.no);
  }
  const order = [...first.entries()].sort((a, b) => a[1] - b[1]).map(([title]) => title);
  const sectionNo = new Map(order.map((title, i) => [title, i + 1]));
  for (const row of rows) row.section = sectionNo.get(row.sectionTitle) ?? null;
}
