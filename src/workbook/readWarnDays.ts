/**
 * The due-soon window the workbook itself uses (台账设置!B1, the cell the defined name 预警天数 points at), read
 * beside the `AgencyAliases` table that lives on the same sheet, so the pane's default follows the sheet's 预警 column.
 * Read through the alias table (`getItem`, already known to exist in that sync) rather than the name: a chain from a
 * `getItemOrNullObject` would be a null object's child, which Office.js does not promise to resolve.
 * @requirement ExcelApi 1.2 (`Table.worksheet`); ExcelApi 1.1 (ranges)
 */
import { fromCellText } from '../ledgerLayout/cellText';
import { ALIAS_TABLE, WARN_DAYS_CELLS, WARN_DAYS_NAME } from '../ledgerLayout/workbookNames';

/**
 * The window from the label and value cells (A1:B1): a whole number of days 0–365 under the label 预警天数, else null.
 * @example
 * warnDaysFromCells([['预警天数', 10]]) // 10
 */
export function warnDaysFromCells(values: readonly (readonly unknown[])[]): number | null {
  const [label, value] = values[0] ?? [];
  if (fromCellText(label).trim() !== WARN_DAYS_NAME) return null;
  const days = typeof value === 'number' ? value : Number(fromCellText(value).trim() || Number.NaN);
  return Number.isInteger(days) && days >= 0 && days <= 365 ? days : null;
}

/**
 * Queues reading the window; call the returned function after the sync (which fails with `ItemNotFound` without the alias table, like `queueReadAgencyAliases`).
 * @example
 * const warnDays = queueReadWarnDays(context); await context.sync(); warnDays() // 7
 */
export function queueReadWarnDays(context: Excel.RequestContext): () => number | null {
  const cells = context.workbook.tables.getItem(ALIAS_TABLE).worksheet.getRange(WARN_DAYS_CELLS).load('values');
  return () => warnDaysFromCells(cells.values as unknown[][]);
}
