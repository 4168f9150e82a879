/**
 * A zip's entries as its central directory lists them (the directory ExcelJS's JSZip reads too), names
 * decoded from UTF-8 or GBK, and each entry inflated with a running count of the bytes it actually
 * produces: a declared size is only a claim, and a 2 MB file declaring 1,000 bytes inflated to 2 GB.
 */

export interface ZipEntry {
  /** The name, decoded: UTF-8 when flagged (bit 11) or valid as UTF-8, else GBK (Chinese Windows). */
  name: string;
  /** 0 stored, 8 deflated; anything else is not read. */
  method: number;
  compressedSize: number;
  /** What the entry claims to inflate to; never trusted for a bound. */
  declaredSize: number;
  /** Offset of the entry's local header. */
  headerOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** End of central directory record: 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;
/** Compressed bytes pushed at a time: deflate expands at most ≈ 1,032×, so one push yields ≤ ≈ 4 MB. */
const PUSH_BYTES = 4 * 1024;

function u16(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, i: number): number {
  return ((b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16)) + (b[i + 3] ?? 0) * 0x1000000;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a zip entry name: UTF-8 when the entry says so or when the bytes are valid UTF-8, otherwise GBK,
 * as the zip tool of a Chinese Windows writes names (`市教育局.xlsx`, not `ÊÐ½ÌÓý¾Ö.xlsx`).
 * @example decodeZipName(new Uint8Array([0xca, 0xd0]), false) // '市'
 */
export function decodeZipName(raw: Uint8Array, utf8Flag: boolean): string {
  if (raw.every((b) => b < 0x80)) return new TextDecoder().decode(raw);
  if (utf8Flag) return new TextDecoder('utf-8').decode(raw);
  try {
    return utf8.decode(raw);
  } catch {
    try {
      return new TextDecoder('gbk').decode(raw);
    } catch {
      // A runtime without GBK: Latin-1 keeps every byte visible rather than failing.
      return new TextDecoder('latin1').decode(raw);
    }
  }
}

/**
 * The entries of a zip, from its central directory; null when there is no readable directory (truncated,
 * not a zip, ZIP64, or entries pointing outside the file).
 * @example listZipEntries(bytes)?.map((e) => e.name) // ['[Content_Types].xml', 'xl/workbook.xml', …]
 */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - EOCD_SEARCH); i -= 1) {
    if (u32(bytes, i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(bytes, eocd + 10);
  const size = u32(bytes, eocd + 12);
  const offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff || offset + size > eocd) return null;
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let k = 0; k < count; k += 1) {
    if (p + 46 > eocd || u32(bytes, p) !== CENTRAL_SIGNATURE) return null;
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const compressedSize = u32(bytes, p + 20);
    const declaredSize = u32(bytes, p + 24);
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    const headerOffset = u32(bytes, p + 42);
    if (p + 46 + nameLength > eocd || headerOffset + 30 > bytes.length) return null;
    const name = decodeZipName(bytes.subarray(p + 46, p + 46 + nameLength), (flags & 0x800) !== 0);
    entries.push({ name, method, compressedSize, declaredSize, headerOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** What inflating one entry gave: its bytes (or only their count), or why it stopped. */
export type InflateResult =
  | { ok: true; bytes: Uint8Array; size: number }
  | { ok: false; reason: 'too-large' | 'corrupt' | 'unsupported' };

/**
 * Inflates one entry, counting the bytes it really produces and stopping at `cap`; with `keep` false only the
 * count is kept (a check, not a read). Never throws.
 * @example inflateEntry(bytes, entry, 20 * 1024 * 1024, true) // { ok: true, bytes, size }
 */
export async function inflateEntry(bytes: Uint8Array, entry: ZipEntry, cap: number, keep: boolean): Promise<InflateResult> {
  const h = entry.headerOffset;
  if (u32(bytes, h) !== LOCAL_SIGNATURE) return { ok: false, reason: 'corrupt' };
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return { ok: false, reason: 'corrupt' };
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (data.length > cap) return { ok: false, reason: 'too-large' };
    return { ok: true, bytes: keep ? data.slice() : new Uint8Array(0), size: data.length };
  }
  if (entry.method !== 8) return { ok: false, reason: 'unsupported' };
  const { Inflate } = await import('fflate');
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > cap) over = true;
    else if (keep) chunks.push(chunk); // fflate hands over a fresh copy each time
  });
  try {
    for (let i = 0; i < data.length && !over; i += PUSH_BYTES) {
      inflate.push(data.subarray(i, i + PUSH_BYTES), i + PUSH_BYTES >= data.length);
    }
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (over) return { ok: false, reason: 'too-large' };
  if (!keep) return { ok: true, bytes: new Uint8Array(0), size };
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return { ok: true, bytes: out, size };
}
