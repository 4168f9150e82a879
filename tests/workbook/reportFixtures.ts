/**
 * Shared inputs for the reporting-round tests of the workbook layer: the seed loaded into a fake
 * workbook with a round saved, and report workbooks built for its agencies and filled with ExcelJS
 * as an agency would (the helpers of tests/reports), read back and planned.
 */
import {
  buildReportWorkbook,
  planApply,
  readReportWorkbook,
  reportAgencies,
  tasksForAgency,
  type ApplyPlan,
  type ReadResult,
} from '../../src/reports';
import { getReportKey } from '../../src/workbook/getReportKey';
import { getWorkbookId } from '../../src/workbook/getWorkbookId';
import { loadLedger } from '../../src/workbook/loadLedger';
import type { LedgerRow } from '../../src/workbook/port';
import { readAppliedAnswerIds } from '../../src/workbook/readAppliedAnswerIds';
import { readLedger } from '../../src/workbook/readLedger';
import { readRounds } from '../../src/workbook/readRounds';
import { saveRound } from '../../src/workbook/saveRound';
import { answersOf, fillReport, KEY, leadStatus, ROUND, type Fill } from '../reports/seedLedger';

export { answersOf, leadStatus, ROUND };
import { createFakeExcel, type FakeExcel } from './fakeExcel';
import { IMPORTED_AT, SEED_SOURCE, seedTable } from './ledgerFixtures';

const WORKBOOK_ID = 'wb-3f2a9c1e-0b7d-4e55-9a61-5c0d2e8f7a10';
export const RECEIVED = '2026-11-29';

/** The seed ledger in a fake workbook, with its id and the November round saved. */
export async function ledgerWithRound(): Promise<FakeExcel> {
  const fake = createFakeExcel();
  await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
  await getWorkbookId(fake.context, () => WORKBOOK_ID);
  await getReportKey(fake.context, () => Promise.resolve(KEY));
  const saved = await saveRound(fake.context, ROUND);
  if (!saved.ok) throw new Error(saved.problem.code);
  return fake;
}

/** The returned files of the given agencies (all of the seed's by default), built from and read against the workbook's own ledger, id and rounds. */
export async function returnedFiles(
  fake: FakeExcel,
  fills?: ReadonlyMap<string, ReadonlyMap<number, Fill>>,
): Promise<{ rows: LedgerRow[]; results: ReadResult[] }> {
  const { rows } = await readLedger(fake.context);
  const workbookId = await getWorkbookId(fake.context, () => 'wb-unexpected-new-id');
  const key = await getReportKey(fake.context, () => Promise.reject(new Error('the key was made by ledgerWithRound')));
  const rounds = (await readRounds(fake.context)).rounds.map((r) => r.round);
  const round = rounds.find((r) => r.id === ROUND.id) ?? ROUND;
  const agencies = fills ? [...fills.keys()] : reportAgencies(rows);
  const results: ReadResult[] = [];
  for (const agency of agencies) {
    const sent = await buildReportWorkbook({ workbookId, key, round, agency, tasks: tasksForAgency(rows, agency) });
    const filled = await fillReport(sent, fills?.get(agency) ?? answersOf(rows, agency));
    results.push(await readReportWorkbook(filled, { workbookId, key, rounds, ledgerRows: rows }));
  }
  return { rows, results };
}

/** Plans the files against the workbook as the pane will: its rows and the answer ids already applied. */
export async function planFor(
  fake: FakeExcel,
  files: { rows: LedgerRow[]; results: ReadResult[] },
): Promise<ApplyPlan> {
  return planApply(files.results, files.rows, await readAppliedAnswerIds(fake.context), { receivedOn: RECEIVED });
}
