// 导出台账副本: builds the .xlsx copy of a 1,000-task and a 10,000-task ledger (every status, extensions,
// history), interleaved, and checks that time grows linearly: exits 1 when 10k/1k exceeds 12 (10 is linear).
// Prints the time per 1,000 tasks of each and the file sizes. ExcelJS loads lazily (the first run includes it).
import { buildLedgerCopy, type LedgerCopyRequest } from '../src/ledgerCopy';
import { copyRequest, syntheticLedger } from '../tests/ledgerCopy/ledgerFixtures';

const LIMIT_RATIO = 12;
const AS_OF = '2026-11-29';
const small = copyRequest(syntheticLedger(1_000, AS_OF), AS_OF);
const large = copyRequest(syntheticLedger(10_000, AS_OF), AS_OF);
const gc = (globalThis as { gc?: () => void }).gc;

async function time(request: LedgerCopyRequest): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const result = await buildLedgerCopy(request);
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(result.problem.code);
  return { ms, bytes: result.bytes.length };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const first = await time(small); // includes the lazy import of ExcelJS
await time(large);
const smallTimes: number[] = [];
const largeTimes: number[] = [];
let sizes = { small: 0, large: 0 };
for (let round = 0; round < 5; round += 1) {
  // Interleaved, so that a burst of load on the machine hits both sizes alike.
  gc?.();
  const s = await time(small);
  gc?.();
  const l = await time(large);
  smallTimes.push(s.ms);
  largeTimes.push(l.ms);
  sizes = { small: s.bytes, large: l.bytes };
}
const smallMs = median(smallTimes);
const largeMs = median(largeTimes);
const ratio = largeMs / smallMs;
const kb = (n: number): string => (n / 1024).toFixed(0);
console.log(
  `ledger copy 1,000 tasks: ${smallMs.toFixed(0)} ms (${smallMs.toFixed(0)} ms per 1,000 tasks; first run with lazy ExcelJS import: ${first.ms.toFixed(0)} ms), ${kb(sizes.small)} KB`,
);
console.log(
  `ledger copy 10,000 tasks: ${largeMs.toFixed(0)} ms (${(largeMs / 10).toFixed(0)} ms per 1,000 tasks), ${kb(sizes.large)} KB`,
);
console.log(`10k/1k: ${ratio.toFixed(2)} (limit ${LIMIT_RATIO}; 10 is linear)`);
if (!(ratio <= LIMIT_RATIO)) {
  console.error('ledgerCopy.bench: export time grows faster than linearly');
  process.exit(1);
}
