/**
 * Reads one task's entries from the `ProgressLog` history table, oldest first; columns by identity (a renamed or
 * moved header is still its column). Three syncs up to ~100,000 entries (probe, the 序号 column in chunks under
 * 5 MB, the task's rows); no table, no entries.
 * @requirement ExcelApi 1.4 (settings); ExcelApi 1.1 (`TableCollection.getItem`, table ranges, `TableColumn.id`)
 */
import { normalizeStatus } from '../model';
import { fromCellText } from '../ledgerLayout/cellText';
import { boxAddress } from '../ledgerLayout/cellAddress';
import { historyDate, openProgressLog } from './openProgressLog';
import { readLogColumns, type LogLayout } from './progressLogTable';
import { taskNumber } from '../ledgerLayout/ledgerRowsFromValues';
import type { HistoryEntry } from './port';

/**
 * The history entries of task `no` (rows with an unreadable status or date are skipped).
 * @example
 * (await readHistory(context, 9)).map((e) => e.status)
 */
export async function readHistory(context: Excel.RequestContext, no: number, budget?: number): Promise<HistoryEntry[]> {
  const log = await openProgressLog(context);
  if (!log) return [];
  const { layout, sheet } = log;
  const at = (key: Parameters<LogLayout['at']>[0]): number => layout.at(key);
  // The 序号 column first (in chunks under the response limit), then only this task's rows, in one more sync.
  const [nos = []] = await readLogColumns(context, sheet, layout.box, [at('no')], budget);
  const positions = nos.flatMap((cell, position) => (taskNumber(cell) === no ? [position] : []));
  if (positions.length === 0) return [];
  const { box } = layout;
  const ranges = positions.map((p) =>
    sheet.getRange(boxAddress(box.row + 1 + p, box.col, 1, box.colCount)).load('values'),
  );
  await context.sync();
  const entries: HistoryEntry[] = [];
  for (const range of ranges) {
    const cells = (range.values[0] ?? []) as unknown[];
    const status = normalizeStatus(fromCellText(cells[at('status')]));
    const date = historyDate(cells[at('date')]);
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
