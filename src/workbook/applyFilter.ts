/**
 * Applies the pane's filter to `TaskLedger`'s own AutoFilter, so the sheet shows what the pane shows:
 * the model's `filterTasks` picks the matching 序号 over the rows read, and a values filter on 序号
 * shows exactly those (right for any combination of section, agency, role, status, overdue, keyword).
 * Agencies match after the workbook's own aliases (the `AgencyAliases` table, read in the same sync) and the caller's.
 * Two syncs: read, then filter (more for a ledger without an alias table, see `readLedgerAndAliases`).
 * @requirement ExcelApi 1.2 (`Table.clearFilters`, `Filter.applyValuesFilter`)
 */
import { filterTasks, type AgencyAliases, type IsoDate, type TaskFilter, type WarningRule } from '../model';
import { LEDGER_HEADERS } from '../ledgerLayout/ledgerColumns';
import { readLedgerAndAliases } from './readLedgerAndAliases';

/** A value no 序号 cell holds: a values filter on it hides every row when nothing matches. */
export const NO_MATCH_VALUE = '（无匹配）';

/**
 * Filters the sheet like the pane; returns the 序号 shown (empty when there is no ledger).
 * @example
 * await applyFilter(context, { status: '滞后' }, '2026-11-29', 7) // [9, 14]
 */
export async function applyFilter(
  context: Excel.RequestContext,
  filter: TaskFilter,
  asOf: IsoDate,
  warnDays: number,
  options: { aliases?: AgencyAliases; rule?: WarningRule } = {},
): Promise<number[]> {
  const { read, aliases: own } = await readLedgerAndAliases(context, () => null);
  if (!read) return [];
  const aliases: AgencyAliases = { ...options.aliases, ...own.aliases };
  const { rows } = read.rows({ aliases });
  // The pane's rule (when given), so 临期 leaves out tasks that are 滞后 under it, as the pane's list does.
  const shown = filterTasks(rows, filter, {
    asOf,
    warnDays,
    aliases,
    ...(options.rule ? { rule: options.rule } : {}),
  }).map((r) => r.no);
  read.table.clearFilters();
  const values = shown.length === 0 ? [NO_MATCH_VALUE] : shown.map(String);
  read.table.columns.getItem(LEDGER_HEADERS.no).filter.applyValuesFilter(values);
  await context.sync();
  return shown;
}
