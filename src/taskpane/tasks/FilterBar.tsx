/** Every filter the coordinator has: keyword, section, agency and role, status, deadline, and syncing them to the sheet. */
import { Button, Field, makeStyles, SearchBox, Select, tokens } from '@fluentui/react-components';
import { Suspense } from 'react';
import { STATUSES, type AgencyCount, type Section } from '../../model';
import { AgencyFilterFallback } from './AgencyFilterFallback';
import { AgencyFilter, SyncSwitch } from '../app/lazyPanels';
import { SectionTabs } from './SectionTabs';
import type { DeadlineFilter, Filters } from './useFilters';
import { useStrings } from '../i18n/useStrings';

const DEADLINES: readonly DeadlineFilter[] = ['all', 'overdue', 'dueSoon'];

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalS,
    minWidth: 0,
  },
  search: { width: '100%', maxWidth: 'none', minWidth: 0 },
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

export interface FilterBarProps {
  filters: Filters;
  sections: readonly Section[];
  sectionCounts: ReadonlyMap<number | null, number>;
  inScope: number;
  agencyCounts: readonly AgencyCount[];
  sync: boolean;
  /** Null when there is no workbook to sync with (the read-only preview). */
  onSync: ((on: boolean) => void) | null;
  onClear: () => void;
}

export function FilterBar({ filters, sections, sectionCounts, inScope, agencyCounts, sync, onSync, onClear }: FilterBarProps) {
  const s = useStrings();
  const styles = useStyles();
  const { state, set } = filters;
  return (
    <section className={styles.bar} aria-label={s.filtersLabel}>
      <Field label={s.keyword}>
        <SearchBox
          className={styles.search}
          placeholder={s.keywordPlaceholder}
          value={state.keyword}
          onChange={(_, data) => set('keyword', data.value)}
        />
      </Field>
      <SectionTabs sections={sections} counts={sectionCounts} total={inScope} selected={state.section} onSelect={(v) => set('section', v)} />
      <Suspense fallback={<AgencyFilterFallback />}>
        <AgencyFilter
          counts={agencyCounts}
          agency={state.agency}
          role={state.role}
          onAgency={(v) => set('agency', v)}
          onRole={(v) => set('role', v)}
        />
      </Suspense>
      <div className={styles.pair}>
        <Field label={s.status}>
          <Select value={state.status} onChange={(_, data) => set('status', STATUSES.find((x) => x === data.value) ?? '')}>
            <option value="">{s.statusAll}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {s.statusNames[status]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.deadlineFilter}>
          <Select value={state.deadline} onChange={(_, data) => set('deadline', DEADLINES.find((x) => x === data.value) ?? 'all')}>
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
