/**
 * Text in and out of SpreadsheetML: the five XML entities and numeric character references, and the
 * characters XML 1.0 cannot carry (control characters other than tab, line feed and carriage return).
 */

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Decodes entities and character references.
 * @example unescapeXml('a &amp; b &#x4E00;') // 'a & b 一'
 */
export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return NAMED[ref] ?? whole;
  });
}

/**
 * Escapes text for an element or a double-quoted attribute; drops characters XML 1.0 forbids.
 * @example escapeXml('<a href="x">&') // '&lt;a href=&quot;x&quot;&gt;&amp;'
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[<>&"]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '&quot;'));
}

/**
 * One attribute's value in a start tag's attribute text, decoded; null when absent.
 * @example attribute(' r="A1" s="3"', 's') // '3'
 */
export function attribute(attributes: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return m ? unescapeXml(m[1] ?? m[2] ?? '') : null;
}

/**
 * The text of the `<t>` runs of a string item (`<si>`, `<is>`), phonetic runs (`<rPh>`) left out.
 * @example runText('<r><t>推进</t></r><r><t xml:space="preserve">中</t></r>') // '推进中'
 */
export function runText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of plain.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += m[1] ?? '';
  return unescapeXml(out);
}
