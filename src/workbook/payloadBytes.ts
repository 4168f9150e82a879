/**
 * How many bytes a value adds to an Office.js request: its JSON, UTF-8 encoded. Excel on the web
 * rejects a request (one `context.sync`) larger than 5 MB, so large writes are measured and split.
 */

/** Bytes one request may carry before the writer syncs: 4 MB, leaving room under the 5 MB limit for the envelope. */
export const SYNC_BUDGET_BYTES = 4_000_000;

/**
 * The UTF-8 size of a value's JSON.
 * @example
 * payloadBytes([['序号']]) // 12
 */
export function payloadBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}
