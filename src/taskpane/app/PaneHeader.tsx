/**
 * The pane's one-line header: the view tabs, the as-of day (opens the settings) and, on the task list, the filter
 * button with the number of filters set (opens the filter drawer). Both buttons say whether their region is open.
 */
import { Button, mergeClasses } from '@fluentui/react-components';
import { useStrings } from '../i18n/useStrings';
import { usePaneHeaderStyles } from './PaneHeader.styles';
import { ViewTabs } from './ViewTabs';

export type View = 'tasks' | 'import' | 'summary' | 'rounds';

export interface PaneHeaderProps {
  view: View;
  onView: (view: View) => void;
  asOf: string;
  /** The as-of date is the embedded example's own date (the preview), labelled so. */
  exampleDate: boolean;
  warnDays: number;
  settingsId: string;
  settingsOpen: boolean;
  /** Ids of the date and filter buttons: Escape returns focus there when it closes the settings or the filters. */
  settingsButtonId?: string;
  filtersButtonId?: string;
  onSettings: () => void;
  /** The filter button, on the task list only (null elsewhere). */
  filters: { id: string; open: boolean; active: number; onToggle: () => void } | null;
}

export function PaneHeader({
  view,
  onView,
  asOf,
  exampleDate,
  warnDays,
  settingsId,
  settingsOpen,
  settingsButtonId,
  filtersButtonId,
  onSettings,
  filters,
}: PaneHeaderProps) {
  const s = useStrings();
  const styles = usePaneHeaderStyles();
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{s.appTitle}</h1>
      <ViewTabs
        label={s.mainNav}
        selected={view}
        onSelect={onView}
        views={[
          { value: 'tasks', label: s.viewTasks },
          { value: 'import', label: s.viewImport },
          { value: 'rounds', label: s.viewRounds },
          { value: 'summary', label: s.viewSummary },
        ]}
      />
      <div className={styles.tools}>
        <Button
          id={settingsButtonId}
          className={styles.tool}
          size="small"
          appearance={settingsOpen ? 'secondary' : 'subtle'}
          aria-expanded={settingsOpen}
          aria-controls={settingsId}
          aria-label={s.settingsButtonLabel(asOf, warnDays, exampleDate)}
          onClick={onSettings}
        >
          {s.settingsButton(asOf, exampleDate)}
        </Button>
        {filters && (
          <Button
            id={filtersButtonId}
            className={mergeClasses(styles.tool, filters.active > 0 && styles.activeTool)}
            size="small"
            appearance={filters.open ? 'secondary' : 'subtle'}
            aria-expanded={filters.open}
            aria-controls={filters.id}
            aria-label={s.filtersButtonLabel(filters.active)}
            data-testid="filters-button"
            onClick={filters.onToggle}
          >
            {s.filtersButton(filters.active)}
          </Button>
        )}
      </div>
    </header>
  );
}
