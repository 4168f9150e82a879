/**
 * Builds the report workbooks of the agencies picked for a round and hands them over: one .xlsx for one agency, one
 * .zip for several. Says which file it handed over; words are the caller's.
 */
import type { AgencyGroups } from '../../model';
import { buildReportWorkbook, buildReportZip, reportFileName, tasksForAgency, type Round } from '../../reports';
import type { LedgerRow } from '../../workbook/port';
import { XLSX_MIME, ZIP_MIME, type DownloadFn } from '../shared/downloadFile';
import type { RoundsStore } from './previewRounds';

export interface SendRequest {
  port: Pick<RoundsStore, 'getWorkbookId' | 'getReportKey'>;
  rows: readonly LedgerRow[];
  round: Round;
  agencies: readonly string[];
  groups?: AgencyGroups | undefined;
  download: DownloadFn;
}

export type SentFiles = { kind: 'one'; file: string } | { kind: 'zip'; file: string; agencies: number };

export async function sendReportFiles({
  port,
  rows,
  round,
  agencies,
  groups,
  download,
}: SendRequest): Promise<SentFiles> {
  const [workbookId, key] = await Promise.all([port.getWorkbookId(), port.getReportKey()]);
  const requests = agencies.map((agency) => ({
    workbookId,
    key,
    round,
    agency,
    tasks: tasksForAgency(rows, agency, {}, groups),
  }));
  const [only] = requests;
  if (only && requests.length === 1) {
    const file = reportFileName(only);
    await download(file, await buildReportWorkbook(only), XLSX_MIME);
    return { kind: 'one', file };
  }
  // The file goes to Chinese officials: its name is Chinese in every locale.
  const file = `${round.name.replace(/[\\/:*?"<>|]/g, '_')}-进展填报表.zip`;
  await download(file, await buildReportZip(requests), ZIP_MIME);
  return { kind: 'zip', file, agencies: requests.length };
}
