/**
 * The `填报轮次` table (`ReportRounds` on the sheet 填报轮次): its creation on first use (its cells read into
 * rounds: `ledgerLayout/roundsFromValues`).
 * @requirement ExcelApi 1.7 (`freezePanes`); ExcelApi 1.1 (tables, ranges)
 */
import { ROUND_TABLE_HEADERS } from '../ledgerLayout/roundTable';
import { columnLetter } from '../ledgerLayout/cellAddress';
import { toCellText } from '../ledgerLayout/cellText';
import { ROUND_SHEET, ROUND_TABLE } from '../ledgerLayout/workbookNames';

/** Column widths in points, in `ROUND_TABLE_HEADERS` order. */
const WIDTHS = [150, 90, 72, 130, 320];

/** Queues creating the table with its first row (cells in `ROUND_TABLE_HEADERS` order), on 填报轮次 (or `填报轮次（新）` when that sheet exists). */
export function queueCreateRoundsTable(
  context: Excel.RequestContext,
  sheetExists: boolean,
  first: readonly string[],
): void {
  const sheet = context.workbook.worksheets.add(sheetExists ? `${ROUND_SHEET}（新）` : ROUND_SHEET);
  const last = columnLetter(ROUND_TABLE_HEADERS.length - 1);
  sheet.getRange(`A1:${last}1`).values = [[...ROUND_TABLE_HEADERS]];
  const body = sheet.getRange(`A2:${last}2`);
  // All text: the due date stays `2026-11-25` as typed, the id never turns into a number.
  body.numberFormat = [ROUND_TABLE_HEADERS.map(() => '@')];
  body.values = [first.map(toCellText)];
  const table = sheet.tables.add(`A1:${last}2`, true);
  table.name = ROUND_TABLE;
  table.style = 'TableStyleLight9';
  WIDTHS.forEach((w, i) => {
    const letter = columnLetter(i);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = w;
  });
  sheet.freezePanes.freezeRows(1);
}
