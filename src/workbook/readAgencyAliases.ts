/**
 * Users' own agency aliases, from the `AgencyAliases` table on 台账设置 (写法 → 规范名称): read back into
 * the model's `AgencyAliases`, with a warning for each row that cannot be used (no canonical name, no
 * written form, or a written form given two different canonical names: the first row wins).
 * @requirement ExcelApi 1.1 (`TableCollection.getItem`, `Table.getDataBodyRange`)
 */
import {
  agencyAliasesFromValues,
  NO_AGENCY_ALIASES,
  type AgencyAliasesRead,
} from '../ledgerLayout/agencyAliasesFromValues';
import { isItemNotFound } from './excelErrors';
import { ALIAS_TABLE } from '../ledgerLayout/workbookNames';

/**
 * Queues reading the table's body with `getItem`: a workbook without the table fails that sync with
 * `ItemNotFound`, so callers that must not fail (see `readLedgerAndAliases`) probe first or retry.
 * Call the returned function after the sync.
 */
export function queueReadAgencyAliases(context: Excel.RequestContext): () => AgencyAliasesRead {
  const body = context.workbook.tables.getItem(ALIAS_TABLE).getDataBodyRange().load('values, rowIndex, columnIndex');
  return () => agencyAliasesFromValues(body.values as unknown[][], { row: body.rowIndex, col: body.columnIndex });
}

/**
 * The workbook's own aliases and the issues of bad rows; none when there is no `AgencyAliases` table. One sync.
 * @example
 * const { aliases, issues } = await readAgencyAliases(context)
 */
export async function readAgencyAliases(context: Excel.RequestContext): Promise<AgencyAliasesRead> {
  const read = queueReadAgencyAliases(context);
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) return NO_AGENCY_ALIASES;
    throw error;
  }
  return read();
}
