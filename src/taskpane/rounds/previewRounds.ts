/**
 * The round table of the preview outside Excel: rounds live in this page's memory only, so a new user can start a
 * sample round, download an agency's report workbook and see the 催报 list without a workbook (nothing is written).
 */
import type { Round } from '../../reports';
import { createReportKey, type ReportKey } from '../../reports/reportKey';
import type { RoundRecord, SaveRoundResult, WorkbookPort } from '../../workbook/port';

/** What the rounds panel needs of a workbook to start rounds and send report workbooks. */
export type RoundsStore = Pick<WorkbookPort, 'getWorkbookId' | 'getReportKey' | 'readRounds' | 'saveRound'>;

/** The workbook id sample report workbooks carry: a returned one can never be applied to a real ledger by mistake. */
const PREVIEW_WORKBOOK_ID = 'preview-embedded-table';

export function createPreviewRounds(): RoundsStore {
  const records: RoundRecord[] = [];
  // This page's own key, made on first use and gone with the page.
  let key: Promise<ReportKey> | null = null;
  return {
    getWorkbookId: () => Promise.resolve(PREVIEW_WORKBOOK_ID),
    getReportKey: () => (key ??= createReportKey(new Date())),
    readRounds: () =>
      Promise.resolve({
        rounds: records.map((r) => ({ round: { ...r.round }, answered: new Map(r.answered) })),
        issues: [],
      }),
    saveRound(round: Round): Promise<SaveRoundResult> {
      if (records.some((r) => r.round.id !== round.id && r.round.name === round.name)) {
        return Promise.resolve({
          ok: false,
          code: 'duplicate-name',
          problem: { code: 'round-name-taken', params: { name: round.name } },
        });
      }
      const at = records.findIndex((r) => r.round.id === round.id);
      if (at >= 0) records[at] = { round, answered: records[at]?.answered ?? new Map() };
      else records.push({ round, answered: new Map() });
      return Promise.resolve({ ok: true });
    },
  };
}
