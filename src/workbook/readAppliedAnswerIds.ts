/**
 * The 答复编号 of every answer already in `ProgressLog`: what `planApply` skips, so a returned file
 * imported twice changes nothing. No log (or an older log without the column), no ids.
 * @requirement ExcelApi 1.4 (settings); ExcelApi 1.1 (`TableCollection.getItem`, table ranges, `TableColumn.id`)
 */
import { fromCellText } from '../ledgerLayout/cellText';
import { queueReadColumnIds, storedColumnIds } from './columnIdentity';
import { isItemNotFound } from './excelErrors';
import { logLayout, queueLogProbe, readLogColumns } from './progressLogTable';
import { HISTORY_TABLE } from '../ledgerLayout/workbookNames';

/**
 * Reads the applied answer ids: the 答复编号 column found by its stored id (so a renamed header is still it), read in
 * chunks under the 5 MB response limit. Two syncs (probe, column) up to ~10,000 entries, one more per chunk after.
 * @example
 * planApply(results, rows, await readAppliedAnswerIds(context), { receivedOn })
 */
export async function readAppliedAnswerIds(context: Excel.RequestContext, budget?: number): Promise<Set<string>> {
  const table = context.workbook.tables.getItem(HISTORY_TABLE);
  const probe = queueLogProbe(table);
  const setting = queueReadColumnIds(context);
  const sheet = table.worksheet;
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) return new Set();
    throw error;
  }
  const layout = logLayout(probe, storedColumnIds(setting)[HISTORY_TABLE]);
  const ids = new Set<string>();
  if (layout.at('answerId') < 0) return ids;
  const [cells = []] = await readLogColumns(context, sheet, layout.box, [layout.at('answerId')], budget);
  for (const cell of cells) {
    const id = fromCellText(cell).trim();
    if (id !== '') ids.add(id);
  }
  return ids;
}
