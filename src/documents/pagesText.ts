/**
 * Page numbers as a short list for a message: `[1, 2, 3, 5]` → `1-3, 5`.
 */

/**
 * The pages, runs of consecutive pages written as ranges.
 * @example pagesText([1, 2, 3, 5, 9, 10]) // '1-3, 5, 9-10'
 */
export function pagesText(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j += 1;
    runs.push(j === i ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}
