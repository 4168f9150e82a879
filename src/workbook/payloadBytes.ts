/**
 * How many bytes a value adds to an Office.js request: its JSON, UTF-8 encoded. Excel on the web
 * rejects a request (one `context.sync`) larger than 5 MB, so large writes are measured and split.
 */

/** Bytes one request may carry before the writer syncs: 4 MB, leaving room under the 5 MB limit for the envelope. */
export const SYNC_BUDGET_BYTES = 4_000_000;

/**
 * Bytes reserved in each batch for what is not measured cell by cell (formats, table creation,
 * names, settings, action envelopes): 16 KB, or a sixteenth of a smaller budget.
 * @example
 * unmeasuredAllowance(4_000_000) // 16000
 */
export function unmeasuredAllowance(budget: number): number {
  return Math.min(16_000, Math.floor(budget / 16));
}

/**
 * The UTF-8 size of a value's JSON.
 * @example
 * payloadBytes([['序号']]) // 12
 */
export function payloadBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}
