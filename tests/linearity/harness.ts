/**
 * The linearity harness (issue 12): every exported function of a module is run over adversarial text at
 * 1 KB and at 100 KB, side by side, and the ratio of the medians is compared with the input ratio (100).
 * A linear function shows about 100×, a quadratic one about 10,000×: a threshold of 400 separates them on a
 * busy machine without any wall-clock limit. Used by tests/model/linearity.slow.test.ts and
 * tests/reports/linearity.slow.test.ts; bench/worstCase.bench.ts prints the same families against ordinary text.
 */

/** Characters the adversarial families and the mixed family are made of. */
const MIXED_ALPHABET = '序号任务单位一二、（）()"\t\n\r 　0123456789市教育局牵头配合持续实施年月底前.—等和及，；：';

/** A deterministic generator: the same text on every run, so a failure can be reproduced. */
function lcg(seed: number): () => number {
  let value = seed;
  return () => {
    value = (value * 1103515245 + 12345) % 2147483648;
    return value;
  };
}

/** `unit` repeated to `size` characters exactly (a trailing partial copy cut off). */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** One family of hostile text, as the table lists them; `make(size)` gives about `size` characters. */
export interface Family {
  name: string;
  make: (size: number) => string;
}

/** The adversarial families of issue 12; each `make` wraps its run in real names so every branch is reached. */
export const FAMILIES: readonly Family[] = [
  { name: 'spaces', make: (n) => 'a' + ' '.repeat(n) + 'b' },
  { name: 'spaces between names', make: (n) => '市教育局' + ' '.repeat(n) + '市财政局' },
  { name: 'full-width spaces', make: (n) => '市教育局牵头' + '\u3000'.repeat(n) + '市财政局' },
  { name: '、', make: (n) => '市教育局' + '、'.repeat(n) + '市财政局' },
  { name: '（ without ）', make: (n) => '市教育局（' + fill('（牵头', n) },
  { name: 'digits', make: (n) => '1' + '0'.repeat(n) + '年底前' },
  { name: '牵头', make: (n) => fill('牵头', n) + '市教育局' },
  { name: 'dots and full stops', make: (n) => '已完成' + fill('.。!', n) + 'x' },
  { name: 'tab row with spaces', make: (n) => '1\t任务\t市教育局' + ' '.repeat(n) + '市财政局\t持续实施' },
  {
    name: 'mixed',
    make: (n) => {
      const next = lcg(12345);
      let text = '';
      for (let i = 0; i < n; i++) text += MIXED_ALPHABET[next() % MIXED_ALPHABET.length] ?? ' ';
      return text;
    },
  },
];

export const SMALL = 1_000;
export const LARGE = 100_000;
/**
 * A linear function shows ≈ 100× at 100× the size and a quadratic one ≈ 10,000×; garbage collection of
 * 100 KB strings alone was seen to push a linear one past 400 on a busy 2-core machine, hence 1,000.
 */
const MAX_RATIO = 1_000;
/** Below this a large run cannot hide quadratic work worth finding; it keeps timer noise out of the ratio. */
const NOISE_FLOOR_MS = 20;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export interface Ratio {
  small: number;
  large: number;
  ratio: number;
  /** The 10× step's ratio when it alone settled the answer (the 100× ratio is then its square, estimated). */
  step?: number;
}

/** At 10× the size: linear ≈ 10, quadratic ≈ 100. */
const MAX_STEP_RATIO = 60;

/** Each timed span lasts at least this long, so timer resolution and call overhead stay out of the ratio. */
const MIN_SPAN_MS = 5;

/**
 * Times `run` on the small and the large input alternately (side by side, so a busy moment hits both) and
 * returns the medians per call and their ratio. Each input runs in a batch long enough to measure; a clear
 * first round ends the measurement, an unclear one is settled by the median of five.
 */
export async function measureRatio(run: (text: string) => unknown, small: string, large: string): Promise<Ratio> {
  const call = async (text: string): Promise<void> => {
    try {
      await run(text);
    } catch {
      // a refusal is an answer too: its time counts the same
    }
  };
  const batchFor = async (text: string, cap: number): Promise<number> => {
    const started = performance.now();
    await call(text);
    const once = performance.now() - started;
    return Math.max(1, Math.min(cap, Math.ceil(MIN_SPAN_MS / Math.max(once, 1e-3))));
  };
  for (let i = 0; i < 3; i++) await call(small); // warm the JIT on the small input only
  const smallBatch = await batchFor(small, 5_000);
  // A step at 10× first: a quadratic function shows ≈ 100× there (linear ≈ 10×) and is reported without
  // spending minutes on the 100× input.
  const medium = large.slice(0, Math.max(small.length * 10, 1));
  const mediumBatch = await batchFor(medium, 500);
  const steps: number[] = [];
  const mediums: number[] = [];
  for (let r = 0; r < 3; r++) {
    let started = performance.now();
    for (let i = 0; i < smallBatch; i++) await call(small);
    const s = (performance.now() - started) / smallBatch;
    started = performance.now();
    for (let i = 0; i < mediumBatch; i++) await call(medium);
    mediums.push((performance.now() - started) / mediumBatch);
    steps.push((mediums[r] ?? 0) / Math.max(s, 1e-4));
    if (r === 0 && (steps[0] ?? 0) <= MAX_STEP_RATIO / 2) break;
  }
  const step = median(steps);
  // Only a slow step settles it: on microsecond calls the ratio is noise, and the 100× input decides.
  if (step > MAX_STEP_RATIO && median(mediums) > NOISE_FLOOR_MS)
    return { small: 0, large: 0, ratio: step * step, step };
  const largeBatch = await batchFor(large, 50);
  const smalls: number[] = [];
  const larges: number[] = [];
  for (let r = 0; r < 5; r++) {
    let started = performance.now();
    for (let i = 0; i < smallBatch; i++) await call(small);
    smalls.push((performance.now() - started) / smallBatch);
    started = performance.now();
    for (let i = 0; i < largeBatch; i++) await call(large);
    larges.push((performance.now() - started) / largeBatch);
    const first = (larges[0] ?? 0) / Math.max(smalls[0] ?? 0, 1e-4);
    if (r === 0 && (first <= MAX_RATIO / 2 || first > MAX_RATIO * 10)) break; // clearly linear, or clearly not
  }
  const s = Math.max(median(smalls), 1e-4);
  const l = median(larges);
  return { small: s, large: l, ratio: l / s };
}

/** Whether a measured ratio is linear enough: the ratio bound, or too fast to hold quadratic work. */
export function isLinear(measured: Ratio): boolean {
  if (measured.step !== undefined) return false;
  return measured.ratio <= MAX_RATIO || measured.large < NOISE_FLOOR_MS;
}

/** How to feed text to one exported function. */
export type Adapter = (fn: (...args: never[]) => unknown, text: string) => unknown;

/** Tried in order for an export with no adapter of its own: the first that does not throw is used. */
const DEFAULT_ADAPTERS: readonly Adapter[] = [
  (fn, text) => (fn as (t: string) => unknown)(text),
  (fn, text) =>
    (fn as (g: string[][]) => unknown)([
      [text, text],
      [text, text],
    ]),
  (fn, text) => (fn as (l: string[]) => unknown)([text, text]),
];

/**
 * The exported functions of a module namespace, each with the adapter that feeds it text: its own from
 * `adapters`, else the first default that runs on a small input without throwing. Exports listed in
 * `notText` take no user text (numbers, dates, bytes) and are left out; anything else that no adapter can
 * run is returned in `unfed`, so a new export fails the test until someone says how to feed it.
 */
export async function discover(
  namespace: Readonly<Record<string, unknown>>,
  adapters: Readonly<Record<string, Adapter>>,
  notText: ReadonlySet<string>,
): Promise<{ fed: { name: string; run: (text: string) => unknown }[]; unfed: string[] }> {
  const fed: { name: string; run: (text: string) => unknown }[] = [];
  const unfed: string[] = [];
  const probe = FAMILIES[0]?.make(SMALL) ?? 'x';
  for (const [name, value] of Object.entries(namespace).sort(([a], [b]) => a.localeCompare(b))) {
    if (typeof value !== 'function' || notText.has(name)) continue;
    const fn = value as (...args: never[]) => unknown;
    const own = adapters[name];
    if (own) {
      fed.push({ name, run: (text) => own(fn, text) });
      continue;
    }
    let chosen: Adapter | null = null;
    for (const adapter of DEFAULT_ADAPTERS) {
      try {
        await adapter(fn, probe);
        chosen = adapter;
        break;
      } catch {
        // try the next way of feeding it
      }
    }
    if (chosen) {
      const adapter = chosen;
      fed.push({ name, run: (text) => adapter(fn, text) });
    } else unfed.push(name);
  }
  return { fed, unfed };
}
