/**
 * Opens the `ProgressLog` history table for reading, in one sync: its layout (columns by identity) and sheet, or null
 * when the workbook has no log yet. Shared by `readHistory` and `readAllHistory`.
 * @requirement ExcelApi 1.4 (settings); ExcelApi 1.1 (`TableCollection.getItem`, table ranges, `TableColumn.id`)
 */
import { fromExcelSerial, type IsoDate } from '../model';
import { fromCellText } from '../ledgerLayout/cellText';
import { queueReadColumnIds, storedColumnIds } from './columnIdentity';
import { isItemNotFound } from './excelErrors';
import { logLayout, queueLogProbe, type LogLayout } from './progressLogTable';
import { HISTORY_TABLE } from '../ledgerLayout/workbookNames';

export interface OpenProgressLog {
  layout: LogLayout;
  sheet: Excel.Worksheet;
}

/**
 * The log's layout and sheet, or null without a log.
 * @example
 * const log = await openProgressLog(context); if (!log) return [];
 */
export async function openProgressLog(context: Excel.RequestContext): Promise<OpenProgressLog | null> {
  const table = context.workbook.tables.getItem(HISTORY_TABLE);
  const probe = queueLogProbe(table);
  const setting = queueReadColumnIds(context);
  const sheet = table.worksheet;
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) return null;
    throw error;
  }
  return { layout: logLayout(probe, storedColumnIds(setting)[HISTORY_TABLE]), sheet };
}

/** A 填报日期 cell: an Excel serial or `YYYY-MM-DD` text; anything else is unreadable (null). */
export function historyDate(value: unknown): IsoDate | null {
  if (typeof value === 'number') return fromExcelSerial(value);
  const text = fromCellText(value).trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
}
