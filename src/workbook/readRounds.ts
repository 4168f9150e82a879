/**
 * Reads the reporting rounds from the `填报轮次` table, in table order. One sync; no table, no rounds.
 * @requirement ExcelApi 1.1 (`TableCollection.getItem`, table ranges)
 */
import { isItemNotFound } from './excelErrors';
import { roundsFromValues, type RoundsSnapshot } from '../ledgerLayout/roundsFromValues';
import { ROUND_TABLE } from '../ledgerLayout/workbookNames';

/**
 * The rounds with their answered agencies; hand-broken rows as issues.
 * @example
 * (await readRounds(context)).rounds.map((r) => r.round.name) // ['2026年10月', '2026年11月']
 */
export async function readRounds(context: Excel.RequestContext): Promise<RoundsSnapshot> {
  const table = context.workbook.tables.getItem(ROUND_TABLE);
  const header = table.getHeaderRowRange().load('values');
  const body = table.getDataBodyRange().load('values');
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) return { rounds: [], issues: [] };
    throw error;
  }
  return roundsFromValues(header.values[0] ?? [], body.values);
}
