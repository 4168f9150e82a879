/**
 * A small, stable content hash for answer ids, task-text hashes and the format-1 checksum: a guard against
 * accidents and re-imports, not against an attacker. What must resist one is signed with the ledger's
 * secret key (HMAC-SHA-256, `reportSignature.ts`).
 */

/**
 * Hashes strings (joined with a separator that cannot occur in cell text) to 16 hex digits.
 * @example contentHash(['wb-1', '2026年11月', '市教育局']) // e.g. '3f1c0a9d5b2e7c41'
 */
export function contentHash(parts: readonly string[]): string {
  const text = parts.join('\u0000');
  // cyrb53-style: two 32-bit lanes mixed with Math.imul, fast in every JavaScript engine.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
