/**
 * `word/document.xml` read by our own tokenizer into a small tree of the nodes the table reader walks, with an
 * explicit stack (never recursion) and no DOM. What the reader never looks at is not kept: run and paragraph
 * properties, section and table properties, deletions, field codes, drawings and `mc:Fallback` subtrees are
 * scanned for well-formedness and dropped, attributes other than `val` are dropped, and text is kept only inside
 * `w:t`. A 5,000-task table with Word's run fonts needed about 400 MB as an @xmldom/xmldom DOM; as this tree, a
 * fraction of it. Namespaces are resolved as XML Namespaces 1.0 says (prefixes scoped by `xmlns` declarations),
 * line ends normalised and the five predefined entities and character references decoded as XML 1.0 §2.11, §4.6
 * say. Anything that is not well-formed (a tag left open or closed out of order, an unbound prefix, an unknown
 * entity, two root elements) makes it return null, as a DOMParser's `parsererror` did.
 */

/** Transitional (Word, WPS, LibreOffice) and strict OOXML main namespaces. */
const W_NAMESPACES: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/**
 * Word subtrees no walker enters: `paragraphText` skips each of them, and none is a block, row, cell or a
 * wrapper `wChildrenThrough` looks through (`tcPr` and `trPr`, which the grid reads, are kept).
 */
const DROPPED = new Set([
  'rPr',
  'pPr',
  'tblPr',
  'sdtPr',
  'sdtEndPr',
  'del',
  'moveFrom',
  'delText',
  'instrText',
  'delInstrText',
  'fldData',
  'drawing',
  'pict',
  'object',
  'footnoteReference',
  'endnoteReference',
  'commentReference',
]);

export interface WordNode {
  localName: string;
  /** `w` for either WordprocessingML namespace, `other` for anything else. */
  kind: 'w' | 'other';
  /** The value of a `w:val` attribute, null when absent. */
  val: string | null;
  children: WordNode[];
  /** Character data, kept only in `w:t` (all of it, nested elements' too, as `textContent` gives it). */
  text: string;
}

interface Open {
  qname: string;
  node: WordNode | null;
  scope: ReadonlyMap<string, string>;
}

interface Attribute {
  qname: string;
  value: string;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][\w.-]*))?;?/g;
const SPACE = /^[ \t\r\n]*$/;
const XML_DECLARATION =
  /^<\?xml\s+version\s*=\s*(["'])1\.[0-9]+\1(?:\s+encoding\s*=\s*(["'])[A-Za-z][\w.-]*\2)?(?:\s+standalone\s*=\s*(["'])(?:yes|no)\3)?\s*\?>$/;
/** A qualified name (XML 1.0 §2.3 Name, at most one colon as Namespaces in XML 1.0 §4 allows), approximated by ranges. */
const QNAME =
  /^[A-Za-z_\u00c0-\uffff][\w.\u00b7\u00c0-\uffff-]*(?::[A-Za-z_\u00c0-\uffff][\w.\u00b7\u00c0-\uffff-]*)?$/;

/** Character data with references decoded (line ends already normalised), or null for a bad reference. */
function decode(raw: string): string | null {
  if (!raw.includes('&')) return raw;
  let bad = false;
  const out = raw.replace(REFERENCE, (m: string, hex?: string, dec?: string, name?: string) => {
    if (!m.endsWith(';') || m.length < 3) bad = true;
    else if (name !== undefined) {
      const known = ENTITIES[name];
      if (known !== undefined) return known;
      bad = true;
    } else {
      const cp = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
      if (cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) return String.fromCodePoint(cp);
      bad = true;
    }
    return '';
  });
  return bad ? null : out;
}

function normaliseLineEnds(raw: string): string {
  return raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
}

/** The attributes of a start tag from `i` (just after its name); the index after `>` and whether it closed itself. */
function readAttributes(s: string, i: number, out: Attribute[]): { end: number; selfClosing: boolean } | null {
  let k = i;
  for (;;) {
    while (k < s.length && (s[k] === ' ' || s[k] === '\t' || s[k] === '\n' || s[k] === '\r')) k += 1;
    if (s[k] === '>') return { end: k + 1, selfClosing: false };
    if (s[k] === '/' && s[k + 1] === '>') return { end: k + 2, selfClosing: true };
    const eq = s.indexOf('=', k);
    if (eq < 0) return null;
    const qname = s.slice(k, eq).trim();
    let q = eq + 1;
    while (s[q] === ' ' || s[q] === '\t' || s[q] === '\n' || s[q] === '\r') q += 1;
    const quote = s[q];
    if (!QNAME.test(qname) || (quote !== '"' && quote !== "'")) return null;
    const close = s.indexOf(quote, q + 1);
    if (close < 0) return null;
    const raw = s.slice(q + 1, close);
    if (raw.includes('<') || out.some((a) => a.qname === qname)) return null;
    const value = decode(normaliseLineEnds(raw).replace(/[\t\n]/g, ' '));
    if (value === null) return null;
    out.push({ qname, value });
    k = close + 1;
    if (s[k] !== '>' && s[k] !== '/' && s[k] !== ' ' && s[k] !== '\t' && s[k] !== '\n' && s[k] !== '\r') return null;
  }
}

/** The namespace scope with this tag's `xmlns` declarations; null when a declaration is not allowed. */
function declare(
  parent: ReadonlyMap<string, string>,
  attributes: readonly Attribute[],
): ReadonlyMap<string, string> | null {
  let scope: Map<string, string> | null = null;
  for (const a of attributes) {
    if (a.qname !== 'xmlns' && !a.qname.startsWith('xmlns:')) continue;
    const prefix = a.qname === 'xmlns' ? '' : a.qname.slice(6);
    if (prefix !== '' && a.value === '') return null;
    scope ??= new Map(parent);
    scope.set(prefix, a.value);
  }
  return scope ?? parent;
}

/** The namespace a qualified name resolves to (`''` for none), or null for an unbound prefix. */
function resolve(
  scope: ReadonlyMap<string, string>,
  qname: string,
  isAttribute: boolean,
): { ns: string; local: string } | null {
  const colon = qname.indexOf(':');
  if (colon < 0) return { ns: isAttribute ? '' : (scope.get('') ?? ''), local: qname };
  const prefix = qname.slice(0, colon);
  const ns = prefix === 'xml' ? XML_NAMESPACE : scope.get(prefix);
  return ns === undefined || ns === '' ? null : { ns, local: qname.slice(colon + 1) };
}

/** The node kept for an element, or null when its subtree is dropped (then so is everything inside). */
function nodeFor(
  ns: string,
  local: string,
  scope: ReadonlyMap<string, string>,
  attributes: readonly Attribute[],
): WordNode | null | undefined {
  const isWord = W_NAMESPACES.has(ns);
  if (isWord && DROPPED.has(local)) return null;
  if (ns === MC_NAMESPACE && local === 'Fallback') return null;
  let val: string | null = null;
  for (const a of attributes) {
    if (a.qname.startsWith('xmlns')) continue;
    const name = resolve(scope, a.qname, true);
    if (name === null) return undefined;
    if (name.local === 'val' && W_NAMESPACES.has(name.ns)) val = a.value;
  }
  return { localName: local, kind: isWord ? 'w' : 'other', val, children: [], text: '' };
}

class TreeBuilder {
  readonly stack: Open[] = [];
  root: WordNode | null = null;
  rootClosed = false;
  /** The outermost open `w:t`, which takes all character data until it closes. */
  textHolder: Open | null = null;

  characters(raw: string): boolean {
    if (this.stack.length === 0) return SPACE.test(raw);
    if (this.textHolder === null) return !raw.includes('&') || decode(raw) !== null;
    const text = decode(normaliseLineEnds(raw));
    if (text === null) return false;
    (this.textHolder.node as WordNode).text += text;
    return true;
  }

  start(qname: string, attributes: readonly Attribute[], selfClosing: boolean): boolean {
    if (this.rootClosed || !QNAME.test(qname)) return false;
    const parent = this.stack[this.stack.length - 1];
    const scope = declare(parent?.scope ?? new Map<string, string>(), attributes);
    const name = scope && resolve(scope, qname, false);
    if (!scope || !name) return false;
    const dropped = parent !== undefined && parent.node === null;
    const node = dropped ? null : nodeFor(name.ns, name.local, scope, attributes);
    if (node === undefined) return false;
    if (parent?.node && node) parent.node.children.push(node);
    if (!parent) this.root = node ?? { localName: name.local, kind: 'other', val: null, children: [], text: '' };
    const open: Open = { qname, node, scope };
    if (selfClosing) return this.end(qname, open);
    this.stack.push(open);
    if (this.textHolder === null && node?.kind === 'w' && node.localName === 't') this.textHolder = open;
    return true;
  }

  end(qname: string, open?: Open): boolean {
    const top = open ?? this.stack.pop();
    if (!top || top.qname !== qname) return false;
    if (top === this.textHolder) this.textHolder = null;
    if (this.stack.length === 0) this.rootClosed = true;
    return true;
  }
}

/** What `<!…>` or `<?…?>` at `i` is, and where it ends; null when it never ends or is not allowed here. */
function special(s: string, i: number, b: TreeBuilder): number | null {
  if (s.startsWith('<?', i)) {
    const end = s.indexOf('?>', i + 2);
    if (end < 0) return null;
    // The XML declaration (XML 1.0 §2.8) only first and well-formed; other processing instructions are skipped.
    const isDeclaration = /^<\?xml[\s?]/i.test(s.slice(i, i + 6));
    return !isDeclaration || (i === 0 && XML_DECLARATION.test(s.slice(0, end + 2))) ? end + 2 : null;
  }
  if (s.startsWith('<!--', i)) {
    const end = s.indexOf('-->', i + 4);
    return end < 0 ? null : end + 3;
  }
  if (s.startsWith('<![CDATA[', i) && b.stack.length > 0) {
    const end = s.indexOf(']]>', i + 9);
    if (end < 0) return null;
    if (b.textHolder) (b.textHolder.node as WordNode).text += normaliseLineEnds(s.slice(i + 9, end));
    return end + 3;
  }
  return null; // a DOCTYPE is refused before this runs; anything else is not XML
}

/**
 * The tree of a WordprocessingML part, or null when it is not well-formed XML; linear in its length, never throws.
 * @example parseWordTree('<w:document xmlns:w="…/wordprocessingml/2006/main"><w:body/></w:document>')?.children[0]?.localName // 'body'
 */
export function parseWordTree(s: string): WordNode | null {
  const b = new TreeBuilder();
  let i = 0;
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    const textEnd = lt < 0 ? s.length : lt;
    if (textEnd > i && !b.characters(s.slice(i, textEnd))) return null;
    if (lt < 0) break;
    const next = s[lt + 1];
    if (next === '!' || next === '?') {
      const end = special(s, lt, b);
      if (end === null) return null;
      i = end;
    } else if (next === '/') {
      const gt = s.indexOf('>', lt);
      if (gt < 0 || !b.end(s.slice(lt + 2, gt).trimEnd())) return null;
      i = gt + 1;
    } else {
      let k = lt + 1;
      while (k < s.length && !' \t\r\n/>'.includes(s[k] as string)) k += 1;
      const attributes: Attribute[] = [];
      const tag = readAttributes(s, k, attributes);
      if (tag === null || !b.start(s.slice(lt + 1, k), attributes, tag.selfClosing)) return null;
      i = tag.end;
    }
  }
  return b.rootClosed ? b.root : null;
}
