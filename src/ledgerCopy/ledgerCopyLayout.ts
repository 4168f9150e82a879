/**
 * Where things are in the copy: the ledger's columns in `LEDGER_COLUMNS` order, the helper columns after
 * them, and the 汇总 sheet's rows. The formulas, the builder and the tests share it.
 */
import { columnLetter } from '../ledgerLayout/cellAddress';
import { LEDGER_COLUMNS, type LedgerColumnKey } from '../ledgerLayout/ledgerColumns';
import { HISTORY_SHEET, LEDGER_SHEET, SUMMARY_SHEET } from '../ledgerLayout/workbookNames';

export const COPY_LEDGER_SHEET = LEDGER_SHEET;
export const COPY_HISTORY_SHEET = HISTORY_SHEET;
export const COPY_SUMMARY_SHEET = SUMMARY_SHEET;

/** The defined name of the as-of cell (汇总!B2) that the copy's formulas read. */
export const AS_OF_NAME = '截至日期';

/** Helper columns the copy carries for native formulas, after the ledger's; computed by the model at export. */
export const HELPER_COLUMNS = [
  { key: 'sectionNo', header: '辅助·板块号', width: 8 },
  { key: 'lead', header: '辅助·牵头（规范名）', width: 24 },
  { key: 'support', header: '辅助·配合（规范名）', width: 24 },
  { key: 'joint', header: '辅助·共同负责（规范名）', width: 24 },
] as const;

export type HelperKey = (typeof HELPER_COLUMNS)[number]['key'];

/** 0-based column of a ledger column in the copy. */
export function ledgerCol(key: LedgerColumnKey): number {
  return LEDGER_COLUMNS.findIndex((c) => c.key === key);
}

/** 0-based column of a helper column in the copy. */
export function helperCol(key: HelperKey): number {
  return LEDGER_COLUMNS.length + HELPER_COLUMNS.findIndex((c) => c.key === key);
}

export const LEDGER_HEADER_ROW = 1;
export const LEDGER_FIRST_ROW = 2;

/** The sheet-qualified absolute range of one copy column over the ledger's rows (at least one row, so formulas stay valid). */
export function columnRange(col: number, taskCount: number): string {
  const letter = columnLetter(col);
  const last = LEDGER_FIRST_ROW + Math.max(taskCount, 1) - 1;
  return `'${COPY_LEDGER_SHEET}'!$${letter}$${LEDGER_FIRST_ROW}:$${letter}$${last}`;
}

/** The 汇总 sheet's fixed rows (1-based). */
export const SUMMARY_ROWS = {
  title: 1,
  asOf: 2,
  warnDays: 3,
  notice: 4,
  noticeAtExport: 5,
  note: 6,
  rule: 7,
  sectionHeader: 8,
} as const;
export const AS_OF_CELL = `B${SUMMARY_ROWS.asOf}`;
export const WARN_DAYS_CELL = `B${SUMMARY_ROWS.warnDays}`;
/** The warning rule's colours (预警配色) and whether 滞后 counts (滞后计入预警), on the row above the section table. */
export const WARN_PRESET_CELL = `B${SUMMARY_ROWS.rule}`;
export const LAGGING_COUNTS_CELL = `D${SUMMARY_ROWS.rule}`;

export const SECTION_HEADERS = [
  '板块',
  '任务数',
  '已完成',
  '推进中',
  '滞后',
  '未启动',
  '逾期',
  '临期',
  '完成率',
] as const;
export const AGENCY_HEADERS = [
  '单位',
  '牵头',
  '配合',
  '共同负责',
  '合计',
  '牵头逾期',
  '牵头临期',
  '牵头已完成',
] as const;

/** Rows of the section table, the total row and the agency table for a copy with `sectionRows` section rows. */
export function summaryLayout(sectionRows: number): {
  firstSectionRow: number;
  totalRow: number;
  agencyHeaderRow: number;
  firstAgencyRow: number;
} {
  const firstSectionRow = SUMMARY_ROWS.sectionHeader + 1;
  const totalRow = firstSectionRow + sectionRows;
  const agencyHeaderRow = totalRow + 2;
  return { firstSectionRow, totalRow, agencyHeaderRow, firstAgencyRow: agencyHeaderRow + 1 };
}
