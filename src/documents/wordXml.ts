/**
 * Walking WordprocessingML (`word/document.xml`) through the DOM: element tests by namespace and local
 * name (transitional and strict OOXML), the blocks of a body or cell in order, and a paragraph's text.
 */

/** Transitional (Word, WPS, LibreOffice) and strict OOXML main namespaces. */
const W_NAMESPACES: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Wrappers whose content is part of the flow: content controls, custom XML, tracked insertions, smart tags. */
const TRANSPARENT = new Set(['sdt', 'sdtContent', 'customXml', 'ins', 'moveTo', 'smartTag', 'hyperlink', 'fldSimple', 'dir', 'bdo']);
/** Subtrees that are not the visible text: deletions, field codes, properties, drawings and text boxes. */
const SKIPPED = new Set(['del', 'moveFrom', 'delText', 'instrText', 'delInstrText', 'rPr', 'pPr', 'tcPr', 'trPr', 'tblPr', 'sdtPr', 'sdtEndPr', 'fldData', 'drawing', 'pict', 'object', 'footnoteReference', 'endnoteReference', 'commentReference']);

export function isW(node: Node, local: string): node is Element {
  return node.nodeType === 1 && (node as Element).localName === local && W_NAMESPACES.has((node as Element).namespaceURI ?? '');
}

function isMcFallback(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === 'Fallback' && (node as Element).namespaceURI === MC_NAMESPACE;
}

export function elementChildren(node: Node): Element[] {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) out.push(child as Element);
  return out;
}

/** The `w:val` attribute (or any attribute named `val` in a WordprocessingML namespace). */
export function wVal(el: Element): string | null {
  for (let i = 0; i < el.attributes.length; i += 1) {
    const a = el.attributes[i];
    if (a && a.localName === 'val' && W_NAMESPACES.has(a.namespaceURI ?? '')) return a.value;
  }
  return null;
}

/** The first child `w:<local>` of an element, or null. */
export function wChild(el: Element, local: string): Element | null {
  return elementChildren(el).find((c) => isW(c, local)) ?? null;
}

/** The children of a container named `local`s (e.g. `tr` in a table), looking through content controls and custom XML. */
export function wChildrenThrough(el: Element, locals: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  for (const child of elementChildren(el)) {
    const name = child.localName;
    if (!W_NAMESPACES.has(child.namespaceURI ?? '')) continue;
    if (locals.has(name)) out.push(child);
    else if (TRANSPARENT.has(name)) for (const inner of wChildrenThrough(child, locals)) out.push(inner);
  }
  return out;
}

/** A paragraph's visible text: runs, tabs as spaces, breaks as line breaks; deletions and field codes left out. */
export function paragraphText(p: Element): string {
  const parts: string[] = [];
  const walk = (node: Element): void => {
    for (const child of elementChildren(node)) {
      if (isMcFallback(child)) continue;
      const ns = child.namespaceURI ?? '';
      if (!W_NAMESPACES.has(ns)) {
        walk(child); // mc:AlternateContent / mc:Choice and foreign wrappers
        continue;
      }
      const name = child.localName;
      if (SKIPPED.has(name)) continue;
      if (name === 't') parts.push(child.textContent ?? '');
      else if (name === 'tab' || name === 'ptab') parts.push(' ');
      else if (name === 'br' || name === 'cr') parts.push('\n');
      else if (name === 'noBreakHyphen') parts.push('-');
      else walk(child);
    }
  };
  walk(p);
  return parts.join('').replace(/\u00a0/g, ' ');
}
