// The file port on large ledgers: a ledger of 1,000 tasks with 1,000 history entries and one of 10,000 tasks with
// 10,000 entries (ten times both), and the brief's case of 1,000 tasks with 10,000 entries. Each cycle opens the
// file, reads the ledger, writes one status entry and saves (patching: untouched rows keep their bytes, only our
// sheets are deflated again). Exits 1 when save of 10k ÷ 1k tasks exceeds 12 (10 is linear).
import { appendTableRows } from '../src/fileWorkbook/appendTableRows';
import { createFilePort, createLedgerWorkbook, LedgerFile } from '../src/fileWorkbook';
import { toExcelSerial } from '../src/model';
import { largeTable } from '../tests/workbook/ledgerFixtures';

const ID = 'wb-00000000-1111-2222-3333-444444444444';

async function open(bytes: Uint8Array): Promise<LedgerFile> {
  const opened = await LedgerFile.open(bytes);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  return opened.file;
}

/** A ledger of `tasks` tasks and `entries` history entries (the log filled in one append). */
async function ledger(tasks: number, entries: number): Promise<Uint8Array> {
  const file = await open(await createLedgerWorkbook(largeTable(tasks), ID));
  const rows = Array.from({ length: entries }, (_, i) => [
    `2026-11-${String((i % 28) + 1).padStart(2, '0')}T08:00:00.000Z`,
    (i % tasks) + 1,
    '未启动',
    '推进中',
    `第${i + 1}次填报：已召开专题会议，制定实施方案，正在推进。`,
    toExcelSerial('2026-11-20'),
    '张三',
    '市教育局',
    '2026年11月',
    `answer-${i}`,
  ]);
  await appendTableRows(file, 'ProgressLog', rows);
  return file.save();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const gc = (globalThis as { gc?: () => void }).gc;

async function cycle(bytes: Uint8Array, tasks: number): Promise<{ open: number; save: number }> {
  const t0 = performance.now();
  const file = await open(bytes);
  const port = createFilePort(file, { now: () => new Date('2026-11-29T03:00:00.000Z') });
  const read = await port.readLedger();
  const t1 = performance.now();
  if (read.rows.length !== tasks) throw new Error(`expected ${tasks} rows, read ${read.rows.length}`);
  const result = await port.writeStatus(tasks, { status: '已完成', note: '已验收', date: '2026-11-29', by: '李四' });
  if (!result.ok) throw new Error(`status refused: ${result.code}`);
  await file.save();
  return { open: t1 - t0, save: performance.now() - t1 };
}

const small = await ledger(1_000, 1_000);
const large = await ledger(10_000, 10_000);
const brief = await ledger(1_000, 10_000);
await cycle(small, 1_000);
await cycle(large, 10_000);
const s = { open: [] as number[], save: [] as number[] };
const l = { open: [] as number[], save: [] as number[] };
const b = { open: [] as number[], save: [] as number[] };
for (let round = 0; round < 5; round += 1) {
  // Interleaved, so a burst of load on the shared machine hits every size alike.
  gc?.();
  const t = await cycle(small, 1_000);
  s.open.push(t.open);
  s.save.push(t.save);
  gc?.();
  const u = await cycle(large, 10_000);
  l.open.push(u.open);
  l.save.push(u.save);
  gc?.();
  const v = await cycle(brief, 1_000);
  b.open.push(v.open);
  b.save.push(v.save);
}
const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `.xlsx sizes: 1,000 tasks + 1,000 entries ${kb(small.length)}, 10,000 + 10,000 ${kb(large.length)}, 1,000 + 10,000 ${kb(brief.length)}`,
);
console.log(
  `open + read   1k/1k: ${median(s.open).toFixed(0)} ms, 10k/10k: ${median(l.open).toFixed(0)} ms, 1k/10k: ${median(b.open).toFixed(0)} ms`,
);
console.log(
  `entry + save  1k/1k: ${median(s.save).toFixed(0)} ms, 10k/10k: ${median(l.save).toFixed(0)} ms, 1k/10k: ${median(b.save).toFixed(0)} ms`,
);
const openRatio = median(l.open) / median(s.open);
const saveRatio = median(l.save) / median(s.save);
console.log(
  `ratio 10k/1k tasks: open ${openRatio.toFixed(2)}, save ${saveRatio.toFixed(2)} (linear = 10, limit 12 on save)`,
);
if (!(saveRatio <= 12)) {
  console.error('fileWorkbook.bench: save grows worse than linearly');
  process.exit(1);
}
