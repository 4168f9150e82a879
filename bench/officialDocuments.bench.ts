// The 督查通报 for 10,000 tasks against 1,000 (same shape, 30% late, all of them in the attached table): the time
// ratio must stay ≤ 12 (linear: about 10). Prints ms and bytes per size; exits 1 above the ratio.
// The pane's first-load cost is 0 by construction (`docx` loads on click); bench/pane.bench.mjs measures that part.
import { buildNoticeDocx, DEFAULT_NOTICE_FORM } from '../src/officialDocuments';
import type { WarningRule } from '../src/model';
import { generatedLedger } from '../tests/officialDocuments/ledgerFixture';

const MAX_RATIO = 12;
const RULE: WarningRule = { preset: '蓝黄红', dueSoonDays: 7, laggingCounts: true };

async function timeNotice(n: number): Promise<{ ms: number; bytes: number }> {
  const tasks = generatedLedger(n);
  let best = Number.POSITIVE_INFINITY;
  let bytes = 0;
  for (let i = 0; i < 3; i += 1) {
    (globalThis as { gc?: () => void }).gc?.(); // run with --expose-gc (npm run bench does): no collection left over from the last size
    const started = performance.now();
    const docx = await buildNoticeDocx(
      { tasks, asOf: '2026-06-30', rule: RULE, printedOn: '2026-07-01' },
      DEFAULT_NOTICE_FORM,
    );
    best = Math.min(best, performance.now() - started);
    bytes = docx.length;
  }
  return { ms: best, bytes };
}

await timeNotice(200); // warm-up: module load and JIT
const small = await timeNotice(1_000);
const large = await timeNotice(10_000);
const ratio = large.ms / small.ms;
console.log(`notice 1,000 tasks: ${small.ms.toFixed(0)} ms, ${small.bytes} bytes`);
console.log(`notice 10,000 tasks: ${large.ms.toFixed(0)} ms, ${large.bytes} bytes`);
console.log(`10k/1k time ratio: ${ratio.toFixed(2)} (target ≤ ${MAX_RATIO})`);
if (ratio > MAX_RATIO) process.exit(1);
