/** The pane's props and the state usePane derives from them (Fluent's anatomy: types / usePane / render). */
import type { KeyboardEvent, RefObject } from 'react';
import type { AgencyCount, IsoDate } from '../../model';
import type { LedgerRow, WorkbookPort } from '../../workbook/port';
import type { DownloadFn } from '../shared/downloadFile';
import type { Filters } from '../tasks/useFilters';
import type { SheetSync } from '../tasks/useSheetSync';
import type { VisibleTasks } from '../tasks/useVisibleTasks';
import type { View } from './PaneHeader';
import type { LedgerState } from './useLedger';
import type { RuleWriteProblem } from './useRuleWriter';
import type { Settings } from './useSettings';

export interface PaneProps {
  port: WorkbookPort | null;
  today: IsoDate;
  seedText: string | undefined;
  seedName: string | undefined;
  download: DownloadFn | undefined;
}

/** Which view is shown, which surfaces are open, and the ids that tie them to the buttons that open them. */
export interface PaneNavigation {
  view: View;
  setView: (view: View) => void;
  settingsOpen: boolean;
  toggleSettings: () => void;
  filtersOpen: boolean;
  toggleFilters: () => void;
  /** The task whose page is open, if any. */
  openNo: number | null;
  /** The task last closed, for the list to return focus to. */
  closedNo: number | null;
  onOpen: (no: number) => void;
  closeTask: () => void;
  settingsId: string;
  filtersId: string;
  settingsButtonId: string;
  filtersButtonId: string;
}

export interface PaneState extends PaneProps {
  ledger: LedgerState;
  filters: Filters;
  settings: Settings;
  ruleProblem: RuleWriteProblem | null;
  nav: PaneNavigation;
  /** The list of tasks is shown: the tasks view with no task open. */
  listShown: boolean;
  openRow: LedgerRow | undefined;
  tasks: VisibleTasks;
  agencyCounts: AgencyCount[];
  sheetSync: SheetSync;
  /** The pane's one scroll area (the list is virtualised against it) and the height of what sits above the list. */
  scroller: HTMLElement | null;
  setScroller: (element: HTMLElement | null) => void;
  aboveList: RefObject<HTMLDivElement | null>;
  listOffset: number;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}
