/**
 * The due-soon window as a workbook setting users can change without the add-in: the defined name
 * 预警天数 pointing at a cell on the small sheet 台账设置 (default 7), read by the 预警 formula.
 * @requirement ExcelApi 1.4 (`NamedItemCollection.add`, `getItemOrNullObject`)
 */
import { DEFAULT_WARN_DAYS, SETTINGS_SHEET, WARN_DAYS_NAME } from '../ledgerLayout/workbookNames';

/** Queues the probes `ensureWarnDays` needs; read them after the sync. */
export function probeWarnDays(context: Excel.RequestContext): { name: Excel.NamedItem; sheet: Excel.Worksheet } {
  const name = context.workbook.names.getItemOrNullObject(WARN_DAYS_NAME);
  name.load('name');
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  sheet.load('name');
  return { name, sheet };
}

/**
 * Queues creating the settings cell and the defined name when the name is missing; leaves a user's value alone otherwise.
 * Returns the 台账设置 sheet when it was just added (so later setup goes on it), else null.
 * @example
 * ensureWarnDays(context, probe) // after the probe's sync
 */
export function ensureWarnDays(context: Excel.RequestContext, probe: { name: Excel.NamedItem; sheet: Excel.Worksheet }): Excel.Worksheet | null {
  if (!probe.name.isNullObject) return null;
  const sheet = probe.sheet.isNullObject ? context.workbook.worksheets.add(SETTINGS_SHEET) : probe.sheet;
  const cells = sheet.getRange('A1:B2');
  cells.numberFormat = [['@', 'General'], ['@', '@']];
  cells.values = [
    [WARN_DAYS_NAME, DEFAULT_WARN_DAYS],
    ['说明', '任务台账“预警”列：截止日期前这么多天内显示“临期”（黄色）。改 B1 即可。'],
  ];
  sheet.getRange('A:A').format.columnWidth = 60;
  context.workbook.names.add(WARN_DAYS_NAME, sheet.getRange('B1'), '到期预警天数（任务台账“预警”列使用）');
  return probe.sheet.isNullObject ? sheet : null;
}
