/**
 * Clears every filter on `TaskLedger` (the table's AutoFilter), showing all rows. One sync; no ledger, nothing to do.
 * @requirement ExcelApi 1.4 (`getItemOrNullObject`); ExcelApi 1.2 (`Table.clearFilters`)
 */
import { LEDGER_TABLE } from '../ledgerLayout/workbookNames';

/**
 * Shows every row of the ledger again.
 * @example
 * await clearFilter(context)
 */
export async function clearFilter(context: Excel.RequestContext): Promise<void> {
  const table = context.workbook.tables.getItemOrNullObject(LEDGER_TABLE);
  table.load('name');
  await context.sync();
  if (table.isNullObject) return;
  table.clearFilters();
  await context.sync();
}
