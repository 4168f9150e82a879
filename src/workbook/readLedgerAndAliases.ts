/**
 * Reads `TaskLedger` together with the `AgencyAliases` table in the same first sync, so operations that
 * re-parse or filter rows use the workbook's own aliases at no extra round trip. Both are fetched with
 * `getItem` (a null object's ranges cannot be queued before the sync that tells it exists): when either
 * table is missing that sync fails with `ItemNotFound`, and one probe sync says which. So: both tables →
 * the ledger's read syncs (1 up to ~2,500 rows); no ledger → 2 (3 when an alias table exists without one);
 * a ledger made before aliases existed → 3, until a reload or a summary creates the table.
 * @requirement ExcelApi 1.4 (`getItemOrNullObject`); ExcelApi 1.1 (tables, ranges)
 */
import { NO_AGENCY_ALIASES, type AgencyAliasesRead } from '../ledgerLayout/agencyAliasesFromValues';
import { queueReadAgencyAliases, readAgencyAliases } from './readAgencyAliases';
import { readLedgerTable, type LedgerTableRead } from './readLedgerTable';
import { NO_WORKBOOK_RULE, type WorkbookWarningRule } from '../ledgerLayout/warningRuleFromCells';
import { queueReadWarningRule } from './readWarningRule';
import { SYNC_BUDGET_BYTES } from './payloadBytes';
import { ALIAS_TABLE, LEDGER_TABLE } from '../ledgerLayout/workbookNames';

export interface LedgerAndAliases<T> {
  read: LedgerTableRead | null;
  aliases: AgencyAliasesRead;
  /** Whether the `AgencyAliases` table exists (callers that write may create it). */
  aliasTable: boolean;
  /** The warning rule on the alias table's sheet (台账设置: 预警天数, 预警配色, 滞后计入预警), read in the same sync; nulls where unknown. */
  rule: WorkbookWarningRule;
  /** What the caller's `queue` returned for the sync that succeeded (read it now). */
  queued: T;
}

/**
 * The ledger and the aliases; `queue` queues the caller's own loads and is called again before each retry, since a failed sync returns none of them.
 * @example
 * const { read, aliases } = await readLedgerAndAliases(context, () => queueReadImportMeta(context))
 */
export async function readLedgerAndAliases<T>(
  context: Excel.RequestContext,
  queue: () => T,
  budget: number = SYNC_BUDGET_BYTES,
): Promise<LedgerAndAliases<T>> {
  let queued = queue();
  const aliases = queueReadAgencyAliases(context);
  const rule = queueReadWarningRule(context);
  const read = await readLedgerTable(context, budget);
  if (read) return { read, aliases: aliases(), aliasTable: true, rule: rule(), queued };

  queued = queue();
  const ledger = context.workbook.tables.getItemOrNullObject(LEDGER_TABLE).load('name');
  const aliasTable = context.workbook.tables.getItemOrNullObject(ALIAS_TABLE).load('name');
  await context.sync();
  const hasAliases = !aliasTable.isNullObject;
  if (ledger.isNullObject) {
    if (!hasAliases)
      return { read: null, aliases: NO_AGENCY_ALIASES, aliasTable: false, rule: NO_WORKBOOK_RULE, queued };
    queued = queue();
    return { read: null, aliases: await readAgencyAliases(context), aliasTable: true, rule: NO_WORKBOOK_RULE, queued };
  }
  queued = queue();
  const again = hasAliases ? { aliases: queueReadAgencyAliases(context), rule: queueReadWarningRule(context) } : null;
  const retried = await readLedgerTable(context, budget);
  // Null only when a table was deleted between the probe and this read.
  return {
    read: retried,
    aliases: retried && again ? again.aliases() : NO_AGENCY_ALIASES,
    aliasTable: hasAliases,
    rule: retried && again ? again.rule() : NO_WORKBOOK_RULE,
    queued,
  };
}
