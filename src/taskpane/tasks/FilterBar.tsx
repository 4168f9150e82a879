/**
 * The filter drawer, opened from the header's filter button: keyword, agency and role, status, deadline, syncing
 * them to the sheet, and 清除筛选. The section chips and the chips of the filters set stay outside it, above the list.
 */
import { Button, Field, SearchBox, Select } from '@fluentui/react-components';
import { Suspense } from 'react';
import { STATUSES, type AgencyAliases, type AgencyCount } from '../../model';
import { AgencyFilter, SyncSwitch } from '../app/lazyPanels';
import { useStrings } from '../i18n/useStrings';
import { AgencyFilterFallback } from './AgencyFilterFallback';
import { useFilterBarStyles } from './FilterBar.styles';
import type { DeadlineFilter, Filters } from './useFilters';

const DEADLINES: readonly DeadlineFilter[] = ['all', 'overdue', 'dueSoon'];

export interface FilterBarProps {
  id: string;
  filters: Filters;
  agencyCounts: readonly AgencyCount[];
  aliases: AgencyAliases;
  sync: boolean;
  /** Null when there is no workbook to sync with (the read-only preview). */
  onSync: ((on: boolean) => void) | null;
  onClear: () => void;
}

export function FilterBar({ id, filters, agencyCounts, aliases, sync, onSync, onClear }: FilterBarProps) {
  const s = useStrings();
  const styles = useFilterBarStyles();
  const { state, set } = filters;
  return (
    <section id={id} className={styles.bar} aria-label={s.filtersLabel}>
      <Field label={s.keyword}>
        <SearchBox
          className={styles.search}
          placeholder={s.keywordPlaceholder}
          dismiss={{ 'aria-label': s.clearKeyword }}
          value={state.keyword}
          onChange={(_, data) => set('keyword', data.value)}
        />
      </Field>
      <Suspense fallback={<AgencyFilterFallback />}>
        <AgencyFilter
          counts={agencyCounts}
          aliases={aliases}
          agency={state.agency}
          role={state.role}
          onAgency={(v) => set('agency', v)}
          onRole={(v) => set('role', v)}
        />
      </Suspense>
      <div className={styles.pair}>
        <Field label={s.status}>
          <Select
            value={state.status}
            onChange={(_, data) => set('status', STATUSES.find((x) => x === data.value) ?? '')}
          >
            <option value="">{s.statusAll}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {s.statusNames[status]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.deadlineFilter}>
          <Select
            value={state.deadline}
            onChange={(_, data) => set('deadline', DEADLINES.find((x) => x === data.value) ?? 'all')}
          >
            <option value="all">{s.deadlineAll}</option>
            <option value="overdue">{s.overdueOnly}</option>
            <option value="dueSoon">{s.dueSoonOnly}</option>
          </Select>
        </Field>
      </div>
      <div className={styles.actions}>
        {onSync && (
          <Suspense fallback={null}>
            <SyncSwitch checked={sync} onChange={onSync} />
          </Suspense>
        )}
        <Button size="small" disabled={!filters.active && !onSync} onClick={onClear}>
          {s.clearFilters}
        </Button>
      </div>
    </section>
  );
}
