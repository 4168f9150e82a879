/**
 * Reads one task's entries from the `ProgressLog` history table, oldest first; columns by identity (a renamed or
 * moved header is still its column). Three syncs up to ~100,000 entries (probe, the 序号 column in chunks under
 * 5 MB, the task's rows); no table, no entries.
 * @requirement ExcelApi 1.4 (settings); ExcelApi 1.1 (`TableCollection.getItem`, table ranges, `TableColumn.id`)
 */
import { fromExcelSerial, normalizeStatus, type IsoDate } from '../model';
import { fromCellText } from './cellText';
import { isItemNotFound } from './excelErrors';
import { boxAddress } from './cellAddress';
import { queueReadColumnIds, storedColumnIds } from './columnIdentity';
import { logLayout, queueLogProbe, readLogColumns, type LogLayout } from './progressLogTable';
import { taskNumber } from './ledgerRowsFromValues';
import type { HistoryEntry } from './port';
import { HISTORY_TABLE } from './workbookNames';

function isoDate(value: unknown): IsoDate | null {
  if (typeof value === 'number') return fromExcelSerial(value);
  const text = fromCellText(value).trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
}

/**
 * The history entries of task `no` (rows with an unreadable status or date are skipped).
 * @example
 * (await readHistory(context, 9)).map((e) => e.status)
 */
export async function readHistory(context: Excel.RequestContext, no: number, budget?: number): Promise<HistoryEntry[]> {
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
  const at = (key: Parameters<LogLayout['at']>[0]): number => layout.at(key);
  // The 序号 column first (in chunks under the response limit), then only this task's rows, in one more sync.
  const [nos = []] = await readLogColumns(context, sheet, layout.box, [at('no')], budget);
  const positions = nos.flatMap((cell, position) => (taskNumber(cell) === no ? [position] : []));
  if (positions.length === 0) return [];
  const { box } = layout;
  const ranges = positions.map((p) => sheet.getRange(boxAddress(box.row + 1 + p, box.col, 1, box.colCount)).load('values'));
  await context.sync();
  const entries: HistoryEntry[] = [];
  for (const range of ranges) {
    const cells = (range.values[0] ?? []) as unknown[];
    const status = normalizeStatus(fromCellText(cells[at('status')]));
    const date = isoDate(cells[at('date')]);
    if (status === null || date === null) continue;
    entries.push({
      time: fromCellText(cells[at('time')]),
      no,
      previousStatus: normalizeStatus(fromCellText(cells[at('previousStatus')])),
      status,
      note: fromCellText(cells[at('note')]),
      date,
      by: fromCellText(cells[at('by')]),
      // Empty for status entries and in an older log without these columns (cells[-1] is undefined).
      agency: fromCellText(cells[at('agency')]),
      round: fromCellText(cells[at('round')]),
      answerId: fromCellText(cells[at('answerId')]),
    });
  }
  return entries;
}
