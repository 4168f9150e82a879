/** The filter the coordinator builds in the pane, and its translation into the model's TaskFilter. */
import { useCallback, useMemo, useState } from 'react';
import type { RoleFilter, Status, TaskFilter } from '../../model';

export type DeadlineFilter = 'all' | 'overdue' | 'dueSoon';

export interface FilterState {
  /** 'all', a section number, or null for tasks outside any section. */
  section: number | null | 'all';
  agency: string;
  role: RoleFilter;
  status: Status | '';
  deadline: DeadlineFilter;
  keyword: string;
}

export const NO_FILTER: FilterState = {
  section: 'all',
  agency: '',
  role: 'any',
  status: '',
  deadline: 'all',
  keyword: '',
};

/** Builds the model's filter; fields left at "all" are omitted, so they do not narrow. */
export function toTaskFilter(state: FilterState, parts: { section?: boolean; keyword?: boolean } = {}): TaskFilter {
  const filter: TaskFilter = {};
  if (parts.section !== false && state.section !== 'all') filter.section = state.section;
  if (state.agency) {
    filter.agency = state.agency;
    filter.role = state.role;
  }
  if (state.status) filter.status = state.status;
  if (state.deadline === 'overdue') filter.overdueOnly = true;
  if (state.deadline === 'dueSoon') filter.dueSoonOnly = true;
  const keyword = state.keyword.trim();
  if (parts.keyword !== false && keyword) filter.keyword = keyword;
  return filter;
}

function isFiltering(state: FilterState): boolean {
  return (
    state.section !== 'all' ||
    state.agency !== '' ||
    state.status !== '' ||
    state.deadline !== 'all' ||
    state.keyword.trim() !== ''
  );
}

/** The filters set in the drawer (keyword, agency with its role, status, deadline): the number the filter button shows. */
export function drawerFilterCount(state: FilterState): number {
  return [state.keyword.trim() !== '', state.agency !== '', state.status !== '', state.deadline !== 'all'].filter(
    Boolean,
  ).length;
}

export interface Filters {
  state: FilterState;
  active: boolean;
  set: <K extends keyof FilterState>(key: K, value: FilterState[K]) => void;
  clear: () => void;
}

export function useFilters(initial: FilterState = NO_FILTER): Filters {
  const [state, setState] = useState<FilterState>(initial);
  const set = useCallback(<K extends keyof FilterState>(key: K, value: FilterState[K]) => {
    setState((prev) => (prev[key] === value ? prev : { ...prev, [key]: value }));
  }, []);
  const clear = useCallback(() => setState(NO_FILTER), []);
  const active = useMemo(() => isFiltering(state), [state]);
  return { state, active, set, clear };
}
