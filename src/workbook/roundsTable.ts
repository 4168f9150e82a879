/**
 * The `填报轮次` table (`ReportRounds` on the sheet 填报轮次): its cells read into rounds with their
 * answered agencies (`roundFromRow`), and its creation on first use. Columns are found by header.
 * @requirement ExcelApi 1.7 (`freezePanes`); ExcelApi 1.1 (tables, ranges)
 */
import { roundFromRow, ROUND_TABLE_HEADERS } from '../reports/roundTable';
import { columnLetter } from './cellAddress';
import { fromCellText, toCellText } from './cellText';
import type { RoundsSnapshot } from './port';
import { ROUND_SHEET, ROUND_TABLE } from './workbookNames';

/** Column widths in points, in `ROUND_TABLE_HEADERS` order. */
const WIDTHS = [150, 90, 72, 130, 320];

export type RoundCell = string | number | boolean | null;

/** Where each header of `ROUND_TABLE_HEADERS` is in a header row (-1 when missing). */
export function roundColumnIndex(header: readonly unknown[]): number[] {
  const names = header.map((h) => fromCellText(h).trim());
  return ROUND_TABLE_HEADERS.map((h) => names.indexOf(h));
}

/**
 * The rounds of a `填报轮次` table's values; unreadable rows come back as issues.
 * @example
 * roundsFromValues(['轮次编号', '轮次名称', '截止日期', '创建时间', '已报送单位'], [['r-1', '2026年11月', 46351, 't', '']]).rounds[0]?.round.dueDate // '2026-11-25'
 */
export function roundsFromValues(header: readonly unknown[], body: readonly (readonly unknown[])[]): RoundsSnapshot {
  const at = roundColumnIndex(header);
  const snapshot: RoundsSnapshot = { rounds: [], issues: [] };
  for (const cells of body) {
    const row = at.map((i): RoundCell => {
      const v = i < 0 ? '' : cells[i];
      return typeof v === 'number' || typeof v === 'boolean' ? v : fromCellText(v);
    });
    // A row left blank (a table's placeholder row, or one a user cleared) is not a round.
    if (row.every((c) => c === '')) continue;
    const read = roundFromRow(row);
    if (read.ok) snapshot.rounds.push({ round: read.round, answered: read.answered });
    else snapshot.issues.push({ code: read.code, message: read.message });
  }
  return snapshot;
}

/** Queues creating the table with its first row (cells in `ROUND_TABLE_HEADERS` order), on 填报轮次 (or `填报轮次（新）` when that sheet exists). */
export function queueCreateRoundsTable(context: Excel.RequestContext, sheetExists: boolean, first: readonly string[]): void {
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
