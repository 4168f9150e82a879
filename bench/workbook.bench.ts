// Round trips and request sizes of the workbook layer, measured on the in-memory Excel fake
// (tests/workbook/fakeExcel.ts). Run: node --import tsx bench/workbook.bench.ts. Exits 1 when a target is missed.
import { readFileSync } from 'node:fs';
import { parseTaskTable, type Task, type TaskTable } from '../src/model';
import { applyFilter } from '../src/workbook/applyFilter';
import { buildSummary } from '../src/workbook/buildSummary';
import { loadLedger } from '../src/workbook/loadLedger';
import { SYNC_BUDGET_BYTES, unmeasuredAllowance } from '../src/workbook/payloadBytes';
import { readAppliedAnswerIds } from '../src/workbook/readAppliedAnswerIds';
import { readHistory } from '../src/workbook/readHistory';
import { readLedger } from '../src/workbook/readLedger';
import { writeStatus } from '../src/workbook/writeStatus';
import { writeSyncs } from './writeSyncs';
import { CELL_WRITE_OVERHEAD_BYTES, ROW_WRITE_OVERHEAD_BYTES } from '../src/workbook/rowWrites';
import { createFakeExcel, type FakeExcel } from '../tests/workbook/fakeExcel';

const FIVE_MB = 5 * 1024 * 1024;
const text = readFileSync(
  new URL('../seeds/guangyuan-vocational-education-key-tasks-2015.txt', import.meta.url),
  'utf8',
);
const source = { name: 'bench', text };
const importedAt = '2026-11-29T00:00:00.000Z';

function table(count: number): TaskTable {
  const seed = parseTaskTable(text);
  const tasks = Array.from({ length: count }, (_, i) => ({
    ...(seed.tasks[i % seed.tasks.length] as Task),
    no: i + 1,
  }));
  return { ...seed, tasks };
}

let failed = 0;
function check(label: string, value: number, target: number, unit = ''): void {
  const ok = value <= target;
  if (!ok) failed += 1;
  console.log(`${ok ? 'ok  ' : 'MISS'} ${label}: ${value}${unit} (target ≤ ${target}${unit})`);
}

interface Measured {
  syncs: number;
  largest: number;
  total: number;
  largestResponse: number;
  ms: number;
}

async function measure(fake: FakeExcel, run: () => Promise<unknown>): Promise<Measured> {
  const before = fake.stats.requestBytes.length;
  const start = performance.now();
  await run();
  const bytes = fake.stats.requestBytes.slice(before);
  const responses = fake.stats.responseBytes.slice(before);
  return {
    syncs: bytes.length,
    largest: Math.max(0, ...bytes),
    total: bytes.reduce((a, b) => a + b, 0),
    largestResponse: Math.max(0, ...responses),
    ms: Math.round(performance.now() - start),
  };
}

for (const count of [24, 10_000]) {
  const fake = createFakeExcel();
  const first = await measure(fake, () => loadLedger(fake.context, table(count), source, { importedAt }));
  // 1 failed lookup + 1 probe + writes + 1 to remember the new table's column ids.
  const designed =
    3 + Math.max(1, Math.ceil(first.total / (SYNC_BUDGET_BYTES - unmeasuredAllowance(SYNC_BUDGET_BYTES))));
  console.log(
    `loadLedger ${count} tasks, first load: ${first.syncs} syncs, ${first.total} bytes, largest request ${first.largest} bytes, ${first.ms} ms (fake)`,
  );
  check(`  first load syncs = 3 + ceil(bytes/(4MB-16KB)) = ${designed}`, first.syncs, count <= 24 ? 4 : designed);
  // 3 reads + one write per 4 MB request: 10,000 tasks hold 5.5 MB of values and formats (the 预警 formula is sent once
  // and filled down its column; 8.75 MB and 6 syncs when it was sent per row), so two write requests
  // (tests/workbook/loadLedgerRoundTrips.test.ts says 5 too).
  check('  first load syncs', first.syncs, 5);
  check('  largest request', first.largest, FIVE_MB - 1, ' bytes');
  const merge = await measure(fake, () => loadLedger(fake.context, table(count), source, { importedAt }));
  console.log(
    `loadLedger ${count} tasks, reload (merge): ${merge.syncs} syncs, largest request ${merge.largest} bytes, largest response ${merge.largestResponse} bytes, ${merge.ms} ms`,
  );
  check('  reload syncs', merge.syncs, count <= 2500 ? 2 : 4);
  check('  largest request', merge.largest, FIVE_MB - 1, ' bytes');
  check('  largest response', merge.largestResponse, FIVE_MB - 1, ' bytes');
  const revised = table(count);
  revised.tasks = revised.tasks.map((t) => ({ ...t, text: `${t.text}（修订）` }));
  const changed = await measure(fake, () => loadLedger(fake.context, revised, source, { importedAt }));
  // Each changed row is found by 序号 in its batch: the request carries its find and intersections too (estimated, see rowWrites).
  const estimated = changed.total + count * (ROW_WRITE_OVERHEAD_BYTES + CELL_WRITE_OVERHEAD_BYTES);
  const designedMerge =
    merge.syncs - 1 + Math.max(1, Math.ceil(estimated / (SYNC_BUDGET_BYTES - unmeasuredAllowance(SYNC_BUDGET_BYTES))));
  console.log(
    `loadLedger ${count} tasks, reload with every task text revised: ${changed.syncs} syncs, ${changed.total} bytes of values (${estimated} with the finds, estimated), largest request ${changed.largest} bytes`,
  );
  check(`  revised reload syncs = reads + ceil((values + finds)/4MB) = ${designedMerge}`, changed.syncs, designedMerge);
  check('  largest request', changed.largest, FIVE_MB - 1, ' bytes');
}

const fake = createFakeExcel();
await loadLedger(fake.context, table(24), source, { importedAt });
const read = await measure(fake, () => readLedger(fake.context));
check('readLedger syncs', read.syncs, 1);
const filter = await measure(fake, () => applyFilter(fake.context, { status: '已完成' }, '2026-11-29', 7));
check('applyFilter syncs', filter.syncs, 2);
const summary = await measure(fake, () => buildSummary(fake.context, '2026-11-29'));
check('buildSummary syncs', summary.syncs, 2);

// Every write operation's syncs before issue 20 (main at 0b31b6e, this same bench/writeSyncs.ts run on that tree) and now:
// co-authoring-safe writes find rows when they write and verify after, which may cost one sync more, never two.
const BEFORE: Readonly<Record<string, number>> = {
  'loadLedger (first load)': 4,
  'loadLedger (reload, one task changed)': 2,
  'loadLedger (reload, one task added)': 3,
  'writeStatus (first entry, creates 进展记录)': 2,
  'writeStatus (append)': 3,
  applyFilter: 2,
  clearFilter: 2,
  'buildSummary (first)': 2,
  'buildSummary (rebuild)': 2,
  'getReportKey (made)': 2,
  'saveRound (first, creates 填报轮次)': 3,
  'saveRound (new round)': 2,
  'saveRound (update)': 2,
  'writeCarriedColumns (one new column)': 2,
  'applyReportPlan (one agency)': 4,
  'applyReportPlan (the same again: nothing new)': 3,
};
const after = await writeSyncs();
console.log('write operation: syncs before → now (24 tasks, on the double)');
for (const [label, now] of Object.entries(after)) {
  const was = BEFORE[label];
  console.log(`  ${label}: ${was ?? '—'} → ${now}`);
  check(`  ${label} syncs (before + 1 at most)`, now, (was ?? now) + 1);
}

// Sync counts by number of tasks (a ledger under ~2,500 rows is read in one sync): the same for 24 and 2,000 tasks.
for (const count of [24, 2_000]) {
  const f = createFakeExcel();
  await loadLedger(f.context, table(count), source, { importedAt });
  await writeStatus(f.context, 9, { status: '推进中', note: '推进', date: '2026-11-29', by: '甲' }, undefined, {
    now: importedAt,
  });
  const entry = await measure(f, () =>
    writeStatus(f.context, 10, { status: '推进中', note: '推进', date: '2026-11-29', by: '甲' }, undefined, {
      now: importedAt,
    }),
  );
  const history = await measure(f, () => readHistory(f.context, 9));
  const ids = await measure(f, () => readAppliedAnswerIds(f.context));
  console.log(
    `${count} tasks: writeStatus ${entry.syncs} syncs, readHistory ${history.syncs}, readAppliedAnswerIds ${ids.syncs}`,
  );
  check(`  ${count} tasks: writeStatus syncs`, entry.syncs, 3);
  check(`  ${count} tasks: readHistory syncs`, history.syncs, 3);
  check(`  ${count} tasks: readAppliedAnswerIds syncs`, ids.syncs, 2);
}

// 进展记录 with 100,000 entries (a province's first years): every request and response under 5 MB.
{
  const f = createFakeExcel();
  await loadLedger(f.context, table(24), source, { importedAt });
  await writeStatus(f.context, 3, { status: '推进中', note: '第一次', date: '2026-11-20', by: '张三' }, undefined, {
    now: importedAt,
  });
  const log = f.model.table('ProgressLog');
  if (!log) throw new Error('no ProgressLog');
  const note = '按计划推进，已召开专题会议研究部署，形成工作方案并报送市政府审定。'.repeat(2);
  for (let i = 1; i < 100_000; i += 1) {
    const r = log.row + log.rowCount;
    [
      importedAt,
      (i % 24) + 1,
      '未启动',
      '推进中',
      note,
      46346,
      '张三',
      '市教育局',
      '2026年11月',
      `wb-answer-${i}-0123456789abcdef`,
    ].forEach((v, c) => {
      log.sheet.ensure(r, log.col + c).value = v;
    });
    log.rowCount += 1;
  }
  for (const [label, run] of [
    ['readHistory(3)', () => readHistory(f.context, 3)],
    ['readAppliedAnswerIds', () => readAppliedAnswerIds(f.context)],
    [
      'writeStatus (append to 100,000)',
      () =>
        writeStatus(f.context, 4, { status: '推进中', note: '追加', date: '2026-11-29', by: '乙' }, undefined, {
          now: importedAt,
        }),
    ],
  ] as const) {
    const m = await measure(f, run);
    console.log(
      `100,000 entries, ${label}: ${m.syncs} syncs, largest request ${m.largest} bytes, largest response ${m.largestResponse} bytes, ${m.ms} ms (fake)`,
    );
    check(`  ${label} largest request`, m.largest, FIVE_MB - 1, ' bytes');
    check(`  ${label} largest response`, m.largestResponse, FIVE_MB - 1, ' bytes');
  }
}

console.log(failed === 0 ? 'workbook: all targets met' : `workbook: ${failed} target(s) missed`);
process.exit(failed === 0 ? 0 : 1);
