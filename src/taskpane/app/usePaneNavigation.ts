/**
 * Where the coordinator is in the pane: the view, the settings and filter surfaces, the task open; Escape closes the
 * innermost of them and returns focus to the button that opened it.
 */
import { useCallback, useId, useMemo, useState } from 'react';
import type { LedgerRow } from '../../workbook/port';
import { useEscapeToClose } from '../shared/useEscapeToClose';
import type { PaneNavigation } from './Pane.types';
import type { View } from './PaneHeader';

/** The navigation state, the task open (if it is still in `rows`), and the pane root's keydown handler for Escape. */
export function usePaneNavigation(rows: readonly LedgerRow[]) {
  const [view, setView] = useState<View>('tasks');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [openNo, setOpenNo] = useState<number | null>(null);
  const [closedNo, setClosedNo] = useState<number | null>(null);
  const settingsId = useId();
  const filtersId = useId();
  const settingsButtonId = useId();
  const filtersButtonId = useId();
  const onOpen = useCallback((no: number) => setOpenNo(no), []);
  const closeTask = useCallback(() => {
    setClosedNo(openNo);
    setOpenNo(null);
  }, [openNo]);
  const openRow = openNo === null ? undefined : rows.find((r) => r.no === openNo);
  const taskShown = view === 'tasks' && openRow !== undefined;
  const listShown = view === 'tasks' && !taskShown;
  const escapeTargets = useMemo(
    () => [
      { open: taskShown, close: closeTask },
      { open: filtersOpen && listShown, close: () => setFiltersOpen(false), returnFocusId: filtersButtonId },
      { open: settingsOpen, close: () => setSettingsOpen(false), returnFocusId: settingsButtonId },
    ],
    [taskShown, closeTask, filtersOpen, listShown, settingsOpen, filtersButtonId, settingsButtonId],
  );
  const onKeyDown = useEscapeToClose(escapeTargets);
  const nav: PaneNavigation = {
    view,
    setView,
    settingsOpen,
    toggleSettings: () => setSettingsOpen((open) => !open),
    filtersOpen,
    toggleFilters: () => setFiltersOpen((open) => !open),
    openNo,
    closedNo,
    onOpen,
    closeTask,
    settingsId,
    filtersId,
    settingsButtonId,
    filtersButtonId,
  };
  return { nav, openRow, listShown, onKeyDown };
}
