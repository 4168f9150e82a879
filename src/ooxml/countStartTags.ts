/**
 * A fast byte scan of an XML part before any DOM or SAX model is built: it counts start tags and tracks the
 * nesting depth with a counter (no recursion, no tree), and stops as soon as either passes its limit. A few
 * hundred KB of `<w:p/>` is tens of millions of nodes, and ten thousand nested elements overflow recursive walkers.
 */

export interface XmlShapeLimits {
  /** Start tags (elements) beyond this refuse the part. */
  maxElements: number;
  /** Elements nested deeper than this refuse the part. */
  maxDepth: number;
}

export type XmlShape =
  { ok: true; elements: number; depth: number } | { ok: false; code: 'too-many-elements' | 'too-deep'; limit: number };

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const QUOT = 0x22;
const APOS = 0x27;
const DASH = 0x2d;
const RSQB = 0x5d;

/** Where the `-->`, `]]>` or `?>` that closes a comment, CDATA section or declaration at `i` ends (exclusive). */
function skipSpecial(b: Uint8Array, i: number): number {
  const next = b[i + 1];
  if (next === QUESTION) {
    for (let k = i + 2; k + 1 < b.length; k += 1) if (b[k] === QUESTION && b[k + 1] === GT) return k + 2;
    return b.length;
  }
  if (b[i + 2] === DASH && b[i + 3] === DASH) {
    for (let k = i + 4; k + 2 < b.length; k += 1)
      if (b[k] === DASH && b[k + 1] === DASH && b[k + 2] === GT) return k + 3;
    return b.length;
  }
  if (b[i + 2] === 0x5b) {
    for (let k = i + 3; k + 2 < b.length; k += 1)
      if (b[k] === RSQB && b[k + 1] === RSQB && b[k + 2] === GT) return k + 3;
    return b.length;
  }
  for (let k = i + 2; k < b.length; k += 1) if (b[k] === GT) return k + 1; // <!DOCTYPE …> (refused elsewhere)
  return b.length;
}

/** The end of the tag starting at `i` (after its `>`), quotes respected, and whether it closed itself. */
function tagEnd(b: Uint8Array, i: number): { end: number; selfClosing: boolean } {
  let quote = 0;
  for (let k = i + 1; k < b.length; k += 1) {
    const c = b[k];
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === QUOT || c === APOS) quote = c;
    else if (c === GT) return { end: k + 1, selfClosing: b[k - 1] === SLASH };
  }
  return { end: b.length, selfClosing: false };
}

/**
 * The element count and deepest nesting of an XML part, or the limit it passed first; linear, never throws.
 * @example countStartTags(new TextEncoder().encode('<a><b/><b/></a>'), { maxElements: 10, maxDepth: 5 }) // { ok: true, elements: 3, depth: 2 }
 */
export function countStartTags(bytes: Uint8Array, limits: XmlShapeLimits): XmlShape {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  let i = bytes.indexOf(LT);
  while (i >= 0 && i < bytes.length) {
    const next = bytes[i + 1];
    if (next === BANG || next === QUESTION) {
      i = bytes.indexOf(LT, skipSpecial(bytes, i));
      continue;
    }
    const { end, selfClosing } = tagEnd(bytes, i);
    if (next === SLASH) depth -= 1;
    else {
      elements += 1;
      if (elements > limits.maxElements) return { ok: false, code: 'too-many-elements', limit: limits.maxElements };
      const level = depth + 1;
      if (level > limits.maxDepth) return { ok: false, code: 'too-deep', limit: limits.maxDepth };
      if (level > deepest) deepest = level;
      if (!selfClosing) depth = level;
    }
    i = bytes.indexOf(LT, end);
  }
  return { ok: true, elements, depth: deepest };
}
