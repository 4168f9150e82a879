/**
 * Creates the `AgencyAliases` table (写法, 规范名称) on 台账设置 when the workbook has none, so
 * coordinators have a place to add their own aliases and the `TASKS.*` formulas can name it.
 * @requirement ExcelApi 1.4 (`getItemOrNullObject`); ExcelApi 1.1 (`Worksheet.tables.add`, ranges)
 */
import {
  ALIAS_HEADERS,
  ALIAS_LABEL,
  ALIAS_LABEL_CELL,
  ALIAS_TABLE,
  ALIAS_TABLE_ADDRESS,
  SETTINGS_SHEET,
} from '../ledgerLayout/workbookNames';

/**
 * Queues creating the table (header row and one empty row, all text) unless it exists; returns whether it queued it.
 * `probe.sheet` is a loaded `getItemOrNullObject(台账设置)`; `created` is that sheet when the caller just queued adding it.
 * @example
 * ensureAgencyAliases(context, { exists: !probe.table.isNullObject, sheet: probe.sheet }) // after the probe's sync
 */
export function ensureAgencyAliases(
  context: Excel.RequestContext,
  probe: { exists: boolean; sheet: Excel.Worksheet },
  created: Excel.Worksheet | null = null,
): boolean {
  if (probe.exists) return false;
  const sheet = created ?? (probe.sheet.isNullObject ? context.workbook.worksheets.add(SETTINGS_SHEET) : probe.sheet);
  const label = sheet.getRange(ALIAS_LABEL_CELL);
  label.numberFormat = [['@']];
  label.values = [[`${ALIAS_LABEL}（写法 → 规范名称；筛选、计数和 TASKS 公式按规范名称合并）`]];
  label.format.font.bold = true;
  const cells = sheet.getRange(ALIAS_TABLE_ADDRESS);
  cells.numberFormat = [
    ['@', '@'],
    ['@', '@'],
  ];
  cells.values = [[...ALIAS_HEADERS], ['', '']];
  const table = sheet.tables.add(ALIAS_TABLE_ADDRESS, true);
  table.name = ALIAS_TABLE;
  sheet.getRange('E:F').format.columnWidth = 160;
  return true;
}
