/**
 * Reads a few named parts of a zip package, bounded: the entry count from the central directory, and each
 * part's ACTUAL inflated size counted while it inflates (the sizes a zip declares can lie), the input fed
 * in small chunks so one push can never inflate more than about a thousand times its length.
 */
import { documentError, type DocumentError } from './documentError';

export interface ZipPartRequest {
  /** The part's name in the zip, e.g. `word/document.xml`. */
  name: string;
  /** Inflated bytes beyond this refuse the whole file. */
  maxBytes: number;
}

export type ZipPartsResult =
  | { ok: true; names: string[]; parts: Map<string, Uint8Array> }
  | { ok: false; error: DocumentError };

/** Input fed to the streaming inflater per push: deflate expands at most ~1032×, so one push yields ≤ ~16 MB. */
const CHUNK = 16 * 1024;

/** Every entry name in the central directory, without inflating anything; null when the zip is damaged. */
async function listEntries(bytes: Uint8Array): Promise<string[] | null> {
  const { unzipSync } = await import('fflate');
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
    return names;
  } catch {
    return null;
  }
}

/**
 * The central directory's names and the requested parts that exist (missing ones are simply absent); never throws.
 * @example await readZipParts(bytes, [{ name: 'word/document.xml', maxBytes: 64 << 20 }], 5000)
 */
export async function readZipParts(bytes: Uint8Array, wanted: readonly ZipPartRequest[], maxEntries: number): Promise<ZipPartsResult> {
  const names = await listEntries(bytes);
  if (names === null) return { ok: false, error: documentError('truncated') };
  if (names.length > maxEntries) return { ok: false, error: documentError('too-many-entries', { entries: names.length, limit: maxEntries }) };
  const { Unzip, UnzipInflate } = await import('fflate');
  const caps = new Map(wanted.filter((w) => names.includes(w.name)).map((w) => [w.name, w.maxBytes]));
  const chunks = new Map<string, Uint8Array[]>();
  const done = new Set<string>();
  let failure: DocumentError | null = null;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    const cap = caps.get(file.name);
    // A name seen twice (a crafted zip) is read once: the first local entry wins.
    if (cap === undefined || chunks.has(file.name)) return;
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    let size = 0;
    file.ondata = (error, data, final) => {
      if (failure) return;
      if (error) {
        failure = documentError('truncated');
        return;
      }
      size += data.length;
      if (size > cap) {
        failure = documentError('inflated-too-large', { part: file.name, limit: cap });
        file.terminate();
        return;
      }
      parts.push(data);
      if (final) done.add(file.name);
    };
    try {
      file.start();
    } catch {
      failure = documentError('truncated');
    }
  };
  try {
    for (let at = 0; at < bytes.length && failure === null; at += CHUNK) {
      unzip.push(bytes.subarray(at, Math.min(at + CHUNK, bytes.length)), at + CHUNK >= bytes.length);
    }
  } catch {
    failure ??= documentError('truncated');
  }
  if (failure) return { ok: false, error: failure };
  const parts = new Map<string, Uint8Array>();
  for (const name of caps.keys()) {
    if (!done.has(name)) return { ok: false, error: documentError('truncated') };
    parts.set(name, concat(chunks.get(name) ?? []));
  }
  return { ok: true, names, parts };
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
