/** The summary panel's props and the state its hook (`useSummaryPanel`) hands to the render. */
import type { RefObject } from 'react';
import type { AgencyAliases, IsoDate, Section, SectionCount, WarningRule } from '../../model';
import type { LedgerRow, WorkbookPort } from '../../workbook/port';
import type { DownloadFn } from '../shared/downloadFile';
import type { AsyncAction } from '../shared/useAsyncAction';

export interface SummaryPanelProps {
  port: WorkbookPort | null;
  rows: readonly LedgerRow[];
  sections: readonly Section[];
  asOf: IsoDate;
  warnDays: number;
  /** The warning rule the 通报 and 督办单 judge by (its window is `warnDays`); the default colours when absent. */
  rule?: WarningRule;
  /** For 导出台账副本: today (a copy judged from today rolls on), the workbook's aliases, the file hand-over (tests pass a recorder). */
  today?: IsoDate;
  aliases?: AgencyAliases;
  download?: DownloadFn;
}

/** What 「生成或刷新汇总表」 ended with. */
export type SummaryBuildOutcome = { kind: 'built' } | { kind: 'failed'; text: string };

/** Copying the notice: copied, or the clipboard refused and the text is offered selected in a box. */
export type NoticeCopy = 'idle' | 'copied' | 'manual';

export interface SummaryPanelState {
  /** The rows counted: those a reload marked 已移除 are left out, as on the 汇总 sheet. */
  live: readonly LedgerRow[];
  /** The notice composed from the rows, or the workbook's own sentence after a build for the same as-of date. */
  notice: string;
  bySection: readonly SectionCount[];
  copy: NoticeCopy;
  copyNotice: () => void;
  /** The fallback box, selected when the clipboard refuses. */
  fallbackRef: RefObject<HTMLTextAreaElement | null>;
  build: AsyncAction<SummaryBuildOutcome>;
  buildSummary: () => void;
}
