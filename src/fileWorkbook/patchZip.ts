/**
 * Writes a zip back with some entries replaced: every other entry's record (local header and compressed data)
 * is copied byte for byte, so a part we did not change is not even recompressed. Replaced entries are deflated
 * anew under their original name, flags and time; names not in the zip are added after the others (new parts: a
 * sheet, a table, relationships). The central directory is rebuilt for the new offsets.
 */
import { deflateSync } from 'fflate';
import type { ZipRecord } from '../ooxml';
import { crc32 } from './crc32';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;

function u16(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, i: number): number {
  return ((b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16)) + (b[i + 3] ?? 0) * 0x1000000;
}

class Writer {
  private chunks: Uint8Array[] = [];
  length = 0;
  bytes(b: Uint8Array): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  fields(spec: readonly (readonly [number, 2 | 4])[]): void {
    const out = new Uint8Array(spec.reduce((n, [, w]) => n + w, 0));
    const view = new DataView(out.buffer);
    let at = 0;
    for (const [value, width] of spec) {
      if (width === 2) view.setUint16(at, value, true);
      else view.setUint32(at, value >>> 0, true);
      at += width;
    }
    this.bytes(out);
  }
  result(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** The central directory's offset, from the end-of-central-directory record (the zip was verified by `scanZip`). */
function directoryOffset(zip: Uint8Array): number {
  for (let i = zip.length - 22; i >= 0; i -= 1) if (u32(zip, i) === EOCD) return u32(zip, i + 16);
  return zip.length;
}

interface Central {
  version: number;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  name: Uint8Array;
  offset: number;
}

const encoder = new TextEncoder();

/** One entry written deflated (local header, data); its central-directory record returned. */
function writeDeflated(
  out: Writer,
  base: Pick<Central, 'version' | 'flags' | 'time' | 'date' | 'name' | 'offset'>,
  bytes: Uint8Array,
): Central {
  const data = deflateSync(bytes, { level: 6 });
  const c: Central = {
    ...base,
    version: 20,
    method: 8,
    crc: crc32(bytes),
    compressedSize: data.length,
    size: bytes.length,
  };
  out.fields([
    [LOCAL, 4],
    [c.version, 2],
    [c.flags, 2],
    [8, 2],
    [c.time, 2],
    [c.date, 2],
    [c.crc, 4],
    [c.compressedSize, 4],
    [c.size, 4],
    [c.name.length, 2],
    [0, 2],
  ]);
  out.bytes(c.name);
  out.bytes(data);
  return c;
}

/** Each entry in the order of the zip: copied byte for byte, or written anew when it is replaced. */
function copyOrReplace(
  out: Writer,
  zip: Uint8Array,
  entries: readonly ZipRecord[],
  replace: ReadonlyMap<string, Uint8Array>,
): Central[] {
  const ordered = [...entries].sort((a, b) => a.headerOffset - b.headerOffset);
  const end = directoryOffset(zip);
  return ordered.map((entry, i) => {
    const h = entry.headerOffset;
    const recordEnd = ordered[i + 1]?.headerOffset ?? end;
    const name = zip.slice(h + 30, h + 30 + u16(zip, h + 26));
    const base = {
      version: u16(zip, h + 4),
      flags: u16(zip, h + 6),
      time: u16(zip, h + 10),
      date: u16(zip, h + 12),
      name,
      offset: out.length,
    };
    const replacement = replace.get(entry.name);
    if (replacement !== undefined) return writeDeflated(out, { ...base, flags: base.flags & 0x0800 }, replacement);
    out.bytes(zip.subarray(h, recordEnd));
    return { ...base, method: entry.method, crc: entry.crc32, compressedSize: entry.compressedSize, size: entry.size };
  });
}

/** The names not in the zip, added after the others (new parts). */
function addNew(out: Writer, entries: readonly ZipRecord[], replace: ReadonlyMap<string, Uint8Array>): Central[] {
  const present = new Set(entries.map((e) => e.name));
  const added: Central[] = [];
  for (const [name, bytes] of replace) {
    if (present.has(name)) continue;
    // A new part: UTF-8 name (flag bit 11), the DOS date 2026-01-01 00:00 (parts carry no meaningful time).
    const base = {
      version: 20,
      flags: 0x0800,
      time: 0,
      date: ((2026 - 1980) << 9) | (1 << 5) | 1,
      name: encoder.encode(name),
      offset: out.length,
    };
    added.push(writeDeflated(out, base, bytes));
  }
  return added;
}

/** The central directory for the entries written, and the end-of-central-directory record. */
function writeDirectory(out: Writer, central: readonly Central[]): void {
  const start = out.length;
  for (const c of central) {
    out.fields([
      [CENTRAL, 4],
      [20, 2],
      [c.version, 2],
      [c.flags, 2],
      [c.method, 2],
      [c.time, 2],
      [c.date, 2],
      [c.crc, 4],
      [c.compressedSize, 4],
      [c.size, 4],
      [c.name.length, 2],
      [0, 2],
      [0, 2],
      [0, 2],
      [0, 2],
      [0, 4],
      [c.offset, 4],
    ]);
    out.bytes(c.name);
  }
  const size = out.length - start;
  out.fields([
    [EOCD, 4],
    [0, 2],
    [0, 2],
    [central.length, 2],
    [central.length, 2],
    [size, 4],
    [start, 4],
    [0, 2],
  ]);
}

/**
 * The zip with `replace`d entries (by name) written anew and all others copied as they were.
 * @example patchZip(bytes, scan.entries, new Map([['xl/workbook.xml', xml]]))
 */
export function patchZip(
  zip: Uint8Array,
  entries: readonly ZipRecord[],
  replace: ReadonlyMap<string, Uint8Array>,
): Uint8Array {
  const out = new Writer();
  const central = copyOrReplace(out, zip, entries, replace);
  central.push(...addNew(out, entries, replace));
  writeDirectory(out, central);
  return out.result();
}
