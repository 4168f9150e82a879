/**
 * Reads every entry of the `ProgressLog` history table, in table order (the ledger copy carries the whole log).
 * Columns by identity (see `columnIdentity`), read in chunks under the 5 MB response limit; no table, no entries. Rows with an unreadable status or date are skipped, as `readHistory` does.
 * @requirement ExcelApi 1.4 (settings); ExcelApi 1.1 (`TableCollection.getItem`, table ranges, `TableColumn.id`)
 */
import { fromExcelSerial, normalizeStatus, type IsoDate } from '../model';
import { fromCellText } from './cellText';
import { queueReadColumnIds, storedColumnIds } from './columnIdentity';
import { isItemNotFound } from './excelErrors';
import { HISTORY_COLUMNS } from './ledgerColumns';
import { taskNumber } from './ledgerRowsFromValues';
import type { HistoryEntry } from './port';
import { logLayout, queueLogProbe, readLogColumns } from './progressLogTable';
import { HISTORY_TABLE } from './workbookNames';

type HistoryKey = (typeof HISTORY_COLUMNS)[number]['key'];

function isoDate(value: unknown): IsoDate | null {
  if (typeof value === 'number') return fromExcelSerial(value);
  const text = fromCellText(value).trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
}

/**
 * Every history entry of the workbook.
 * @example
 * (await readAllHistory(context)).length
 */
export async function readAllHistory(context: Excel.RequestContext, budget?: number): Promise<HistoryEntry[]> {
  const table = context.workbook.tables.getItem(HISTORY_TABLE);
  const probe = queueLogProbe(table);
  const setting = queueReadColumnIds(context);
  const sheet = table.worksheet;
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) return [];
    throw error;
  }
  const layout = logLayout(probe, storedColumnIds(setting)[HISTORY_TABLE]);
  const keys = HISTORY_COLUMNS.map((c) => c.key);
  // Column by column and in row chunks: each response stays under the 5 MB limit, whatever the log's length.
  const columns = await readLogColumns(context, sheet, layout.box, keys.map((k) => layout.at(k)), budget);
  const value = (key: HistoryKey, row: number): unknown => columns[keys.indexOf(key)]?.[row];
  const entries: HistoryEntry[] = [];
  for (let row = 0; row < layout.box.rowCount - 1; row += 1) {
    const no = taskNumber(value('no', row));
    const status = normalizeStatus(fromCellText(value('status', row)));
    const date = isoDate(value('date', row));
    if (no === null || status === null || date === null) continue;
    entries.push({
      time: fromCellText(value('time', row)),
      no,
      previousStatus: normalizeStatus(fromCellText(value('previousStatus', row))),
      status,
      note: fromCellText(value('note', row)),
      date,
      by: fromCellText(value('by', row)),
      // Empty for status entries and in an older log without these columns.
      agency: fromCellText(value('agency', row)),
      round: fromCellText(value('round', row)),
      answerId: fromCellText(value('answerId', row)),
    });
  }
  return entries;
}
