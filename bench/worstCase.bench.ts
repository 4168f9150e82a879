// Worst case (issue 12): per input family of the issue's table, time(100 KB adversarial) ÷ time(100 KB
// ordinary), medians of 5 measured side by side (target ≤ 5); and per crafted report file the peak memory
// of reading it, in a child process of its own (target < 200 MB each). Exits 1 on any miss.
// `node --expose-gc --import tsx bench/worstCase.bench.ts` (scripts/bench.mjs runs it with the others).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  analyzeUnits,
  filterTasks,
  findLikelyTypos,
  normalizeStatus,
  parseTaskTable,
  trackTasks,
  type TrackedTask,
} from '../src/model';
import { buildReportWorkbook, readReportWorkbook, tasksForAgency, type ReadExpectation } from '../src/reports';
import { withBomb, withExtraRows, withLastRowCell, withMetaBomb } from '../tests/reports/craftedFiles';
import { KEY, ROUND, WORKBOOK_ID, fillReport, seedRows } from '../tests/reports/seedLedger';

const TARGET_RATIO = 5;
const TARGET_PEAK_MB = 200;
const SIZE = 100_000;
const rows = seedRows();
const expected: ReadExpectation = { workbookId: WORKBOOK_ID, key: KEY, rounds: [ROUND], ledgerRows: rows };

// Child mode: read one file from disk and print the peak memory it took, nothing else in the process.
if (process.argv[2] === '--read') {
  const bytes = new Uint8Array(readFileSync(process.argv[3] ?? ''));
  await readReportWorkbook(buildSafe(), expected); // load ExcelJS and fflate first: their code is not the file's cost
  globalThis.gc?.();
  const before = process.memoryUsage();
  let peakHeap = before.heapUsed;
  const timer = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 1);
  const started = performance.now();
  const result = await readReportWorkbook(bytes, expected);
  const ms = performance.now() - started;
  clearInterval(timer);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const verdict = result.ok
    ? `read, ${result.report.issues.length} issues`
    : `refused: ${result.issues[0]?.code ?? ''}`;
  console.log(
    JSON.stringify({
      ms,
      heapMb: (peakHeap - before.heapUsed) / 2 ** 20,
      rssMb: (peakRss - before.rss) / 2 ** 20,
      verdict,
    }),
  );
  process.exit(0);
}

/** The untouched report (its path is the child's second argument). */
function buildSafe(): Uint8Array {
  return new Uint8Array(readFileSync(process.argv[4] ?? ''));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function timeOf(run: () => unknown): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** Calls of `run` per sample, so one sample lasts at least 20 ms (sub-millisecond timings are mostly timer noise). */
async function repsFor(run: () => unknown): Promise<number> {
  const once = Math.max(await timeOf(run), 0.01);
  return Math.min(10_000, Math.max(1, Math.ceil(20 / once)));
}

async function perCall(run: () => unknown, reps: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < reps; i++) await run();
  return (performance.now() - started) / reps;
}

/** Median adversarial and ordinary times per call, alternating so a busy moment hits both. */
async function ratio(
  adversarial: () => unknown,
  ordinary: () => unknown,
): Promise<{ adv: number; ord: number; ratio: number }> {
  await adversarial();
  await ordinary();
  const advReps = await repsFor(adversarial);
  const ordReps = await repsFor(ordinary);
  const a: number[] = [];
  const o: number[] = [];
  for (let k = 0; k < 7; k++) {
    a.push(await perCall(adversarial, advReps));
    o.push(await perCall(ordinary, ordReps));
  }
  const adv = median(a);
  const ord = median(o);
  return { adv, ord, ratio: adv / ord };
}

const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
/** 100 KB of distinct numbered tasks (a table repeating one 序号 would parse to a single task). */
function distinctRows(size: number): string {
  const lines: string[] = [];
  let length = 0;
  for (let i = 1; length < size; i++) {
    const line = `${i}\t落实职业教育经费投入第${i}项\t市教育局牵头，市财政局、市人社局配合\t2016年底前\n`;
    lines.push(line);
    length += line.length;
  }
  return lines.join('').slice(0, size);
}
const ordinaryRows = distinctRows(SIZE);
const ordinaryUnits = fill('市教育局牵头，市财政局、市人社局等配合；', SIZE);
const taskWith = (units: string): TrackedTask => ({
  ...(rows[0] as TrackedTask),
  units,
  assignments: [{ agency: units, role: 'lead' }],
});
const tasks = trackTasks(parseTaskTable(ordinaryRows).tasks);
/** 100 KB of agency names as a large table has them: each frequent name twice, a near-miss of every fifth once. */
const ordinaryNames = Array.from({ length: 3_000 }, (_, k) => `市第${k.toString().padStart(4, '0')}工作局`).flatMap(
  (name, k) =>
    [name, name, ...(k % 5 === 0 ? [`${name.slice(0, 3)}x${name.slice(4)}`] : [])].map((agency, j) => ({
      agency,
      line: k * 3 + j + 1,
    })),
);

const families: { name: string; adversarial: () => unknown; ordinary: () => unknown }[] = [
  {
    name: '状态 cell: a + 100,000 spaces + b',
    adversarial: () => normalizeStatus('a' + ' '.repeat(SIZE) + 'b'),
    ordinary: () => normalizeStatus(fill('已完成推进中', SIZE)),
  },
  {
    name: 'paste: 1⇥任务⇥市教育局 + 100,000 spaces + 市财政局',
    adversarial: () => parseTaskTable('1\t任务\t市教育局' + ' '.repeat(SIZE) + '市财政局'),
    ordinary: () => parseTaskTable(ordinaryRows),
  },
  {
    name: '负责单位 cell of spaces between names',
    adversarial: () => analyzeUnits('市教育局' + ' '.repeat(SIZE) + '市财政局'),
    ordinary: () => analyzeUnits(ordinaryUnits),
  },
  {
    name: '负责单位: 、 run',
    adversarial: () => analyzeUnits('、'.repeat(SIZE)),
    ordinary: () => analyzeUnits(ordinaryUnits),
  },
  {
    name: '负责单位: （ without ）',
    adversarial: () => analyzeUnits('（'.repeat(SIZE)),
    ordinary: () => analyzeUnits(ordinaryUnits),
  },
  {
    name: '负责单位: 牵头 run',
    adversarial: () => analyzeUnits('牵头'.repeat(SIZE / 2)),
    ordinary: () => analyzeUnits(ordinaryUnits),
  },
  {
    name: 'likely typos: two 100,000-character names',
    adversarial: () =>
      findLikelyTypos([
        { agency: '市' + ' '.repeat(SIZE) + '局', line: 1 },
        { agency: '市' + ' '.repeat(SIZE) + '局', line: 2 },
        { agency: '市' + ' '.repeat(SIZE - 1) + 'x局', line: 3 },
      ]),
    ordinary: () => findLikelyTypos(ordinaryNames),
  },
  {
    name: 'filter: a 100,000-character 负责单位 and keyword',
    adversarial: () =>
      filterTasks(
        [taskWith(' '.repeat(SIZE)), ...tasks.slice(0, 10)],
        { keyword: ' '.repeat(200), agency: '市教育局' },
        { asOf: '2026-01-01', warnDays: 7 },
      ),
    ordinary: () =>
      filterTasks(tasks, { keyword: '职业 教育', agency: '市教育局' }, { asOf: '2026-01-01', warnDays: 7 }),
  },
];

let missed = 0;
console.log(`text families (target adversarial ÷ ordinary ≤ ${TARGET_RATIO}, 100 KB each):`);
for (const f of families) {
  const r = await ratio(f.adversarial, f.ordinary);
  const ok = r.ratio <= TARGET_RATIO;
  if (!ok) missed++;
  console.log(
    `  ${ok ? 'ok  ' : 'MISS'} ${f.name}: ${r.adv.toFixed(3)} ms ÷ ${r.ord.toFixed(3)} ms = ${r.ratio.toFixed(2)}`,
  );
}

// Crafted report files, written to disk by this process and each read by a fresh child.
const edu = await buildReportWorkbook({
  workbookId: WORKBOOK_ID,
  key: KEY,
  round: ROUND,
  agency: '市教育局',
  tasks: tasksForAgency(rows, '市教育局'),
});
const eduNos = tasksForAgency(rows, '市教育局').map((t) => t.no);
const statusSpaces = await fillReport(
  edu,
  new Map(eduNos.map((no) => [no, { status: 'a' + ' '.repeat(SIZE) + 'b', by: '王五', date: '2026-11-20' }])),
);
const statusOrdinary = await fillReport(
  edu,
  new Map(
    eduNos.map((no) => [
      no,
      { status: '推进中', progress: fill('按计划推进。', 3_900), by: '王五', date: '2026-11-20' },
    ]),
  ),
);
// Each with the verdict it must get: a file refused for another reason (say, a key the child does not have) would
// measure nothing of what it was crafted for.
const crafted: [string, Uint8Array, RegExp][] = [
  ['ordinary report, 3,900-character answers (reference)', statusOrdinary, /^read, 0 issues$/],
  ['状态 cells of a + 100,000 spaces + b', statusSpaces, /^read, \d+ issues$/],
  ['one cell at A1048576', withLastRowCell(edu), /^read, 1 issues$/],
  ['130,000 extra rows', withExtraRows(edu, 5 + eduNos.length + 1, 130_000), /^read, \d+ issues$/],
  // A part the reader never inflates (media) is ignored since issue 21; one it reads is held to its declared size.
  [
    'styles.xml declaring 1,000 bytes, inflating to 256 MB',
    withBomb(edu, 256 * 1024 * 1024, 1_000, 'xl/styles.xml'),
    /^refused: zip-altered$/,
  ],
  ['_meta: 3,000 entries on one 32,767-character string', withMetaBomb(edu), /^refused: signature-mismatch$/],
];
const dir = mkdtempSync(join(tmpdir(), 'worst-case-'));
writeFileSync(join(dir, 'safe.xlsx'), edu);
console.log(`crafted report files (target peak < ${TARGET_PEAK_MB} MB each, read in a child process each):`);
let referenceMs = 0;
for (const [name, bytes, verdict] of crafted) {
  const path = join(dir, 'file.xlsx');
  writeFileSync(path, bytes);
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', new URL(import.meta.url).pathname, '--read', path, join(dir, 'safe.xlsx')],
    { encoding: 'utf8' },
  );
  const line = child.stdout.trim().split('\n').pop() ?? '';
  type Measured = { ms: number; heapMb: number; rssMb: number; verdict: string };
  let m: Measured | null;
  try {
    m = JSON.parse(line) as Measured;
  } catch {
    m = null;
  }
  if (m === null) {
    missed++;
    console.log(`  MISS ${name}: the child failed (${child.status ?? child.signal}) ${child.stderr.slice(-300)}`);
    continue;
  }
  if (referenceMs === 0) referenceMs = m.ms;
  const ok = m.heapMb < TARGET_PEAK_MB && m.rssMb < TARGET_PEAK_MB && verdict.test(m.verdict);
  if (!ok) missed++;
  console.log(
    `  ${ok ? 'ok  ' : 'MISS'} ${name} (${(bytes.length / 1024).toFixed(0)} KB): ${m.verdict}${verdict.test(m.verdict) ? '' : ` (expected ${String(verdict)})`}; ${m.ms.toFixed(0)} ms (${(m.ms / referenceMs).toFixed(2)}× the reference), peak heap +${m.heapMb.toFixed(0)} MB, peak RSS +${m.rssMb.toFixed(0)} MB`,
  );
}
rmSync(dir, { recursive: true, force: true });
console.log(missed === 0 ? 'worst case: every target met' : `worst case: ${missed} target(s) missed`);
process.exit(missed === 0 ? 0 : 1);
