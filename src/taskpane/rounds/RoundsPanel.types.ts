/** The rounds panel's props and the state its hook (`useRoundsPanel`) hands to the render. */
import type { AgencyGroups, IsoDate } from '../../model';
import type { SendList } from '../../reports';
import type { LedgerRow, RoundRecord, WorkbookPort } from '../../workbook/port';
import type { DownloadFn } from '../shared/downloadFile';
import type { AsyncAction } from '../shared/useAsyncAction';
import type { RoundsStore } from './previewRounds';
import type { RoundsState } from './useRounds';

export interface RoundsPanelProps {
  port: WorkbookPort | null;
  rows: readonly LedgerRow[];
  /** Groups whose members the AgencyAliases table lists: each member is sent a file with the group's tasks. */
  groups?: AgencyGroups | undefined;
  asOf: IsoDate;
  /** Hands a generated file to the user; a Blob download unless a test passes a recorder. */
  download?: DownloadFn | undefined;
  /** The clock for a round's creation time (the edge); tests pass a fixed one. */
  now?: (() => string) | undefined;
}

/** What starting a round ended with, in the pane's words. */
export interface RoundOutcome {
  kind: 'ok' | 'error';
  text: string;
}

export interface RoundsPanelState {
  /** The workbook, or outside Excel the page's own sample round table. */
  store: RoundsStore | null;
  rounds: RoundsState;
  /** The chosen round, else the newest one. */
  record: RoundRecord | undefined;
  setChosenId: (id: string) => void;
  /** The rows still in the ledger (a reload's 已移除 ones are no one's to report on). */
  live: readonly LedgerRow[];
  /** Who gets a file: units; groups go to their listed members, unnamed names to no one. */
  recipients: SendList;
  groups: AgencyGroups;
  name: string;
  setName: (name: string) => void;
  due: string;
  setDue: (due: string) => void;
  start: AsyncAction<RoundOutcome>;
  startRound: () => void;
}
