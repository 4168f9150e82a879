/**
 * The 答复编号 of every answer already in `ProgressLog`: what `planApply` skips, so a returned file
 * imported twice changes nothing. One sync; no log (or an older log without the column), no ids.
 * @requirement ExcelApi 1.1 (`TableCollection.getItem`, table ranges)
 */
import { fromCellText } from './cellText';
import { isItemNotFound } from './excelErrors';
import { HISTORY_COLUMNS } from './ledgerColumns';
import { HISTORY_TABLE } from './workbookNames';

const ANSWER_ID_HEADER = HISTORY_COLUMNS.find((c) => c.key === 'answerId')?.header ?? '答复编号';

/**
 * The non-empty 答复编号 cells of a log's values.
 * @example
 * answerIdsFromValues(['序号', '答复编号'], [[3, 'a1'], [4, '']]) // Set { 'a1' }
 */
export function answerIdsFromValues(header: readonly unknown[], body: readonly (readonly unknown[])[]): Set<string> {
  const at = header.map((h) => fromCellText(h).trim()).indexOf(ANSWER_ID_HEADER);
  const ids = new Set<string>();
  if (at < 0) return ids;
  for (const cells of body) {
    const id = fromCellText(cells[at]).trim();
    if (id !== '') ids.add(id);
  }
  return ids;
}

/**
 * Reads the applied answer ids.
 * @example
 * planApply(results, rows, await readAppliedAnswerIds(context), { receivedOn })
 */
export async function readAppliedAnswerIds(context: Excel.RequestContext): Promise<Set<string>> {
  const table = context.workbook.tables.getItem(HISTORY_TABLE);
  const header = table.getHeaderRowRange().load('values');
  const body = table.getDataBodyRange().load('values');
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) return new Set();
    throw error;
  }
  return answerIdsFromValues(header.values[0] ?? [], body.values);
}
