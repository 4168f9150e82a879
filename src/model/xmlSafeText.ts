/**
 * Characters XML 1.0 forbids (its `Char` production): C0 controls other than tab, LF and CR, U+FFFE, U+FFFF
 * and lone surrogates. A paste can carry them; written into an .xlsx or .docx they make LibreOffice and WPS
 * drop every later string of the file. Linear, no regular expression over the whole text.
 */

export interface XmlSafeText {
  text: string;
  /** How many UTF-16 code units were removed. */
  removed: number;
}

function forbiddenAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x20) return c === 0x09 || c === 0x0a || c === 0x0d ? 0 : 1;
  if (c === 0xfffe || c === 0xffff) return 1;
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff ? -1 : 1;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 1;
  return 0;
}

/**
 * The text without the characters XML 1.0 forbids, and how many were removed.
 * @example stripXmlForbidden('市财政局\u0001\uFFFF') // { text: '市财政局', removed: 2 }
 */
export function stripXmlForbidden(text: string): XmlSafeText {
  let out = '';
  let from = 0;
  let removed = 0;
  for (let i = 0; i < text.length; i += 1) {
    const verdict = forbiddenAt(text, i);
    if (verdict === -1) {
      i += 1; // a valid surrogate pair: keep both halves
      continue;
    }
    if (verdict === 0) continue;
    out += text.slice(from, i);
    from = i + 1;
    removed += 1;
  }
  return removed === 0 ? { text, removed: 0 } : { text: out + text.slice(from), removed };
}

/**
 * The text as it may be written into an XML part (a cell of an .xlsx, a run of a .docx).
 * @example xmlSafeText('a\uFFFEb') // 'ab'
 */
export function xmlSafeText(text: string): string {
  return stripXmlForbidden(text).text;
}
