// Zips written byte by byte, so a test controls every header: lying sizes, names that differ between the
// local header and the directory, records the directory does not list, directory entries sharing a record.
import { deflateSync } from 'fflate';

export interface RawRecord {
  name: string;
  data: Uint8Array;
  /** 8 (default) deflates `data`; 0 stores it. */
  method?: 0 | 8;
  /** The local header's name when it should differ from the directory's. */
  localName?: string;
  /** The uncompressed size both headers declare (default: the real one). */
  declaredSize?: number;
  /** false: written as a local record only, missing from the central directory. */
  listed?: boolean;
  /** Extra directory entries (these names) pointing at this same local record. */
  aliases?: readonly string[];
}

export interface RawZipOptions {
  /** Bytes before the first record. */
  prefix?: Uint8Array;
  /** Overrides the directory's entry count (the EOCD's). */
  declaredCount?: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function header(
  signature: number,
  length: number,
  fill: (v: DataView) => void,
  name: Uint8Array,
  at: number,
): Uint8Array {
  const out = new Uint8Array(length + name.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, signature, true);
  fill(v);
  out.set(name, at);
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of parts) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The zip of `records`, in order, with a correct directory unless a record says otherwise. */
export function rawZip(records: readonly RawRecord[], options: RawZipOptions = {}): Uint8Array {
  const enc = new TextEncoder();
  const body: Uint8Array[] = options.prefix ? [options.prefix] : [];
  const central: Uint8Array[] = [];
  let offset = options.prefix?.length ?? 0;
  for (const r of records) {
    const method = r.method ?? 8;
    const packed = method === 8 ? deflateSync(r.data) : r.data;
    const crc = crc32(r.data);
    const size = r.declaredSize ?? r.data.length;
    const localName = enc.encode(r.localName ?? r.name);
    const local = header(
      0x04034b50,
      30,
      (v) => {
        v.setUint16(4, 20, true);
        v.setUint16(8, method, true);
        v.setUint32(14, crc, true);
        v.setUint32(18, packed.length, true);
        v.setUint32(22, size, true);
        v.setUint16(26, localName.length, true);
      },
      localName,
      30,
    );
    const at = offset;
    if (r.listed !== false) {
      for (const n of [r.name, ...(r.aliases ?? [])]) {
        const name = enc.encode(n);
        central.push(
          header(
            0x02014b50,
            46,
            (v) => {
              v.setUint16(4, 20, true);
              v.setUint16(6, 20, true);
              v.setUint16(8, 0x800, true);
              v.setUint16(10, method, true);
              v.setUint32(16, crc, true);
              v.setUint32(20, packed.length, true);
              v.setUint32(24, size, true);
              v.setUint16(28, name.length, true);
              v.setUint32(42, at, true);
            },
            name,
            46,
          ),
        );
      }
    }
    body.push(local, packed);
    offset += local.length + packed.length;
  }
  const cd = concat(central);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  const count = options.declaredCount ?? central.length;
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, count, true);
  ev.setUint16(10, count, true);
  ev.setUint32(12, cd.length, true);
  ev.setUint32(16, offset, true);
  return concat([...body, cd, eocd]);
}
