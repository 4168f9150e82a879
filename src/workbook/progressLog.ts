/**
 * The `ProgressLog` history table on 进展记录: its cells for one entry, its creation on first use,
 * and the columns an older (seven-column) log lacks. Status entries and applied reports both append here.
 * @requirement ExcelApi 1.7 (`freezePanes`); ExcelApi 1.4 (`TableColumnCollection.add` with a name); ExcelApi 1.1 (tables, ranges)
 */
import type { AppendColumn } from './appendRows';
import { columnLetter } from './cellAddress';
import { fromCellText, toCellText } from './cellText';
import { HISTORY_COLUMNS, NUMBER_FORMATS } from './ledgerColumns';
import { HISTORY_SHEET, HISTORY_TABLE } from './workbookNames';

export type HistoryColumnKey = (typeof HISTORY_COLUMNS)[number]['key'];

/** One entry's cell inputs by column key: text, or a number (序号, the 填报日期 serial). */
export type HistoryCells = Readonly<Record<HistoryColumnKey, string | number>>;

/** The cell input for one value: numbers as they are, text quote-prefixed when Excel would read it as a formula. */
function input(value: string | number): string | number {
  return typeof value === 'number' ? value : toCellText(value);
}

/**
 * One entry as a row of inputs and number formats in `HISTORY_COLUMNS` order (a new log's order).
 * @example
 * historyRow({ time: 't', no: 9, previousStatus: '未启动', status: '推进中', note: '', date: 46355, by: '甲', agency: '', round: '', answerId: '' }).values[1] // 9
 */
export function historyRow(cells: HistoryCells): { values: (string | number)[]; formats: string[] } {
  return {
    values: HISTORY_COLUMNS.map((c) => input(cells[c.key])),
    formats: HISTORY_COLUMNS.map((c) => NUMBER_FORMATS[c.format]),
  };
}

/**
 * Entries as rows laid out by an existing log's header (columns found by header text): unknown columns get `null`, which Excel leaves as is.
 * @example
 * historyRowsFor(['序号', '备注'], [cells]).values // [[9, null]]
 */
export function historyRowsFor(header: readonly unknown[], entries: readonly HistoryCells[]): { values: (string | number | null)[][]; formats: (string | null)[][] } {
  const columns = header.map((h) => HISTORY_COLUMNS.find((c) => c.header === fromCellText(h).trim()));
  return {
    values: entries.map((e) => columns.map((c) => (c ? input(e[c.key]) : null))),
    formats: entries.map(() => columns.map((c) => (c ? NUMBER_FORMATS[c.format] : null))),
  };
}

/**
 * Entries as the columns of an existing log, by the ids of its columns found by identity (a column the log lacks is left out).
 * @example
 * historyColumnsFor({ no: 2, time: 1 }, [cells]).map((c) => c.id) // [1, 2]
 */
export function historyColumnsFor(ids: Readonly<Record<string, number>>, entries: readonly HistoryCells[]): AppendColumn[] {
  return HISTORY_COLUMNS.filter((c) => ids[c.key] !== undefined).map((c) => ({
    id: ids[c.key] as number,
    format: NUMBER_FORMATS[c.format],
    values: entries.map((e) => input(e[c.key])),
  }));
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
 * Queues creating `ProgressLog` with its first entries (at least one: a table needs a body row), on 进展记录
 * (or `进展记录（新）` when a sheet of that name exists without the table).
 */
export function queueCreateProgressLog(context: Excel.RequestContext, sheetExists: boolean, entries: readonly HistoryCells[]): void {
  const sheet = context.workbook.worksheets.add(sheetExists ? `${HISTORY_SHEET}（新）` : HISTORY_SHEET);
  const last = columnLetter(HISTORY_COLUMNS.length - 1);
  sheet.getRange(`A1:${last}1`).values = [HISTORY_COLUMNS.map((c) => c.header)];
  const rows = entries.map(historyRow);
  const body = sheet.getRange(`A2:${last}${entries.length + 1}`);
  // Formats before values: text such as `=x` must stay text.
  body.numberFormat = rows.map((r) => r.formats);
  body.values = rows.map((r) => r.values);
  const log = sheet.tables.add(`A1:${last}${entries.length + 1}`, true);
  log.name = HISTORY_TABLE;
  log.style = 'TableStyleLight9';
  HISTORY_COLUMNS.forEach((c, i) => {
    const letter = columnLetter(i);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = c.width;
  });
  sheet.freezePanes.freezeRows(1);
}
