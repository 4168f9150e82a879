/**
 * Adds a reporting round to the `填报轮次` table (created on first use), or updates the row with the
 * same 轮次编号: name, due date, created. The 已报送单位 cell is left alone: only `applyReportPlan`
 * writes it, so saving a round never drops an answer recorded meanwhile.
 * Two syncs (read, write); three when the table is created (a lookup that fails, a probe, the write).
 * A new round goes below the table, which is then resized over it (refused when the row below is taken).
 * @requirement ExcelApi 1.13 (`Table.resize`, through `appendRows`); ExcelApi 1.4 (`getItemOrNullObject`); ExcelApi 1.1 (tables, `Range.getCell`)
 */
import { isValidIsoDate } from '../model';
import type { Round } from '../reports';
import { roundToRow, ROUND_TABLE_HEADERS } from '../reports/roundTable';
import { appendRows, probeRowsBelow, queueTableRange, rowsBelowTakenMessage, tableBox } from './appendRows';
import { fromCellText, toCellText } from './cellText';
import { isItemNotFound } from './excelErrors';
import type { SaveRoundResult } from './port';
import { queueCreateRoundsTable, roundColumnIndex } from './roundsTable';
import { ROUND_SHEET, ROUND_TABLE } from './workbookNames';

/** The cells `saveRound` owns: 轮次编号, 轮次名称, 截止日期, 创建时间 (not 已报送单位). */
const OWNED = 4;

/**
 * Saves `round`; a bad round or a name another round has is refused as data.
 * @example
 * await saveRound(context, { id: 'r-2026-11', name: '2026年11月', dueDate: '2026-11-25', createdAt: now }) // { ok: true }
 */
export async function saveRound(context: Excel.RequestContext, round: Round): Promise<SaveRoundResult> {
  const name = round.name.trim();
  if (round.id.trim() === '' || name === '') return { ok: false, code: 'invalid', message: '填报轮次需要编号和名称。' };
  if (!isValidIsoDate(round.dueDate)) return { ok: false, code: 'invalid', message: `截止日期“${round.dueDate}”无效，应为 YYYY-MM-DD。` };
  const cells = roundToRow({ ...round, name }, new Map());

  const table = context.workbook.tables.getItem(ROUND_TABLE);
  const header = table.getHeaderRowRange().load('values');
  const body = table.getDataBodyRange().load('values');
  const range = queueTableRange(table);
  const below = probeRowsBelow(table, 1);
  try {
    await context.sync();
  } catch (error) {
    if (!isItemNotFound(error)) throw error;
    const sheet = context.workbook.worksheets.getItemOrNullObject(ROUND_SHEET);
    sheet.load('name');
    await context.sync();
    queueCreateRoundsTable(context, !sheet.isNullObject, cells);
    await context.sync();
    return { ok: true };
  }

  const at = roundColumnIndex(header.values[0] ?? []);
  const missing = ROUND_TABLE_HEADERS.slice(0, OWNED).find((_, i) => (at[i] ?? -1) < 0);
  if (missing !== undefined) return { ok: false, code: 'invalid', message: `填报轮次表缺少“${missing}”列，无法保存。` };
  const idAt = at[0] ?? -1;
  const nameAt = at[1] ?? -1;
  const rows = body.values as unknown[][];
  const position = rows.findIndex((r) => fromCellText(r[idAt]).trim() === round.id);
  const clash = rows.find((r, i) => i !== position && fromCellText(r[nameAt]).trim() === name);
  if (clash !== undefined) return { ok: false, code: 'duplicate-name', message: `已有名为“${name}”的填报轮次。` };

  // A new table's placeholder row is blank: the first round goes there rather than below it.
  const blank = rows.findIndex((r) => r.every((c) => fromCellText(c).trim() === ''));
  const target = position >= 0 ? position : blank;
  if (target >= 0) {
    at.slice(0, OWNED).forEach((col, i) => {
      const cell = body.getCell(target, col);
      cell.numberFormat = [['@']];
      cell.values = [[toCellText(cells[i] ?? '')]];
    });
  } else {
    if (!below.isNullObject) return { ok: false, code: 'invalid', message: rowsBelowTakenMessage('填报轮次表', below) };
    const width = (header.values[0] ?? []).length;
    const inRow = (value: (i: number) => string): (string | null)[] =>
      Array.from({ length: width }, (_, c) => {
        const i = at.indexOf(c);
        return i < 0 ? null : value(i);
      });
    // Below the table, then the table resized over it: no `TableRowCollection.add` (see `appendRows`).
    await appendRows(context, table, table.worksheet, tableBox(range), 1, { numberFormat: [inRow(() => '@')], values: [inRow((i) => toCellText(cells[i] ?? ''))] }, { bytes: 0 });
  }
  await context.sync();
  return { ok: true };
}
