// The context.sync count of every write operation of the workbook layer on the seed (24 tasks), measured on the
// Office.js double. Imported by bench/workbook.bench.ts; the same file run against an older tree gives that tree's
// counts (node --import tsx bench/writeSyncs.ts prints them as JSON).
import { planApply } from '../src/reports';
import { applyFilter } from '../src/workbook/applyFilter';
import { applyReportPlan } from '../src/workbook/applyReportPlan';
import { buildSummary } from '../src/workbook/buildSummary';
import { clearFilter } from '../src/workbook/clearFilter';
import { getReportKey } from '../src/workbook/getReportKey';
import { loadLedger } from '../src/workbook/loadLedger';
import { readLedger } from '../src/workbook/readLedger';
import { readAppliedAnswerIds } from '../src/workbook/readAppliedAnswerIds';
import { saveRound } from '../src/workbook/saveRound';
import { writeCarriedColumns } from '../src/workbook/writeCarriedColumns';
import { writeStatus } from '../src/workbook/writeStatus';
import { createFakeExcel, type FakeExcel } from '../tests/workbook/fakeExcel';
import { IMPORTED_AT, NOW, SEED_SOURCE, seedTable } from '../tests/workbook/ledgerFixtures';
import { answersOf, ledgerWithRound, RECEIVED, returnedFiles, ROUND } from '../tests/workbook/reportFixtures';
import { createReportKey } from '../src/reports/reportKey';

/** One operation's syncs, in the order the bench prints them. */
export type WriteSyncs = Record<string, number>;

async function syncsOf(fake: FakeExcel, run: () => Promise<unknown>): Promise<number> {
  const start = fake.stats.syncs;
  await run();
  return fake.stats.syncs - start;
}

/**
 * Measures each write operation once, each on the state the one before left.
 * @example
 * (await writeSyncs())['writeStatus (append)'] // 3
 */
export async function writeSyncs(): Promise<WriteSyncs> {
  const out: WriteSyncs = {};
  const fake = createFakeExcel();
  out['loadLedger (first load)'] = await syncsOf(fake, () =>
    loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT }),
  );
  const revised = seedTable();
  revised.tasks = revised.tasks.map((t) => (t.no === 3 ? { ...t, text: `${t.text}（修订）` } : t));
  out['loadLedger (reload, one task changed)'] = await syncsOf(fake, () =>
    loadLedger(fake.context, revised, SEED_SOURCE, { importedAt: IMPORTED_AT }),
  );
  const grown = seedTable();
  const last = grown.tasks.at(-1);
  if (last) grown.tasks.push({ ...last, no: 25, text: '新增任务' });
  out['loadLedger (reload, one task added)'] = await syncsOf(fake, () =>
    loadLedger(fake.context, grown, SEED_SOURCE, { importedAt: IMPORTED_AT }),
  );
  const entry = { status: '推进中' as const, note: '推进', date: '2026-11-29', by: '甲' };
  out['writeStatus (first entry, creates 进展记录)'] = await syncsOf(fake, () =>
    writeStatus(fake.context, 9, entry, undefined, { now: NOW }),
  );
  out['writeStatus (append)'] = await syncsOf(fake, () =>
    writeStatus(fake.context, 10, entry, undefined, { now: NOW }),
  );
  out['applyFilter'] = await syncsOf(fake, () => applyFilter(fake.context, { status: '推进中' }, '2026-11-29', 7));
  out['clearFilter'] = await syncsOf(fake, () => clearFilter(fake.context));
  out['buildSummary (first)'] = await syncsOf(fake, () => buildSummary(fake.context, '2026-11-29'));
  out['buildSummary (rebuild)'] = await syncsOf(fake, () => buildSummary(fake.context, '2026-11-30'));
  out['getReportKey (made)'] = await syncsOf(fake, () =>
    getReportKey(fake.context, () => createReportKey(new Date(NOW))),
  );
  out['saveRound (first, creates 填报轮次)'] = await syncsOf(fake, () => saveRound(fake.context, ROUND));
  out['saveRound (new round)'] = await syncsOf(fake, () =>
    saveRound(fake.context, { ...ROUND, id: 'r-2026-12', name: '2026年12月' }),
  );
  out['saveRound (update)'] = await syncsOf(fake, () =>
    saveRound(fake.context, { ...ROUND, name: '2026年11月（改）' }),
  );
  out['writeCarriedColumns (one new column)'] = await syncsOf(fake, () =>
    writeCarriedColumns(
      fake.context,
      [
        {
          header: '备注',
          target: 'user',
          values: [
            [1, '重点'],
            [2, '一般'],
          ],
        },
      ],
      [],
    ),
  );

  const round = await ledgerWithRound();
  await writeStatus(round.context, 4, entry, undefined, { now: NOW });
  const files = await returnedFiles(
    round,
    new Map([['市教育局', answersOf((await readLedger(round.context)).rows, '市教育局')]]),
  );
  const plan = planApply(files.results, files.rows, await readAppliedAnswerIds(round.context), {
    receivedOn: RECEIVED,
  });
  out['applyReportPlan (one agency)'] = await syncsOf(round, () => applyReportPlan(round.context, plan, { now: NOW }));
  out['applyReportPlan (the same again: nothing new)'] = await syncsOf(round, () =>
    applyReportPlan(round.context, plan, { now: NOW }),
  );
  return out;
}

if (process.argv[1]?.endsWith('writeSyncs.ts')) console.log(JSON.stringify(await writeSyncs(), null, 1));
