/**
 * Reads the ledger back into typed rows, with an issue for each bad cell, the import metadata and the
 * workbook's own agency aliases (applied to the rows; bad alias rows are issues with line 0) and its warning rule
 * (预警天数, 预警配色, 滞后计入预警 on 台账设置).
 * One sync for a ledger of up to ~2,500 rows (see `readLedgerAndAliases`); with no `TaskLedger` table the snapshot is empty.
 * @requirement ExcelApi 1.4 (settings); ExcelApi 1.1 (table ranges)
 */
import type { AgencyAliases } from '../model';
import { queueReadImportMeta } from './importMeta';
import type { LedgerSnapshot } from './port';
import { readLedgerAndAliases } from './readLedgerAndAliases';

/**
 * The ledger's rows, cell issues, import metadata and aliases; `options.aliases` (the port's) are overridden by the sheet's.
 * @example
 * const { rows, issues, meta, aliases } = await readLedger(context)
 */
export async function readLedger(
  context: Excel.RequestContext,
  options: { aliases?: AgencyAliases } = {},
): Promise<LedgerSnapshot> {
  const { read, aliases, rule, queued: meta } = await readLedgerAndAliases(context, () => queueReadImportMeta(context));
  const merged: AgencyAliases = { ...options.aliases, ...aliases.aliases };
  if (!read) return { rows: [], issues: aliases.issues, meta: meta(), aliases: merged, groups: aliases.groups };
  const { rows, issues } = read.rows({ aliases: merged });
  return {
    rows,
    issues: [...issues, ...aliases.issues],
    meta: meta(),
    aliases: merged,
    groups: aliases.groups,
    ...(rule.warnDays === null ? {} : { warnDays: rule.warnDays }),
    ...(rule.preset === null ? {} : { warningPreset: rule.preset }),
    ...(rule.laggingCounts === null ? {} : { laggingCounts: rule.laggingCounts }),
  };
}
