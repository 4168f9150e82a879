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
    const cell = (key: LedgerColumnKey): unknown => (index[key] < 0 ? undefined : cells[index[key]]);
    const text = (key: LedgerColumnKey): string => fromCellText(cell(key)).trim();
    const where = (key: LedgerColumnKey): string =>
      `${columnLetter(origin.col + index[key])}${origin.row + position + 1}`;
    const no = taskNumber(cell('no'));
    if (no === null) {
      if (!cells.every(isBlank)) {
        issues.push({
          line: 0,
          severity: 'warning',
          code: 'no-number',
          params: { row: origin.row + position + 1, cell: where('no'), text: fromCellText(cell('no')) },
        });
      }
      return;
    }
    if (positionByNo.has(no)) {
      issues.push({
        line: no,
        severity: 'warning',
        code: 'duplicate-number',
        params: { no, firstLine: origin.row + (positionByNo.get(no) ?? 0) + 1, cell: where('no') },
      });
      return;
    }
    positionByNo.set(no, position);

    const date = (key: LedgerColumnKey): IsoDate | null => {
      const value = cell(key);
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
        params: { no, column: LEDGER_HEADERS[key], cell: where(key), text: typed },
      });
      return isValidIsoDate(normalized) ? normalized : null;
    };

    const units = text('units');
    const schedule = text('schedule');
    const scheduleInfo = parseSchedule(schedule);
    const deadline = index.deadline < 0 || isBlank(cell('deadline')) ? scheduleInfo.deadline : date('deadline');

    const statusText = text('status');
    let status: Status = DEFAULT_STATUS;
    if (statusText !== '') {
      const known = normalizeStatus(statusText);
      if (known === null) {
        issues.push({
          line: no,
          severity: 'warning',
          code: 'unknown-status',
          params: { no, cell: where('status'), text: statusText, status: DEFAULT_STATUS },
        });
      } else {
        status = known;
      }
    }

    const extensionDate = date('extensionDate');
    const extensionReason = text('extensionReason');

    rows.push({
      no,
      section: null,
      text: text('text'),
      units,
      assignments: parseUnits(units, unitOptions),
      schedule,
      deadline,
      ongoing: scheduleInfo.ongoing,
      ambiguous: scheduleInfo.ambiguous,
      leaders: [],
      line: origin.row + position + 1,
      status,
      progress: text('progress'),
      updated: date('updated'),
      reporter: text('reporter'),
      extension: extensionDate === null ? null : { date: extensionDate, reason: extensionReason },
      sectionTitle: text('section'),
      missing: text('sourceState') === SOURCE_REMOVED,
      version: rowVersion(cells, index),
    });
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
