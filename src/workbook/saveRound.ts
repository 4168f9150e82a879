/**
 * Adds a reporting round to the `填报轮次` table (created on first use), or updates the row with the
 * same 轮次编号: name, due date, created. The 已报送单位 cell is left alone: only `applyReportPlan`
 * writes it, so saving a round never drops an answer recorded meanwhile.
 * Two syncs (read, write); three when the table is created (a lookup that fails, a probe, the write).
 * Co-authoring-safe: an existing round's row is found by its 轮次编号 in the batch that writes it (`rowWrites`), its
 * columns by id; a new round is appended below the table (`appendRows`: cells inserted, Excel expands the table).
 * @requirement ExcelApi 1.9 (`Range.find`, through `rowWrites`); ExcelApi 1.4 (`getItemOrNullObject`); ExcelApi 1.1 (tables)
 */
import { isValidIsoDate } from '../model';
import type { Round } from '../reports';
import { roundToRow, ROUND_TABLE_HEADERS } from '../ledgerLayout/roundTable';
import { appendRows } from './appendRows';
import { fromCellText, toCellText } from '../ledgerLayout/cellText';
import { isItemNotFound } from './excelErrors';
import type { SaveRoundResult } from './port';
import type { SupportsSet } from './requirements';
import { queueRowWrites } from './rowWrites';
import { roundColumnIndex } from '../ledgerLayout/roundsFromValues';
import { queueCreateRoundsTable } from './roundsTable';
import { ROUND_SHEET, ROUND_TABLE } from '../ledgerLayout/workbookNames';
import { excelErrorCode } from './workbookProblem';

/** The cells `saveRound` owns: 轮次编号, 轮次名称, 截止日期, 创建时间 (not 已报送单位). */
const OWNED = 4;

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
  const name = round.name.trim();
  if (round.id.trim() === '' || name === '')
    return { ok: false, code: 'invalid', problem: { code: 'round-incomplete', params: {} } };
  if (!isValidIsoDate(round.dueDate))
    return {
      ok: false,
      code: 'invalid',
      problem: { code: 'round-due-date-invalid', params: { dueDate: round.dueDate } },
    };
  const cells = roundToRow({ ...round, name }, new Map());

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

  const at = roundColumnIndex(header.values[0] ?? []);
  const missing = ROUND_TABLE_HEADERS.slice(0, OWNED).find((_, i) => (at[i] ?? -1) < 0);
  if (missing !== undefined)
    return {
      ok: false,
      code: 'invalid',
      problem: { code: 'columns-missing', params: { table: ROUND_TABLE, columns: [missing], action: 'save-round' } },
    };
  const ids = columns.items.map((c) => c.id);
  const idOf = (i: number): number => ids[at[i] ?? -1] as number;
  const rows = body.values as unknown[][];
  const position = rows.findIndex((r) => fromCellText(r[at[0] ?? -1]).trim() === round.id);
  const clash = rows.find((r, i) => i !== position && fromCellText(r[at[1] ?? -1]).trim() === name);
  if (clash !== undefined)
    return { ok: false, code: 'duplicate-name', problem: { code: 'round-name-taken', params: { name } } };

  const owned = ROUND_TABLE_HEADERS.slice(0, OWNED).map((_, i) => ({
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
