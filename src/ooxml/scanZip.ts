/**
 * Checks a zip against its own structure before anything in it is inflated: every central-directory record
 * matches its local header (name, method, sizes, CRC), the records tile the bytes before the directory with
 * no gap, overlap or unlisted record, and names are normalised and unique. Readers then inflate only the
 * entries they need, from this verified list. Linear in the number of entries, which is capped before parsing.
 */
import { decodeZipName } from './decodeZipName';
import { zipAltered, type ZipRefusal } from './zipRefusal';

/** One verified entry. */
export interface ZipRecord {
  /** Normalised: `\` → `/`, no leading `/`, no `.`/`..` segments. */
  name: string;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  compressedSize: number;
  /** What the entry declares it inflates to; `inflateEntry` holds it to this. */
  size: number;
  crc32: number;
  /** Offset of the entry's local header. */
  headerOffset: number;
  /** Offset of its compressed data. */
  dataOffset: number;
}

export type ZipScan = { ok: true; entries: ZipRecord[] } | { ok: false; refusal: ZipRefusal };

export interface ScanZipOptions {
  /** Directories listing more entries than this are refused before any record is parsed. */
  maxEntries: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const DESCRIPTOR_SIGNATURE = 0x08074b50;
const EOCD_SEARCH = 22 + 0xffff;

function u16(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, i: number): number {
  return ((b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16)) + (b[i + 3] ?? 0) * 0x1000000;
}

function sameBytes(b: Uint8Array, a: number, c: number, length: number): boolean {
  for (let k = 0; k < length; k += 1) if (b[a + k] !== b[c + k]) return false;
  return true;
}

/** The end-of-central-directory record's offset: the last one whose comment runs exactly to the end. */
function findEocd(bytes: Uint8Array): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - EOCD_SEARCH); i -= 1) {
    if (u32(bytes, i) === EOCD_SIGNATURE && i + 22 + u16(bytes, i + 20) === bytes.length) return i;
  }
  return -1;
}

/**
 * The name as a package path, or null when it could escape or alias: leading `/`, drive letters, `.`/`..`
 * or empty segments (a trailing `/` marks a folder and is kept), control characters.
 * @example normaliseZipName('xl\\worksheets\\sheet1.xml') // 'xl/worksheets/sheet1.xml'
 */
export function normaliseZipName(raw: string): string | null {
  const name = raw.replace(/\\/g, '/');
  if (name === '' || name.startsWith('/') || /^[A-Za-z]:/.test(name)) return null;
  for (let i = 0; i < name.length; i += 1) if (name.charCodeAt(i) < 0x20) return null;
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return null;
  return name;
}

interface Extent {
  record: ZipRecord;
  end: number;
}

/** A directory record at `p` checked against its local header; the record and where the next directory record starts. */
function readRecord(
  bytes: Uint8Array,
  p: number,
  cdStart: number,
  cdEnd: number,
): { extent: Extent; next: number } | ZipRefusal {
  if (p + 46 > cdEnd || u32(bytes, p) !== CENTRAL_SIGNATURE) return { code: 'truncated', params: {} };
  const flags = u16(bytes, p + 8);
  const method = u16(bytes, p + 10);
  const crc32 = u32(bytes, p + 16);
  const compressedSize = u32(bytes, p + 20);
  const size = u32(bytes, p + 24);
  const nameLength = u16(bytes, p + 28);
  const next = p + 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
  const headerOffset = u32(bytes, p + 42);
  const rawName = decodeZipName(bytes.subarray(p + 46, p + 46 + nameLength), (flags & 0x800) !== 0);
  if (compressedSize === 0xffffffff || size === 0xffffffff || headerOffset === 0xffffffff)
    return { code: 'zip-unsupported', params: { feature: 'zip64' } };
  if ((flags & 0x41) !== 0) return { code: 'zip-unsupported', params: { feature: 'encrypted' } };
  if (method !== 0 && method !== 8) return { code: 'zip-unsupported', params: { feature: 'method' } };
  const name = normaliseZipName(rawName);
  if (name === null) return zipAltered('bad-name', rawName.slice(0, 80));
  const h = headerOffset;
  if (next > cdEnd) return { code: 'truncated', params: {} };
  if (h + 30 > cdStart || u32(bytes, h) !== LOCAL_SIGNATURE) return zipAltered('header-mismatch', name);
  const localFlags = u16(bytes, h + 6);
  const dataOffset = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  const sameName = u16(bytes, h + 26) === nameLength && sameBytes(bytes, h + 30, p + 46, nameLength);
  if (!sameName || u16(bytes, h + 8) !== method || (localFlags & 0x08) !== (flags & 0x08))
    return zipAltered('header-mismatch', name);
  let end = dataOffset + compressedSize;
  if ((flags & 0x08) === 0) {
    if (u32(bytes, h + 14) !== crc32 || u32(bytes, h + 18) !== compressedSize || u32(bytes, h + 22) !== size)
      return zipAltered('header-mismatch', name);
  } else {
    // A data descriptor (streamed writers): crc, sizes after the data, with or without its signature.
    const at = u32(bytes, end) === DESCRIPTOR_SIGNATURE ? end + 4 : end;
    if (u32(bytes, at) !== crc32 || u32(bytes, at + 4) !== compressedSize || u32(bytes, at + 8) !== size)
      return zipAltered('header-mismatch', name);
    end = at + 12;
  }
  if (end > cdStart) return zipAltered('overlap', name);
  return { extent: { record: { name, method, compressedSize, size, crc32, headerOffset, dataOffset }, end }, next };
}

function isRefusal(x: { extent: Extent; next: number } | ZipRefusal): x is ZipRefusal {
  return 'code' in x;
}

/** Records sorted by offset must tile [0, cdStart) exactly: a gap hides a record, an overlap reuses one. */
function checkTiling(extents: Extent[], cdStart: number): ZipRefusal | null {
  extents.sort((a, b) => a.record.headerOffset - b.record.headerOffset);
  let at = 0;
  for (const { record, end } of extents) {
    if (record.headerOffset < at) return zipAltered('overlap', record.name);
    if (record.headerOffset > at) return zipAltered('unlisted-bytes', record.name);
    at = end;
  }
  return at === cdStart ? null : zipAltered('unlisted-bytes', '');
}

/**
 * The verified entries of a zip, in directory order, or why it is refused; never throws, never inflates.
 * @example
 * const scan = scanZip(bytes, { maxEntries: 2000 });
 * if (scan.ok) scan.entries.map((e) => e.name) // ['[Content_Types].xml', 'word/document.xml', …]
 */
export function scanZip(bytes: Uint8Array, options: ScanZipOptions): ZipScan {
  const eocd = findEocd(bytes);
  if (eocd < 0) return { ok: false, refusal: { code: 'truncated', params: {} } };
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdStart = u32(bytes, eocd + 16);
  if (u16(bytes, eocd + 4) !== 0 || u16(bytes, eocd + 6) !== 0 || u16(bytes, eocd + 8) !== count) {
    return { ok: false, refusal: { code: 'zip-unsupported', params: { feature: 'multi-disk' } } };
  }
  if (count === 0xffff || cdStart === 0xffffffff)
    return { ok: false, refusal: { code: 'zip-unsupported', params: { feature: 'zip64' } } };
  if (count > options.maxEntries)
    return { ok: false, refusal: { code: 'too-many-entries', params: { entries: count, limit: options.maxEntries } } };
  if (cdStart + cdSize !== eocd)
    return {
      ok: false,
      refusal: cdStart + cdSize > eocd ? { code: 'truncated', params: {} } : zipAltered('unlisted-bytes', ''),
    };
  const extents: Extent[] = [];
  const seen = new Set<string>();
  let p = cdStart;
  for (let k = 0; k < count; k += 1) {
    const read = readRecord(bytes, p, cdStart, eocd);
    if (isRefusal(read)) return { ok: false, refusal: read };
    const key = read.extent.record.name.toLowerCase();
    if (seen.has(key)) return { ok: false, refusal: zipAltered('duplicate-name', read.extent.record.name) };
    seen.add(key);
    extents.push(read.extent);
    p = read.next;
  }
  if (p !== eocd) return { ok: false, refusal: zipAltered('unlisted-bytes', '') };
  const entries = extents.map((e) => e.record);
  const tiling = checkTiling(extents, cdStart);
  return tiling === null ? { ok: true, entries } : { ok: false, refusal: tiling };
}
