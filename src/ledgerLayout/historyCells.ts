/**
 * One history entry as the cells of the `ProgressLog` table (进展记录): in a new log's column order, or laid out
 * by an existing log's header, and the columns an older (seven-column) log lacks.
 */
import { toExcelSerial, type IsoDate, type StatusUpdate } from '../model';
import { fromCellText, toCellText } from './cellText';
import { HISTORY_COLUMNS, NUMBER_FORMATS } from './ledgerColumns';

export type HistoryColumnKey = (typeof HISTORY_COLUMNS)[number]['key'];

/** One entry's cell inputs by column key: text, or a number (序号, the 填报日期 serial). */
export type HistoryCells = Readonly<Record<HistoryColumnKey, string | number>>;

/** The cell input for one value: numbers as they are, text quote-prefixed when Excel would read it as a formula. */
export function historyInput(value: string | number): string | number {
  return typeof value === 'number' ? value : toCellText(value);
}

/**
 * One entry as a row of inputs and number formats in `HISTORY_COLUMNS` order (a new log's order).
 * @example
 * historyRow({ time: 't', no: 9, previousStatus: '未启动', status: '推进中', note: '', date: 46355, by: '甲', agency: '', round: '', answerId: '' }).values[1] // 9
 */
export function historyRow(cells: HistoryCells): { values: (string | number)[]; formats: string[] } {
  return {
    values: HISTORY_COLUMNS.map((c) => historyInput(cells[c.key])),
    formats: HISTORY_COLUMNS.map((c) => NUMBER_FORMATS[c.format]),
  };
}

/**
 * Entries as rows laid out by an existing log's header (columns found by header text): unknown columns get `null`, which Excel leaves as is.
 * @example
 * historyRowsFor(['序号', '备注'], [cells]).values // [[9, null]]
 */
export function historyRowsFor(
  header: readonly unknown[],
  entries: readonly HistoryCells[],
): { values: (string | number | null)[][]; formats: (string | null)[][] } {
  const columns = header.map((h) => HISTORY_COLUMNS.find((c) => c.header === fromCellText(h).trim()));
  return {
    values: entries.map((e) => columns.map((c) => (c ? historyInput(e[c.key]) : null))),
    formats: entries.map(() => columns.map((c) => (c ? NUMBER_FORMATS[c.format] : null))),
  };
}

/**
 * The headers of the current columns a log lacks (an older log has the first seven), in `HISTORY_COLUMNS` order.
 * @example
 * missingHistoryHeaders(['记录时间', '序号', '原状态', '新状态', '进展情况', '填报日期', '填报人']) // ['填报单位', '填报轮次', '答复编号']
 */
export function missingHistoryHeaders(header: readonly unknown[]): string[] {
  const present = new Set(header.map((h) => fromCellText(h).trim()));
  return HISTORY_COLUMNS.map((c) => c.header).filter((h) => !present.has(h));
}

/**
 * The log cells of a status entry written by hand at `now` (ISO 8601): the report columns stay empty.
 * @example statusHistoryCells(9, '未启动', { status: '推进中', note: '已起草', date: '2026-11-29', by: '张三' }, now).date // 46355
 */
export function statusHistoryCells(no: number, previousStatus: string, entry: StatusUpdate, now: string): HistoryCells {
  return {
    time: now,
    no,
    previousStatus,
    status: entry.status,
    note: entry.note,
    date: toExcelSerial(entry.date),
    by: entry.by,
    agency: '',
    round: '',
    answerId: '',
  };
}

/** What the log keeps of a returned report's answer (a `ReportHistoryEntry` of `planApply`). */
export interface LoggedAnswer {
  no: number;
  previousStatus: string;
  status: string;
  note: string;
  date: IsoDate;
  by: string;
  agency: string;
  roundName: string;
  answerId: string;
}

/**
 * The log cells of an answer applied at `now` (ISO 8601), with its 填报单位, 填报轮次 and 答复编号.
 * @example answerHistoryCells(answer, now).round // '2026年11月'
 */
export function answerHistoryCells(answer: LoggedAnswer, now: string): HistoryCells {
  return {
    time: now,
    no: answer.no,
    previousStatus: answer.previousStatus,
    status: answer.status,
    note: answer.note,
    date: toExcelSerial(answer.date),
    by: answer.by,
    agency: answer.agency,
    round: answer.roundName,
    answerId: answer.answerId,
  };
}
