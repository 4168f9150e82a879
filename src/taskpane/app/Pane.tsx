/** The pane under its header: the ledger's messages, the list and its tools, an open task, or another view. */
import { useAppStyles } from './App.styles';
import { LedgerMessages } from './LedgerMessages';
import type { PaneProps } from './Pane.types';
import { PaneHeader } from './PaneHeader';
import { PaneSettings } from './PaneSettings';
import { PaneViews } from './PaneViews';
import { TaskListTools } from './TaskListTools';
import { TasksView } from './TasksView';
import { usePane } from './usePane';
import { drawerFilterCount } from '../tasks/useFilters';

export function Pane(props: PaneProps) {
  const state = usePane(props);
  const styles = useAppStyles();
  const { nav, ledger, settings, listShown } = state;
  const listReady = listShown && ledger.phase === 'ready';
  return (
    <div className={styles.page} onKeyDown={state.onKeyDown}>
      <PaneHeader
        view={nav.view}
        onView={nav.setView}
        asOf={settings.asOf}
        exampleDate={settings.isExampleDate}
        warnDays={settings.warnDays}
        settingsId={nav.settingsId}
        settingsButtonId={nav.settingsButtonId}
        filtersButtonId={nav.filtersButtonId}
        settingsOpen={nav.settingsOpen}
        onSettings={nav.toggleSettings}
        filters={
          listReady
            ? {
                id: nav.filtersId,
                open: nav.filtersOpen,
                active: drawerFilterCount(state.filters.state),
                onToggle: nav.toggleFilters,
              }
            : null
        }
      />
      <main ref={state.setScroller} className={styles.scroller} data-testid="pane-scroller">
        <div ref={state.aboveList} className={styles.above}>
          {nav.settingsOpen && <PaneSettings state={state} />}
          <LedgerMessages ledger={ledger} />
          {listReady && <TaskListTools state={state} />}
        </div>
        {nav.view === 'tasks' && <TasksView state={state} />}
        <PaneViews state={state} />
      </main>
    </div>
  );
}
