/**
 * The `ProgressLog` history table on 进展记录: its creation on first use and its columns by id (its cells:
 * `ledgerLayout/historyCells`). Status entries and applied reports both append here.
 * @requirement ExcelApi 1.7 (`freezePanes`); ExcelApi 1.4 (`TableColumnCollection.add` with a name); ExcelApi 1.1 (tables, ranges)
 */
import type { AppendColumn } from './appendRows';
import { columnLetter } from '../ledgerLayout/cellAddress';
import { historyInput, historyRow, type HistoryCells } from '../ledgerLayout/historyCells';
import { HISTORY_COLUMNS, NUMBER_FORMATS } from '../ledgerLayout/ledgerColumns';
import { HISTORY_SHEET, HISTORY_TABLE } from '../ledgerLayout/workbookNames';

/**
 * Entries as the columns of an existing log, by the ids of its columns found by identity (a column the log lacks is left out).
 * @example
 * historyColumnsFor({ no: 2, time: 1 }, [cells]).map((c) => c.id) // [1, 2]
 */
export function historyColumnsFor(
  ids: Readonly<Record<string, number>>,
  entries: readonly HistoryCells[],
): AppendColumn[] {
  return HISTORY_COLUMNS.filter((c) => ids[c.key] !== undefined).map((c) => ({
    id: ids[c.key] as number,
    format: NUMBER_FORMATS[c.format],
    values: entries.map((e) => historyInput(e[c.key])),
  }));
}

/**
 * Queues creating `ProgressLog` with its first entries (at least one: a table needs a body row), on 进展记录
 * (or `进展记录（新）` when a sheet of that name exists without the table).
 */
export function queueCreateProgressLog(
  context: Excel.RequestContext,
  sheetExists: boolean,
  entries: readonly HistoryCells[],
): void {
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
