/**
 * A small, synchronous content hash (FNV-1a, 32 bit, over UTF-8) for import metadata and row versions:
 * it tells "same text" from "changed text"; it is not a security measure.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The FNV-1a hash of a string's UTF-8 bytes, as 8 hex digits.
 * @example
 * contentHash('') // '811c9dc5'
 */
export function contentHash(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
