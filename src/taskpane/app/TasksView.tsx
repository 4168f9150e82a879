/** The tasks view's body: the open task's page, or the list (or why it is empty). */
import { Button } from '@fluentui/react-components';
import { useStrings } from '../i18n/useStrings';
import { TaskDetail } from '../taskDetail/TaskDetail';
import { TaskList } from '../tasks/TaskList';
import type { FilterState } from '../tasks/useFilters';
import { useAppStyles } from './App.styles';
import type { PaneState } from './Pane.types';

/** Changes whenever the filters in force change, so the list scrolls back to its top. */
function filterKey(filter: FilterState, keyword: string): string {
  return `${String(filter.section)}|${filter.agency}|${filter.role}|${filter.status}|${filter.deadline}|${keyword}`;
}

export function TasksView({ state }: { state: PaneState }) {
  const s = useStrings();
  const styles = useAppStyles();
  const { ledger, nav, settings, tasks, openRow } = state;
  if (openRow) {
    return (
      <TaskDetail
        row={openRow}
        port={state.port}
        asOf={settings.asOf}
        today={state.today}
        rule={settings.rule}
        onBack={nav.closeTask}
        onReload={ledger.reload}
      />
    );
  }
  if (ledger.phase !== 'ready') return null;
  if (ledger.rows.length === 0) {
    return (
      <div className={styles.empty}>
        <p>{s.emptyLedger}</p>
        <Button appearance="primary" onClick={() => nav.setView('import')}>
          {s.emptyLedgerAction}
        </Button>
      </div>
    );
  }
  if (tasks.visible.length === 0) return <p className={styles.message}>{s.noMatch}</p>;
  return (
    <TaskList
      rows={tasks.visible}
      asOf={settings.asOf}
      rule={settings.rule}
      onOpen={nav.onOpen}
      returnTo={nav.closedNo}
      scrollElement={state.scroller}
      offset={state.listOffset}
      resetKey={filterKey(state.filters.state, tasks.appliedKeyword)}
    />
  );
}
