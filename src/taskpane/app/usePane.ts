/** The pane's state (Fluent's anatomy: Pane.types / usePane / Pane renders): the ledger, filters, settings and navigation. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { countByAgency } from '../../model';
import { useElementHeight } from '../shared/useElementHeight';
import { useFilters } from '../tasks/useFilters';
import { useSheetSync } from '../tasks/useSheetSync';
import { useVisibleTasks } from '../tasks/useVisibleTasks';
import { preloadPanels } from './lazyPanels';
import type { PaneProps, PaneState } from './Pane.types';
import { useLedger } from './useLedger';
import { usePaneNavigation } from './usePaneNavigation';
import { useWarningSettings } from './useWarningSettings';

export function usePane(props: PaneProps): PaneState {
  const { port, today, seedText } = props;
  const ledger = useLedger(port, seedText);
  const filters = useFilters();
  const { settings, ruleProblem } = useWarningSettings(port, today, ledger);
  const { asOf, warnDays, rule } = settings;
  const { nav, openRow, listShown, onKeyDown } = usePaneNavigation(ledger.rows);
  // The pane's one scroll area: the list is virtualised against it, below whatever sits above the list.
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const aboveList = useRef<HTMLDivElement>(null);
  const listOffset = useElementHeight(aboveList);
  const tasks = useVisibleTasks(ledger.rows, filters.state, { asOf, warnDays, rule, aliases: ledger.aliases });
  const agencyCounts = useMemo(
    () => countByAgency(ledger.rows, { aliases: ledger.aliases }),
    [ledger.rows, ledger.aliases],
  );
  const sheetSync = useSheetSync(port, filters, tasks.visible, asOf, warnDays, rule);

  // Once the first screen is up, fetch the panels the coordinator is likely to open next.
  useEffect(() => preloadPanels(), []);

  return {
    ...props,
    ledger,
    filters,
    settings,
    ruleProblem,
    nav,
    listShown,
    openRow,
    tasks,
    agencyCounts,
    sheetSync,
    scroller,
    setScroller,
    aboveList,
    listOffset,
    onKeyDown,
  };
}
