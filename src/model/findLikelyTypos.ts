/**
 * Spots agency names that are probably typos of another: written once, while a near-identical
 * name is written several times (`市人力资和源社会保障局` beside `市人力资源和社会保障局`).
 */

export interface LikelyTypo {
  /** The name written once. */
  agency: string;
  /** The frequent name it probably means. */
  similarTo: string;
  /** The line of the single occurrence. */
  line: number;
}

/** No agency name is this long: longer text in a units cell is not compared (two 100,000-character names cost 1M steps). */
const MAX_NAME_LENGTH = 200;

/** Caps the character comparisons so that a 10,000-task table with many names stays fast. */
const MAX_CELL_WORK = 1_000_000;

/**
 * The largest edit distance that still reads as a typo for names of this length: short names
 * differ by one character between real, distinct agencies (市财政局 / 市民政局).
 */
function maxDistanceFor(length: number): number {
  if (length >= 10) return 2;
  if (length >= 6) return 1;
  return 0;
}

/**
 * Optimal-string-alignment distance (an adjacent swap counts 1), or `limit + 1` once it must exceed `limit`.
 * Returns the distance and the number of cells computed (the work done).
 */
function boundedDistance(a: string, b: string, limit: number): { distance: number; work: number } {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return { distance: limit + 1, work: 0 };
  const big = limit + 1;
  let prev2 = new Array<number>(m + 1).fill(big);
  let prev = new Array<number>(m + 1);
  let curr = new Array<number>(m + 1).fill(big);
  for (let j = 0; j <= m; j++) prev[j] = j;
  let work = 0;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(m, i + limit);
    // Only the band is computed; its two neighbours are reset so the next rows read "too far" there.
    // (Filling the whole row made two 100,000-character names cost 10^10 steps.)
    curr[0] = i;
    if (from > 1) curr[from - 1] = big;
    if (to < m) curr[to + 1] = big;
    let rowMin = from > 1 ? big : i;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? big) + 1, (curr[j - 1] ?? big) + 1, (prev[j - 1] ?? big) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prev2[j - 2] ?? big) + 1);
      }
      curr[j] = Math.min(d, big);
      if (d < rowMin) rowMin = d;
      work++;
    }
    if (rowMin > limit) return { distance: big, work };
    [prev2, prev, curr] = [prev, curr, prev2];
  }
  return { distance: Math.min(prev[m] ?? big, big), work };
}

/**
 * Lists agencies written exactly once that are one or two edits (or one swap) away from an agency
 * written at least twice, with the same first and last character (level and kind of body).
 * @example findLikelyTypos([
 *   { agency: '市人力资源和社会保障局', line: 3 }, { agency: '市人力资源和社会保障局', line: 9 },
 *   { agency: '市人力资和源社会保障局', line: 14 },
 * ]) // [{ agency: '市人力资和源社会保障局', similarTo: '市人力资源和社会保障局', line: 14 }]
 */
export function findLikelyTypos(occurrences: readonly { agency: string; line: number }[]): LikelyTypo[] {
  const counts = new Map<string, { count: number; line: number }>();
  for (const { agency, line } of occurrences) {
    if (typeof agency !== 'string' || agency === '' || agency.length > MAX_NAME_LENGTH) continue;
    const seen = counts.get(agency);
    if (seen) seen.count++;
    else counts.set(agency, { count: 1, line });
  }
  // Buckets by length, first and last character: only names that can match are ever compared.
  const bucketKey = (length: number, name: string): string => `${length}|${name[0]}|${name[name.length - 1]}`;
  const frequent = new Map<string, { name: string; count: number }[]>();
  for (const [name, { count }] of counts) {
    if (count < 2) continue;
    const key = bucketKey(name.length, name);
    const bucket = frequent.get(key);
    if (bucket) bucket.push({ name, count });
    else frequent.set(key, [{ name, count }]);
  }
  const typos: LikelyTypo[] = [];
  let work = 0;
  for (const [name, { count, line }] of counts) {
    if (count !== 1) continue;
    let best: { name: string; count: number; distance: number } | null = null;
    for (let length = name.length - 1; length <= name.length + 1; length++) {
      const limit = maxDistanceFor(Math.min(length, name.length));
      if (limit === 0) continue;
      for (const candidate of frequent.get(bucketKey(length, name)) ?? []) {
        if (work > MAX_CELL_WORK) break;
        const other = candidate.name;
        work++;
        const result = boundedDistance(name, other, limit);
        work += result.work;
        if (result.distance < 1 || result.distance > limit) continue;
        if (
          !best ||
          result.distance < best.distance ||
          (result.distance === best.distance && candidate.count > best.count)
        ) {
          best = { name: other, count: candidate.count, distance: result.distance };
        }
      }
    }
    if (best) typos.push({ agency: name, similarTo: best.name, line });
  }
  return typos.sort((x, y) => x.line - y.line);
}
