/**
 * The length of a function result's longest text: a string, or any string in a spilled matrix. The edge
 * compares it with Excel's cell limit, so every text-returning function refuses an over-long result the same way.
 */

/** Excel's limit for the text of one cell. */
export const MAX_CELL_TEXT = 32_767;

/**
 * The longest text in a result (0 when it holds none).
 * @example longestText([['市教育局'], ['市财政局局']]) // 5
 */
export function longestText(result: unknown): number {
  if (typeof result === 'string') return result.length;
  if (!Array.isArray(result)) return 0;
  let longest = 0;
  for (const row of result as unknown[]) {
    if (typeof row === 'string') longest = Math.max(longest, row.length);
    else if (Array.isArray(row))
      for (const cell of row as unknown[]) if (typeof cell === 'string') longest = Math.max(longest, cell.length);
  }
  return longest;
}
