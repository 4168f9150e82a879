/**
 * Reads the ledger back into typed rows, with an issue for each bad cell, and the import metadata.
 * One sync; with no `TaskLedger` table the snapshot is empty.
 * @requirement ExcelApi 1.4 (settings); ExcelApi 1.1 (table ranges)
 */
import type { AgencyAliases } from '../model';
import { isItemNotFound } from './excelErrors';
import { queueReadImportMeta } from './importMeta';
import type { LedgerSnapshot } from './port';
import { queueReadLedgerTable } from './readLedgerTable';

/**
 * The ledger's rows, cell issues and import metadata.
 * @example
 * const { rows, issues, meta } = await readLedger(context)
 */
export async function readLedger(context: Excel.RequestContext, options: { aliases?: AgencyAliases } = {}): Promise<LedgerSnapshot> {
  const meta = queueReadImportMeta(context);
  const read = queueReadLedgerTable(context);
  try {
    await context.sync();
  } catch (error) {
    if (!isItemNotFound(error)) throw error;
    const metaOnly = queueReadImportMeta(context);
    await context.sync();
    return { rows: [], issues: [], meta: metaOnly() };
  }
  const { rows, issues } = read.rows(options);
  return { rows, issues, meta: meta() };
}
