/**
 * The import's load: the parsed table merged into the workbook's ledger (port.loadLedger), then the source grid's own
 * columns carried over for the tasks it added, when the port can and there are any.
 */
import type { CarriedColumn } from '../../documents/carriedColumns';
import type { ParsedTaskTable } from '../../model';
import type { WorkbookPort } from '../../workbook/port';
import type { ImportOutcome } from './ImportPanel.types';

export interface LoadRequest {
  table: ParsedTaskTable;
  /** The source's name as recorded in the ledger. */
  name: string;
  /** The text the table was read from. */
  text: string;
  carried: readonly CarriedColumn[];
}

/** Rejects with what the port rejected with (the panel words it). */
export async function loadIntoWorkbook(
  port: WorkbookPort,
  { table, name, text, carried }: LoadRequest,
): Promise<Extract<ImportOutcome, { kind: 'merged' }>> {
  const summary = await port.loadLedger(table, { name, text });
  const kept =
    carried.length > 0 && port.carryOverColumns
      ? await port.carryOverColumns(
          carried.map((c) => ({ header: c.header, target: c.target, values: [...c.values] })),
          summary.added,
        )
      : null;
  return { kind: 'merged', summary, carried: kept };
}
