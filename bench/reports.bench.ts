// Reporting rounds: sends a report workbook to every agency of the seed (about 20), fills each as the
// agency would, and receives them all (read, validate, plan). Prints ms per file; exits 1 above 500 ms/file.
// The pane's first-load cost of this feature is 0 by construction (ExcelJS and fflate load lazily);
// the pane bench measures that part.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { parseTaskTable, trackTasks } from '../src/model';
import {
  FIRST_TASK_ROW,
  REPORT_COLUMNS,
  REPORT_SHEET,
  buildReportWorkbook,
  buildReportZip,
  planApply,
  readReportWorkbook,
  reportAgencies,
  tasksForAgency,
  type ReadResult,
  type ReportRequest,
  createReportKey,
  type Round,
} from '../src/reports';
import { checkReportSeal, sealReport } from '../src/reports/reportSignature';

const LIMIT_MS_PER_FILE = 500;
const rows = trackTasks(
  parseTaskTable(
    readFileSync(new URL('../seeds/guangyuan-vocational-education-key-tasks-2015.txt', import.meta.url), 'utf8'),
  ).tasks,
);
const round: Round = { id: 'r-bench', name: '2026年11月', dueDate: '2026-11-25', createdAt: '2026-11-01T00:00:00Z' };
const workbookId = 'wb-bench';
const key = await createReportKey(new Date('2026-10-01T00:00:00Z'));
const agencies = reportAgencies(rows);
const requests: ReportRequest[] = agencies.map((agency) => ({
  workbookId,
  key,
  round,
  agency,
  tasks: tasksForAgency(rows, agency),
}));

async function fill(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<ExcelJS.Workbook['xlsx']['load']>[0]);
  const ws = wb.getWorksheet(REPORT_SHEET)!;
  for (let r = FIRST_TASK_ROW; r <= ws.rowCount; r += 1) {
    const row = ws.getRow(r);
    row.getCell(REPORT_COLUMNS.status).value = '推进中';
    row.getCell(REPORT_COLUMNS.progress).value = '按计划推进，已完成阶段性工作。';
    row.getCell(REPORT_COLUMNS.by).value = '联络员';
    row.getCell(REPORT_COLUMNS.date).value = new Date(Date.UTC(2026, 10, 20));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function send(): Promise<{ ms: number; files: Uint8Array[] }> {
  const started = performance.now();
  const files: Uint8Array[] = [];
  for (const request of requests) files.push(await buildReportWorkbook(request));
  return { ms: performance.now() - started, files };
}

async function receive(files: readonly Uint8Array[]): Promise<{ ms: number; answers: number }> {
  const started = performance.now();
  const results: ReadResult[] = [];
  for (const file of files)
    results.push(await readReportWorkbook(file, { workbookId, key, rounds: [round], ledgerRows: rows }));
  const plan = planApply(results, rows, new Set(), { receivedOn: '2026-11-29' });
  return { ms: performance.now() - started, answers: plan.history.length };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const n = requests.length;
const cold = await send(); // includes the lazy import of ExcelJS
const filled: Uint8Array[] = [];
for (const file of cold.files) filled.push(await fill(file));
const coldReceive = await receive(filled);
const expectedAnswers = requests.reduce((sum, r) => sum + r.tasks.length, 0);
if (coldReceive.answers !== expectedAnswers) {
  console.error(`reports.bench: expected ${expectedAnswers} answers, got ${coldReceive.answers}`);
  process.exit(1);
}
const sendTimes: number[] = [];
const receiveTimes: number[] = [];
for (let i = 0; i < 5; i += 1) {
  sendTimes.push((await send()).ms / n);
  receiveTimes.push((await receive(filled)).ms / n);
}
const zipStarted = performance.now();
const zip = await buildReportZip(requests);
const zipMs = performance.now() - zipStarted;

// The signature's share, side by side: seal (HMAC-SHA-256 of the identity, 4 part tags, 1 tag per task) and check,
// for every agency's identity, against the whole send; and for the largest list a file may carry (3,000 tasks).
const identities = requests.map((r) => ({
  formatVersion: 2,
  keyId: key.id,
  nonce: '0'.repeat(32),
  workbookId,
  roundId: round.id,
  roundName: round.name,
  dueDate: round.dueDate,
  agency: r.agency,
  tasks: r.tasks.map((t, i) => ({ no: t.no, role: t.role, textHash: '0123456789abcdef', row: 5 + i })),
}));
const sealTimes: number[] = [];
for (let i = 0; i < 5; i += 1) {
  const started = performance.now();
  for (const identity of identities) {
    const seal = await sealReport(key, identity);
    if (!(await checkReportSeal(key, identity, seal)).ok) throw new Error('seal does not check');
  }
  sealTimes.push((performance.now() - started) / n);
}
const bigIdentity = {
  ...identities[0]!,
  tasks: Array.from({ length: 3_000 }, (_, i) => ({
    no: i + 1,
    role: 'lead',
    textHash: '0123456789abcdef',
    row: 5 + i,
  })),
};
const bigStarted = performance.now();
const bigSeal = await sealReport(key, bigIdentity);
const bigSealMs = performance.now() - bigStarted;
const forgedStarted = performance.now();
const forgedCheck = await checkReportSeal(key, { ...bigIdentity, agency: '市人社局' }, bigSeal);
const bigCheckMs = performance.now() - forgedStarted;
if (forgedCheck.ok) throw new Error('a forged identity checked');

// planApply at 1,000 and 10,000 tasks, one lead answer each: linear (it once scanned the whole history per row).
function planAt(size: number): number {
  const ledgerRows = Array.from({ length: size }, (_, i) => ({
    ...rows[i % rows.length]!,
    no: i + 1,
    assignments: [{ agency: '市教育局', role: 'lead' as const }],
  }));
  const result: ReadResult = {
    ok: true,
    report: {
      formatVersion: 2,
      authenticated: true,
      workbookId,
      roundId: round.id,
      roundName: round.name,
      agency: '市教育局',
      answers: ledgerRows.map((r, i) => ({
        no: r.no,
        status: '推进中' as const,
        progress: '按计划推进',
        problems: '',
        nextSteps: '',
        by: '联络员',
        date: '2026-11-20',
        row: 5 + i,
      })),
      issues: [],
      unanswered: [],
    },
  };
  const times: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    const started = performance.now();
    const plan = planApply([result], ledgerRows, new Set(), { receivedOn: '2026-11-29' });
    times.push(performance.now() - started);
    if (plan.changes.length !== size) throw new Error('planApply: a change per task expected');
  }
  return median(times);
}
const plan1k = planAt(1_000);
const plan10k = planAt(10_000);
// Linear is 10; the quadratic scan it replaced measured 41.5. 15 leaves room for GC at 10,000 tasks.
const PLAN_RATIO_LIMIT = 15;

const sendMs = median(sendTimes);
const sealMs = median(sealTimes);
const SEAL_SHARE_LIMIT = 0.25;
const receiveMs = median(receiveTimes);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(`agencies: ${n}, tasks sent: ${expectedAnswers}, answers received: ${coldReceive.answers}`);
console.log(
  `send    (buildReportWorkbook): ${sendMs.toFixed(1)} ms/file (first run with lazy ExcelJS import: ${(cold.ms / n).toFixed(1)} ms/file)`,
);
console.log(
  `receive (read + validate + plan): ${receiveMs.toFixed(1)} ms/file (first run: ${(coldReceive.ms / n).toFixed(1)} ms/file)`,
);
console.log(
  `zip of all ${n} reports: ${zipMs.toFixed(0)} ms, ${kb(zip.length)} KB; average report ${kb(cold.files.reduce((s, f) => s + f.length, 0) / n)} KB`,
);
console.log(
  `signature (seal + check): ${sealMs.toFixed(2)} ms/file = ${(sealMs / sendMs).toFixed(3)} of a send (target ≤ ${SEAL_SHARE_LIMIT}); 3,000 tasks: seal ${bigSealMs.toFixed(0)} ms, check of a forged one (every tag) ${bigCheckMs.toFixed(0)} ms`,
);
console.log(
  `planApply 10,000 ÷ 1,000 tasks: ${plan10k.toFixed(1)} ÷ ${plan1k.toFixed(1)} ms = ${(plan10k / plan1k).toFixed(2)} (linear = 10, limit ${PLAN_RATIO_LIMIT})`,
);
console.log(
  `limit: ${LIMIT_MS_PER_FILE} ms/file; first-load JavaScript added to the pane: 0 (lazy import, measured by the pane bench)`,
);
if (!(
  sendMs <= LIMIT_MS_PER_FILE &&
  receiveMs <= LIMIT_MS_PER_FILE &&
  sealMs / sendMs <= SEAL_SHARE_LIMIT &&
  plan10k / plan1k <= PLAN_RATIO_LIMIT
)) {
  console.error('reports.bench: over the limit');
  process.exit(1);
}
