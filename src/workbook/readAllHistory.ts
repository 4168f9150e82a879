/**
 * Reads every entry of the `ProgressLog` history table, in table order (the ledger copy carries the whole log).
 * One sync; no table, no entries. Rows with an unreadable status or date are skipped, as `readHistory` does.
 * @requirement ExcelApi 1.1 (`TableCollection.getItem`, table ranges)
 */
import { fromExcelSerial, normalizeStatus, type IsoDate } from '../model';
import { fromCellText } from './cellText';
import { isItemNotFound } from './excelErrors';
import { HISTORY_COLUMNS } from './ledgerColumns';
import { taskNumber } from './ledgerRowsFromValues';
import type { HistoryEntry } from './port';
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
export async function readAllHistory(context: Excel.RequestContext): Promise<HistoryEntry[]> {
  const table = context.workbook.tables.getItem(HISTORY_TABLE);
  const header = table.getHeaderRowRange().load('values');
  const body = table.getDataBodyRange().load('values');
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) return [];
    throw error;
  }
  const names = (header.values[0] ?? []).map((h) => fromCellText(h).trim());
  const at = (key: HistoryKey): number => names.indexOf(HISTORY_COLUMNS.find((c) => c.key === key)?.header ?? '');
  const entries: HistoryEntry[] = [];
  for (const cells of body.values) {
    const no = taskNumber(cells[at('no')]);
    const status = normalizeStatus(fromCellText(cells[at('status')]));
    const date = isoDate(cells[at('date')]);
    if (no === null || status === null || date === null) continue;
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
