/**
 * Adds a reporting round to the `填报轮次` table (created on first use), or updates the row with the
 * same 轮次编号: name, due date, created. The 已报送单位 cell is left alone: only `applyReportPlan`
 * writes it, so saving a round never drops an answer recorded meanwhile.
 * Two syncs (read, write); three when the table is created (a lookup that fails, a probe, the write).
 * Co-authoring-safe: an existing round's row is found by its 轮次编号 in the batch that writes it (`rowWrites`), its
 * columns by id; a new round is appended below the table (`appendRows`: cells inserted, Excel expands the table).
 * @requirement ExcelApi 1.9 (`Range.find`, through `rowWrites`); ExcelApi 1.4 (`getItemOrNullObject`); ExcelApi 1.1 (tables)
 */
import type { Round } from '../reports';
import { ROUND_OWNED_COLUMNS, roundRowPlace } from '../ledgerLayout/roundRowPlace';
import { roundToSave } from '../ledgerLayout/roundToSave';
import { appendRows } from './appendRows';
import { toCellText } from '../ledgerLayout/cellText';
import { isItemNotFound } from './excelErrors';
import type { SaveRoundResult } from './port';
import type { SupportsSet } from './requirements';
import { queueRowWrites } from './rowWrites';
import { queueCreateRoundsTable } from './roundsTable';
import { ROUND_SHEET, ROUND_TABLE } from '../ledgerLayout/workbookNames';
import { excelErrorCode } from './workbookProblem';

/**
 * Saves `round`; a bad round or a name another round has is refused as data.
 * @example
 * await saveRound(context, { id: 'r-2026-11', name: '2026年11月', dueDate: '2026-11-25', createdAt: now }) // { ok: true }
 */
export async function saveRound(
  context: Excel.RequestContext,
  round: Round,
  options: { supports?: SupportsSet } = {},
): Promise<SaveRoundResult> {
  const checked = roundToSave(round);
  if (!checked.ok) return checked;
  const { cells } = checked;

  const table = context.workbook.tables.getItem(ROUND_TABLE);
  const header = table.getHeaderRowRange().load('values');
  const body = table.getDataBodyRange().load('values');
  const columns = table.columns.load('items/id');
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

  const place = roundRowPlace(header.values[0] ?? [], body.values as unknown[][], round.id, checked.name);
  if (!place.ok) return place;
  const { at, position } = place;
  const ids = columns.items.map((c) => c.id);
  const idOf = (i: number): number => ids[at[i] ?? -1] as number;
  const owned = Array.from({ length: ROUND_OWNED_COLUMNS }, (_, i) => ({
    id: idOf(i),
    format: '@',
    value: toCellText(cells[i] ?? ''),
  }));
  if (position >= 0) {
    // Found by its 轮次编号 when the write runs: a co-author's sort of the rounds meanwhile cannot misplace it.
    queueRowWrites(table, idOf(0), [{ key: round.id, cells: owned }]);
    try {
      await context.sync();
    } catch (error) {
      return {
        ok: false,
        code: 'invalid',
        problem: isItemNotFound(error)
          ? { code: 'rows-moving', params: { table: ROUND_TABLE, attempts: 1 } }
          : { code: 'write-refused', params: { table: ROUND_TABLE, reason: excelErrorCode(error) } },
      };
    }
    return { ok: true };
  }
  const appended = await appendRows(
    context,
    table,
    ids,
    1,
    owned.map((c) => ({ id: c.id, format: c.format, values: [c.value] })),
    { table: ROUND_TABLE, ...(options.supports ? { supports: options.supports } : {}) },
  );
  return appended.ok ? { ok: true } : { ok: false, code: 'invalid', problem: appended.problem };
}
