/** The props of sending a round's report workbooks. */
import type { AgencyGroups } from '../../model';
import type { Round, SendList } from '../../reports';
import type { LedgerRow } from '../../workbook/port';
import type { DownloadFn } from '../shared/downloadFile';
import type { RoundsStore } from './previewRounds';

export interface SendReportsProps {
  port: Pick<RoundsStore, 'getWorkbookId' | 'getReportKey'>;
  rows: readonly LedgerRow[];
  round: Round;
  /** Units that get a file, and the groups and unnamed names shown apart. */
  recipients: SendList;
  groups?: AgencyGroups | undefined;
  download: DownloadFn;
}
