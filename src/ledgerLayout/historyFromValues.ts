/**
 * The `ProgressLog` table's values (header and body, as `Range.values` gives them) read into history entries;
 * columns found by header text, rows with an unreadable 序号, status or date skipped (as the Excel reader does).
 */
import { fromExcelSerial, normalizeStatus, type IsoDate } from '../model';
import { fromCellText } from './cellText';
import type { HistoryEntry } from './historyEntry';
import { HISTORY_COLUMNS } from './ledgerColumns';
import { taskNumber } from './ledgerRowsFromValues';

type HistoryKey = (typeof HISTORY_COLUMNS)[number]['key'];

/** A 填报日期 cell: an Excel serial or `YYYY-MM-DD` text; anything else is unreadable (null). */
function historyDate(value: unknown): IsoDate | null {
  if (typeof value === 'number') return fromExcelSerial(value);
  const text = fromCellText(value).trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
}

/**
 * Every readable entry, in table order.
 * @example historyFromValues(['记录时间', '序号', '原状态', '新状态', '进展情况', '填报日期', '填报人'], [['t', 3, '未启动', '推进中', '', 46355, '甲']])[0]?.no // 3
 */
export function historyFromValues(header: readonly unknown[], body: readonly (readonly unknown[])[]): HistoryEntry[] {
  const names = header.map((h) => fromCellText(h).trim());
  const at = Object.fromEntries(HISTORY_COLUMNS.map((c) => [c.key, names.indexOf(c.header)])) as Record<
    HistoryKey,
    number
  >;
  const entries: HistoryEntry[] = [];
  for (const cells of body) {
    const value = (key: HistoryKey): unknown => (at[key] < 0 ? '' : cells[at[key]]);
    const no = taskNumber(value('no'));
    const status = normalizeStatus(fromCellText(value('status')));
    const date = historyDate(value('date'));
    if (no === null || status === null || date === null) continue;
    entries.push({
      time: fromCellText(value('time')),
      no,
      previousStatus: normalizeStatus(fromCellText(value('previousStatus'))),
      status,
      note: fromCellText(value('note')),
      date,
      by: fromCellText(value('by')),
      agency: fromCellText(value('agency')),
      round: fromCellText(value('round')),
      answerId: fromCellText(value('answerId')),
    });
  }
  return entries;
}
