/**
 * Reads the ledger back into typed rows, with an issue for each bad cell, and the import metadata.
 * One sync for a ledger of up to ~2,500 rows (see `readLedgerTable`); with no `TaskLedger` table the snapshot is empty.
 * @requirement ExcelApi 1.4 (settings); ExcelApi 1.1 (table ranges)
 */
import type { AgencyAliases } from '../model';
import { queueReadImportMeta } from './importMeta';
import type { LedgerSnapshot } from './port';
import { readLedgerTable } from './readLedgerTable';

/**
 * The ledger's rows, cell issues and import metadata.
 * @example
 * const { rows, issues, meta } = await readLedger(context)
 */
export async function readLedger(context: Excel.RequestContext, options: { aliases?: AgencyAliases } = {}): Promise<LedgerSnapshot> {
  const meta = queueReadImportMeta(context);
  const read = await readLedgerTable(context);
  if (!read) {
    const metaOnly = queueReadImportMeta(context);
    await context.sync();
    return { rows: [], issues: [], meta: metaOnly() };
  }
  const { rows, issues } = read.rows(options);
  return { rows, issues, meta: meta() };
}
