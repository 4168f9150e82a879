/** Above the task list: the filter drawer (on demand), the section chips and active filters, a sync error, the count. */
import { Suspense } from 'react';
import { useStrings } from '../i18n/useStrings';
import { Notice } from '../shared/Notice';
import { PanelFallback } from '../shared/PanelFallback';
import { ActiveFilters } from '../tasks/ActiveFilters';
import { SectionTabs } from '../tasks/SectionTabs';
import { useAppStyles } from './App.styles';
import { FilterBar } from './lazyPanels';
import type { PaneState } from './Pane.types';

export function TaskListTools({ state }: { state: PaneState }) {
  const s = useStrings();
  const styles = useAppStyles();
  const { filters, ledger, sheetSync, tasks } = state;
  return (
    <>
      {state.nav.filtersOpen && (
        <Suspense fallback={<PanelFallback />}>
          <FilterBar
            id={state.nav.filtersId}
            filters={filters}
            agencyCounts={state.agencyCounts}
            aliases={ledger.aliases}
            sync={sheetSync.sync}
            onSync={sheetSync.onSync}
            onClear={sheetSync.onClear}
          />
        </Suspense>
      )}
      <div className={styles.listTools}>
        <SectionTabs
          sections={ledger.sections}
          counts={tasks.sectionCounts}
          total={tasks.inScope}
          selected={filters.state.section}
          onSelect={(v) => filters.set('section', v)}
        />
        <ActiveFilters filters={filters} />
      </div>
      {sheetSync.error && (
        <div className={styles.message}>
          <Notice intent="error">{s.syncFailed(sheetSync.error)}</Notice>
        </div>
      )}
      <p
        className={styles.count}
        role="status"
        data-testid="result-count"
        data-count={tasks.visible.length}
        data-keyword={tasks.appliedKeyword}
      >
        {s.resultCount(tasks.visible.length, ledger.rows.length)}
      </p>
    </>
  );
}
