/**
 * Custom-function speed, measured side by side in one run (medians of interleaved samples):
 *  (a) AGENCYCOUNT / OVERDUECOUNT over a 100,000-row range vs JSON.parse of that range's JSON, the
 *      decode cost every call pays anyway (Excel hands the range over as JSON). Target ratio ≤ 0.5.
 *  (b) 1,000 AGENCYCOUNT calls (different agencies) over one 10,000-row range, units cache on vs off.
 *      Target ratio ≤ 0.2.
 * Run: node --import tsx bench/functions.bench.ts   (exit 1 when a target is missed)
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseTaskTable, STATUSES } from '../src/model';
import { agencyCount, overdueCount } from '../src/functions/functions';
import { clearScheduleCache } from '../src/functions/scheduleCache';
import { clearUnitsCache, setUnitsCacheEnabled } from '../src/functions/unitsCache';

const seed = parseTaskTable(readFileSync('seeds/guangyuan-vocational-education-key-tasks-2015.txt', 'utf8'));
const SEED_UNITS = seed.tasks.map((t) => t.units);
const SEED_SCHEDULES = seed.tasks.map((t) => t.schedule);

/** Agencies that real ledgers name besides the seed's: synthetic cells combine them. */
const POOL = [
  '市公安局',
  '市民政局',
  '市司法局',
  '市交通运输局',
  '市水务局',
  '市商务局',
  '市文化广电旅游局',
  '市卫生健康委',
  '市应急管理局',
  '市审计局',
  '市统计局',
  '市医保局',
  '市林业局',
  '市住房城乡建设局',
  '市自然资源局',
  '市生态环境局',
  '市科技局',
  '市市场监管局',
  '市退役军人事务局',
  '市乡村振兴局',
  '市投资促进局',
  '市大数据中心',
  '市机关事务局',
  '市总工会',
  '团市委',
  '市妇联',
  '市科协',
  '市税务局',
  '市供销社',
  '市气象局',
  '市邮政管理局',
  '市档案馆',
];

/** A ledger-like column: the seed's cells mixed with synthetic ones (a few hundred distinct texts). */
function unitsCell(i: number): string {
  if (i % 3 !== 0) return SEED_UNITS[i % SEED_UNITS.length] ?? '';
  const k = i % 400;
  const name = (j: number): string => POOL[j % POOL.length] ?? '';
  if (k % 4 === 0) return `${name(k)}、${name(k + 3)}、${name(k + 11)}`;
  return `${name(k)}牵头，${name(k + 1)}、${name(k + 7)}${k % 3 === 0 ? `、${name(k + 13)}` : ''}等配合`;
}
function scheduleCell(i: number): string | number {
  if (i % 5 === 4) return 42000 + (i % 900); // a deadline typed as a date
  if (i % 7 === 6) return `${2015 + (i % 6)}年${1 + (i % 12)}月底前出台具体措施`;
  return SEED_SCHEDULES[i % SEED_SCHEDULES.length] ?? '';
}
function statusCell(i: number): string {
  return i % 9 === 0 ? '' : (STATUSES[i % STATUSES.length] ?? '');
}

function column<T>(rows: number, cell: (i: number) => T): T[][] {
  return Array.from({ length: rows }, (_, i) => [cell(i)]);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

// No forced garbage collection between samples: with gc() before each sample V8 deoptimised and
// recompiled OVERDUECOUNT's loop every few rounds (--trace-deopt: "weak objects"), so the samples timed
// the compiler, not the function. Each decode pays for the collections its own allocations trigger.

/**
 * One sample: the process's CPU time (what the judged ratios use: it is the work done, and it stays
 * meaningful when other processes share the cores) and the wall-clock time (printed for reference).
 */
interface Sample {
  cpu: number;
  wall: number;
}

function time(fn: () => void): Sample {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, wall };
}

let failed = false;
function report(label: string, samples: Sample[], baseline: Sample[], target: number): void {
  const cpu = median(samples.map((s) => s.cpu));
  const cpuBase = median(baseline.map((s) => s.cpu));
  const wall = median(samples.map((s) => s.wall));
  const wallBase = median(baseline.map((s) => s.wall));
  const ratio = cpu / cpuBase;
  const ok = ratio <= target;
  if (!ok) failed = true;
  console.log(
    `${ok ? 'PASS' : 'FAIL'}  ${label}: ratio ${ratio.toFixed(3)} (target ≤ ${target}); ` +
      `CPU ${cpu.toFixed(2)} vs ${cpuBase.toFixed(2)} ms, wall ${wall.toFixed(2)} vs ${wallBase.toFixed(2)} ms (wall ratio ${(wall / wallBase).toFixed(3)})`,
  );
}

// (a) 100,000 rows against the decode cost.
{
  const ROWS = 100_000;
  const ROUNDS = 15;
  const unitsJson = JSON.stringify(column(ROWS, unitsCell));
  const pairJson = JSON.stringify([column(ROWS, scheduleCell), column(ROWS, statusCell)]);
  const agenciesToCount = ['市教育局', '市人力资源和社会保障局', '市财政局', '市公安局'];
  const roles = ['lead', 'support', 'any', 'joint'];
  const parseUnitsMs: Sample[] = [];
  const agencyCountMs: Sample[] = [];
  const parsePairMs: Sample[] = [];
  const overdueCountMs: Sample[] = [];
  let sink = 0;
  for (let round = -2; round < ROUNDS; round++) {
    // Every call gets freshly decoded arrays, as from Excel: nothing is shared across calls but the caches.
    let units: unknown[][] = [];
    const pu = time(() => {
      units = JSON.parse(unitsJson) as unknown[][];
    });
    const ac = time(() => {
      const n = agencyCount(units, agenciesToCount[round & 3] ?? '市教育局', roles[round & 3] ?? 'any');
      if (typeof n !== 'number') throw new Error(`AGENCYCOUNT failed: ${JSON.stringify(n)}`);
      sink += n;
    });
    let pair: [unknown[][], unknown[][]] = [[], []];
    const pp = time(() => {
      pair = JSON.parse(pairJson) as [unknown[][], unknown[][]];
    });
    const oc = time(() => {
      const n = overdueCount(pair[0], pair[1], 42248 + round);
      if (typeof n !== 'number') throw new Error(`OVERDUECOUNT failed: ${JSON.stringify(n)}`);
      sink += n;
    });
    if (round < 0) continue; // warm-up rounds fill the caches and the JIT
    parseUnitsMs.push(pu);
    agencyCountMs.push(ac);
    parsePairMs.push(pp);
    overdueCountMs.push(oc);
  }
  console.log(`(a) ${ROWS.toLocaleString('en')} rows, ${ROUNDS} interleaved rounds, medians (checksum ${sink})`);
  report('AGENCYCOUNT / JSON.parse(units)', agencyCountMs, parseUnitsMs, 0.5);
  report('OVERDUECOUNT / JSON.parse(schedules+statuses)', overdueCountMs, parsePairMs, 0.5);
}

// (b) 1,000 calls over 10,000 rows, cache on vs off.
{
  const ROWS = 10_000;
  const CALLS = 1_000;
  // Without the cache each call parses all 10,000 cells, so the off side runs one call in every
  // OFF_EVERY (interleaved with the on side) and the ratio compares per-call medians.
  const OFF_EVERY = 40;
  const json = JSON.stringify(column(ROWS, unitsCell));
  const real = [
    '市教育局',
    '市人社局',
    '市财政局',
    '市发改委',
    '市经信委',
    '各县区人民政府',
    '市法制办',
    '市国资委',
    '市农业局',
    '市残联',
  ];
  // Different agencies on every call: seed agencies, agencies of the synthetic cells, and absent ones.
  const names = [...real, ...POOL];
  const agenciesToCount = Array.from({ length: CALLS }, (_, i) =>
    i % 4 === 3 ? `市第${i}局` : (names[i % names.length] ?? '市教育局'),
  );
  const onMs: Sample[] = [];
  const offMs: Sample[] = [];
  let sink = 0;
  clearUnitsCache();
  for (let i = 0; i < CALLS; i++) {
    const agency = agenciesToCount[i] ?? '市教育局';
    const units = JSON.parse(json) as unknown[][];
    onMs.push(
      time(() => {
        sink += Number(agencyCount(units, agency, i % 2 === 0 ? 'any' : 'lead'));
      }),
    );
    if (i % OFF_EVERY === 0) {
      const fresh = JSON.parse(json) as unknown[][];
      setUnitsCacheEnabled(false);
      offMs.push(
        time(() => {
          sink += Number(agencyCount(fresh, agency, i % 2 === 0 ? 'any' : 'lead'));
        }),
      );
      setUnitsCacheEnabled(true);
    }
  }
  const totalOn = onMs.reduce((a, b) => a + b.cpu, 0);
  console.log(
    `(b) ${CALLS} AGENCYCOUNT calls over ${ROWS.toLocaleString('en')} rows (checksum ${sink}); cache off sampled ${offMs.length}×; ` +
      `1,000 calls with the cache: ${totalOn.toFixed(0)} ms CPU, without ≈ ${(median(offMs.map((s) => s.cpu)) * CALLS).toFixed(0)} ms`,
  );
  report('cache on / cache off (per call)', onMs, offMs, 0.2);
}

clearUnitsCache();
clearScheduleCache();
process.exit(failed ? 1 : 0);
