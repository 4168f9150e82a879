/**
 * Queues reading the `TaskLedger` table (header, body values and where the body starts) for the
 * operations that need the rows; a missing table fails the sync with `ItemNotFound`.
 * @requirement ExcelApi 1.1 (`TableCollection.getItem`, `Table.getHeaderRowRange`, `getDataBodyRange`, `Range.rowIndex`)
 */
import type { AgencyAliases } from '../model';
import { ledgerRowsFromValues, type LedgerRowsResult } from './ledgerRowsFromValues';
import { LEDGER_TABLE } from './workbookNames';

export interface LedgerTableRead {
  table: Excel.Table;
  body: Excel.Range;
  /** Call after the sync: the header row's values. */
  header(): unknown[];
  /** Call after the sync: the typed rows, issues and column positions. */
  rows(options?: { aliases?: AgencyAliases }): LedgerRowsResult;
}

/**
 * Queues the loads; read the results after `context.sync()`.
 * @example
 * const read = queueReadLedgerTable(context); await context.sync(); read.rows().rows.length
 */
export function queueReadLedgerTable(context: Excel.RequestContext): LedgerTableRead {
  const table = context.workbook.tables.getItem(LEDGER_TABLE);
  const headerRange = table.getHeaderRowRange().load('values');
  const body = table.getDataBodyRange().load('values, rowIndex, columnIndex');
  const header = (): unknown[] => (headerRange.values[0] ?? []) as unknown[];
  return {
    table,
    body,
    header,
    rows: (options = {}) => ledgerRowsFromValues(header(), body.values, { row: body.rowIndex, col: body.columnIndex }, options),
  };
}
