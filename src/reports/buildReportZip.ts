/**
 * Packs the report workbooks of many agencies into one .zip, one file per agency.
 */
import { buildReportWorkbook } from './buildReportWorkbook';
import type { ReportRequest } from './types';

/** Characters Windows, macOS or WPS refuse in file names. */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]/g;

/**
 * The file name of one agency's report workbook.
 * @example reportFileName({ round: { name: '2026年11月' }, agency: '市教育局' }) // '2026年11月-市教育局-进展填报.xlsx'
 */
export function reportFileName(request: { round: { name: string }; agency: string }): string {
  const safe = (s: string) => s.replace(UNSAFE_IN_FILE_NAME, '_').trim();
  return `${safe(request.round.name)}-${safe(request.agency)}-进展填报.xlsx`;
}

/**
 * Builds every request's workbook and zips them (stored, not deflated: an .xlsx is already compressed).
 * @example const zip = await buildReportZip(agencies.map((agency) => ({ workbookId, round, agency, tasks: tasksForAgency(rows, agency) })));
 */
export async function buildReportZip(requests: readonly ReportRequest[]): Promise<Uint8Array> {
  const { zipSync } = await import('fflate');
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const request of requests) {
    let name = reportFileName(request);
    // Two agencies that differ only in unsafe characters must not overwrite each other.
    for (let i = 2; Object.prototype.hasOwnProperty.call(files, name); i += 1)
      name = reportFileName(request).replace(/\.xlsx$/, `-${i}.xlsx`);
    files[name] = [await buildReportWorkbook(request), { level: 0 }];
  }
  return zipSync(files);
}
