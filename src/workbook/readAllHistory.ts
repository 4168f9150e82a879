/**
 * Reads every entry of the `ProgressLog` history table, in table order (the ledger copy carries the whole log).
 * Columns by identity (see `columnIdentity`), read in chunks under the 5 MB response limit; no table, no entries. Rows with an unreadable status or date are skipped, as `readHistory` does.
 * @requirement ExcelApi 1.4 (settings); ExcelApi 1.1 (`TableCollection.getItem`, table ranges, `TableColumn.id`)
 */
import { normalizeStatus } from '../model';
import { fromCellText } from '../ledgerLayout/cellText';
import { HISTORY_COLUMNS } from '../ledgerLayout/ledgerColumns';
import { taskNumber } from '../ledgerLayout/ledgerRowsFromValues';
import { historyDate, openProgressLog } from './openProgressLog';
import type { HistoryEntry } from './port';
import { readLogColumns } from './progressLogTable';

type HistoryKey = (typeof HISTORY_COLUMNS)[number]['key'];

/**
 * Every history entry of the workbook.
 * @example
 * (await readAllHistory(context)).length
 */
export async function readAllHistory(context: Excel.RequestContext, budget?: number): Promise<HistoryEntry[]> {
  const log = await openProgressLog(context);
  if (!log) return [];
  const { layout, sheet } = log;
  const keys = HISTORY_COLUMNS.map((c) => c.key);
  // Column by column and in row chunks: each response stays under the 5 MB limit, whatever the log's length.
  const columns = await readLogColumns(
    context,
    sheet,
    layout.box,
    keys.map((k) => layout.at(k)),
    budget,
  );
  const value = (key: HistoryKey, row: number): unknown => columns[keys.indexOf(key)]?.[row];
  const entries: HistoryEntry[] = [];
  for (let row = 0; row < layout.box.rowCount - 1; row += 1) {
    const no = taskNumber(value('no', row));
    const status = normalizeStatus(fromCellText(value('status', row)));
    const date = historyDate(value('date', row));
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
