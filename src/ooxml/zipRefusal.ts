/**
 * Why a zip was refused before any of it was inflated: a code and its parameters, worded by each reader's edge.
 */

/** What was found wrong with a zip's structure. */
export type ZipAlteration =
  /** A central-directory record and its local header disagree (name, method, sizes or CRC). */
  | 'header-mismatch'
  /** Two records share bytes (e.g. many directory entries pointing at one local record). */
  | 'overlap'
  /** Bytes between or before records that the directory does not list (hidden records). */
  | 'unlisted-bytes'
  /** Two entries with one name (after `\` → `/`, case-insensitive, as OOXML compares part names). */
  | 'duplicate-name'
  /** A name with a leading `/`, a drive letter, a `..` or `.` segment, an empty segment or a control character. */
  | 'bad-name'
  /** An entry inflated to another size than it declares. */
  | 'size-mismatch';

export type ZipRefusal =
  /** No end-of-central-directory record: not a zip, or cut short. */
  | { code: 'truncated'; params: Record<string, never> }
  /** More entries than the caller's cap (params: entries, limit), counted from the directory before reading any. */
  | { code: 'too-many-entries'; params: { entries: number; limit: number } }
  /** The structure contradicts itself: written by something other than a zip tool, or edited afterwards. */
  | { code: 'zip-altered'; params: { reason: ZipAlteration; entry: string } }
  /** ZIP64, multi-disk, encrypted entries or a method other than stored/deflated (params: feature). */
  | { code: 'zip-unsupported'; params: { feature: 'zip64' | 'multi-disk' | 'encrypted' | 'method' } };

export function zipAltered(reason: ZipAlteration, entry = ''): ZipRefusal {
  return { code: 'zip-altered', params: { reason, entry } };
}
