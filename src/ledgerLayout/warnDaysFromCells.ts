/**
 * The due-soon window the workbook itself uses (台账设置!B1, the cell the defined name 预警天数 points at), from its
 * label and value cells, so the pane's default follows the sheet's 预警 column. `readWarningRule` reads the cells in
 * Excel (through the alias table's sheet), `createFilePort` from the file.
 */
import { fromCellText } from './cellText';
import { WARN_DAYS_NAME } from './workbookNames';

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
