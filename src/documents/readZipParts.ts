/**
 * Reads a few named parts of a zip package, bounded: the zip is first checked by its own structure
 * (`scanZip`: entry count, directory and local headers agree, no hidden or shared records, clean unique
 * names), then only the requested parts are inflated, each held to its declared size and to its cap.
 */
import { inflateEntry, scanZip, type ZipRefusal } from '../ooxml';
import { documentError, type DocumentError } from './documentError';

export interface ZipPartRequest {
  /** The part's name in the zip, e.g. `word/document.xml`. */
  name: string;
  /** Inflated bytes beyond this refuse the whole file. */
  maxBytes: number;
}

export type ZipPartsResult =
  { ok: true; names: string[]; parts: Map<string, Uint8Array> } | { ok: false; error: DocumentError };

function fromRefusal(refusal: ZipRefusal): DocumentError {
  switch (refusal.code) {
    case 'truncated':
      return documentError('truncated');
    case 'too-many-entries':
      return documentError('too-many-entries', refusal.params);
    case 'zip-altered':
      return documentError('zip-altered', refusal.params);
    case 'zip-unsupported':
      return refusal.params.feature === 'encrypted'
        ? documentError('encrypted')
        : documentError('zip-altered', { reason: refusal.params.feature, entry: '' });
  }
}

/**
 * The verified names and the requested parts that exist (missing ones are simply absent); never throws.
 * @example await readZipParts(bytes, [{ name: 'word/document.xml', maxBytes: 64 << 20 }], 5000)
 */
export async function readZipParts(
  bytes: Uint8Array,
  wanted: readonly ZipPartRequest[],
  maxEntries: number,
): Promise<ZipPartsResult> {
  const scan = scanZip(bytes, { maxEntries });
  if (!scan.ok) return { ok: false, error: fromRefusal(scan.refusal) };
  const parts = new Map<string, Uint8Array>();
  for (const want of wanted) {
    const entry = scan.entries.find((e) => e.name === want.name);
    if (!entry) continue;
    const read = await inflateEntry(bytes, entry, want.maxBytes);
    if (read.ok) parts.set(want.name, read.bytes);
    else if (read.reason === 'too-large')
      return { ok: false, error: documentError('inflated-too-large', { part: want.name, limit: want.maxBytes }) };
    else if (read.reason === 'size-mismatch')
      return { ok: false, error: documentError('zip-altered', { reason: 'size-mismatch', entry: want.name }) };
    else return { ok: false, error: documentError('truncated') };
  }
  return { ok: true, names: scan.entries.map((e) => e.name), parts };
}
