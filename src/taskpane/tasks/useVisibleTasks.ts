/**
 * The filtering pipeline behind the list: the model's filterTasks, arranged so a keystroke stays cheap
 * with 10,000 tasks — the non-keyword filter is memoised, the keyword is deferred, and section counts
 * come from one pass over what the other filters leave.
 */
import { useDeferredValue, useMemo } from 'react';
import { filterTasks, normalizeAgency, type AgencyAliases, type IsoDate, type WarningRule } from '../../model';
import type { LedgerRow } from '../../workbook/port';
import { filterByKeyword } from './filterByKeyword';
import { agencyIndex } from './matchAgencies';
import { toTaskFilter, type FilterState } from './useFilters';

export interface VisibleTasks {
  /** What the list shows. */
  visible: LedgerRow[];
  /** Tasks per section number (null: outside any section) under every filter but the section's. */
  sectionCounts: Map<number | null, number>;
  /** Tasks under every filter but the section's (the "全部" tab's count). */
  inScope: number;
  /** The keyword typed is not yet applied (the list is catching up). */
  pending: boolean;
  /** The keyword the list reflects (lags the typed one while the list catches up). */
  appliedKeyword: string;
}

export interface FilterContext {
  asOf: IsoDate;
  warnDays: number;
  /** The warning rule (its window is `warnDays`): with 滞后 counting, the 临期 filter leaves out tasks reported 滞后, as the 预警 column does. */
  rule?: WarningRule;
  /** The workbook's own agency aliases (`LedgerState.aliases`): an agency filter matches any name they map to it. */
  aliases?: AgencyAliases;
}

const NO_ALIASES: AgencyAliases = {};

export function useVisibleTasks(rows: readonly LedgerRow[], state: FilterState, ctx: FilterContext): VisibleTasks {
  const keyword = useDeferredValue(state.keyword);
  const { asOf, warnDays, rule } = ctx;
  const aliases = ctx.aliases ?? NO_ALIASES;
  const { agency, role, status, deadline, section } = state;

  const base = useMemo(() => {
    const filter = toTaskFilter({ section: 'all', agency, role, status, deadline, keyword: '' });
    return Object.keys(filter).length === 0
      ? rows
      : filterTasks(rows, filter, { asOf, warnDays, aliases, ...(rule ? { rule } : {}) });
  }, [rows, agency, role, status, deadline, asOf, warnDays, aliases, rule]);

  // Each row's agencies by canonical name, and what each name may be typed as: once per ledger, not per keystroke.
  const agencies = useMemo(() => {
    const byRow = new Map<LedgerRow, string[]>();
    const all = new Set<string>();
    for (const row of rows) {
      const names = [...new Set(row.assignments.map((a) => normalizeAgency(a.agency, aliases)))];
      byRow.set(row, names);
      for (const name of names) all.add(name);
    }
    return { byRow, index: agencyIndex([...all], aliases) };
  }, [rows, aliases]);

  const scoped = useMemo(() => {
    const trimmed = keyword.trim();
    if (!trimmed) return base;
    return filterByKeyword(base, trimmed, agencies.index, (row) => agencies.byRow.get(row) ?? [], { asOf, warnDays });
  }, [base, keyword, asOf, warnDays, agencies]);

  return useMemo(() => {
    const sectionCounts = new Map<number | null, number>();
    const visible: LedgerRow[] = [];
    for (const row of scoped) {
      sectionCounts.set(row.section, (sectionCounts.get(row.section) ?? 0) + 1);
      if (section === 'all' || row.section === section) visible.push(row);
    }
    return {
      visible,
      sectionCounts,
      inScope: scoped.length,
      pending: keyword !== state.keyword,
      appliedKeyword: keyword,
    };
  }, [scoped, section, keyword, state.keyword]);
}
