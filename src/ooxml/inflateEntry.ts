/**
 * Inflates one verified zip entry with a running count of the bytes it really produces: it stops at the
 * caller's cap and at the size the entry declares, since a declared size is only a claim until inflated.
 */
import type { ZipRecord } from './scanZip';

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  /** `too-large`: past the cap; `size-mismatch`: another size than declared; `corrupt`: not valid deflate data. */
  | { ok: false; reason: 'too-large' | 'size-mismatch' | 'corrupt' };

/** Compressed bytes pushed at a time: deflate expands at most ≈ 1,032×, so one push yields ≤ ≈ 4 MB. */
const PUSH_BYTES = 4 * 1024;

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The entry's bytes, or why they were not produced; never throws. An entry declaring more than `cap` is
 * refused before inflating.
 * @example await inflateEntry(bytes, scan.entries[0], 8 << 20) // { ok: true, bytes }
 */
export async function inflateEntry(zip: Uint8Array, entry: ZipRecord, cap: number): Promise<InflateResult> {
  if (entry.size > cap) return { ok: false, reason: 'too-large' };
  const data = zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    return data.length === entry.size ? { ok: true, bytes: data.slice() } : { ok: false, reason: 'size-mismatch' };
  }
  const { Inflate } = await import('fflate');
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size <= entry.size) chunks.push(chunk); // fflate hands over a fresh copy each time
  });
  try {
    for (let i = 0; i < data.length && size <= entry.size; i += PUSH_BYTES) {
      inflate.push(data.subarray(i, i + PUSH_BYTES), i + PUSH_BYTES >= data.length);
    }
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (size !== entry.size) return { ok: false, reason: 'size-mismatch' };
  return { ok: true, bytes: concat(chunks, size) };
}
