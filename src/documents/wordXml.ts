/**
 * Walking WordprocessingML (`word/document.xml`) through the tree `parseWordTree` builds: element tests by
 * namespace and local name (transitional and strict OOXML), the blocks of a body or cell in order, and a
 * paragraph's text.
 */
import type { WordNode } from './wordTree';

/** Wrappers whose content is part of the flow: content controls, custom XML, tracked insertions, smart tags. */
const TRANSPARENT = new Set([
  'sdt',
  'sdtContent',
  'customXml',
  'ins',
  'moveTo',
  'smartTag',
  'hyperlink',
  'fldSimple',
  'dir',
  'bdo',
]);
/** Subtrees that are not the visible text (most are already dropped by `parseWordTree`; `tcPr`, `trPr` are kept for the grid). */
const SKIPPED = new Set([
  'del',
  'moveFrom',
  'delText',
  'instrText',
  'delInstrText',
  'rPr',
  'pPr',
  'tcPr',
  'trPr',
  'tblPr',
  'sdtPr',
  'sdtEndPr',
  'fldData',
  'drawing',
  'pict',
  'object',
  'footnoteReference',
  'endnoteReference',
  'commentReference',
]);

export function isW(node: WordNode, local: string): boolean {
  return node.kind === 'w' && node.localName === local;
}

export function elementChildren(node: WordNode): readonly WordNode[] {
  return node.children;
}

/** The `w:val` attribute (or any attribute named `val` in a WordprocessingML namespace). */
export function wVal(el: WordNode): string | null {
  return el.val;
}

/** The first child `w:<local>` of an element, or null. */
export function wChild(el: WordNode, local: string): WordNode | null {
  return el.children.find((c) => isW(c, local)) ?? null;
}

/** The children of a container named `local`s (e.g. `tr` in a table), looking through content controls and custom XML. */
export function wChildrenThrough(el: WordNode, locals: ReadonlySet<string>): WordNode[] {
  const out: WordNode[] = [];
  for (const child of el.children) {
    if (child.kind !== 'w') continue;
    const name = child.localName;
    if (locals.has(name)) out.push(child);
    else if (TRANSPARENT.has(name)) for (const inner of wChildrenThrough(child, locals)) out.push(inner);
  }
  return out;
}

/** A paragraph's visible text: runs, tabs as spaces, breaks as line breaks; deletions and field codes left out. */
export function paragraphText(p: WordNode): string {
  const parts: string[] = [];
  const walk = (node: WordNode): void => {
    for (const child of node.children) {
      if (child.kind !== 'w') {
        walk(child); // mc:AlternateContent / mc:Choice and foreign wrappers (mc:Fallback is dropped by parseWordTree)
        continue;
      }
      const name = child.localName;
      if (SKIPPED.has(name)) continue;
      if (name === 't') parts.push(child.text);
      else if (name === 'tab' || name === 'ptab') parts.push(' ');
      else if (name === 'br' || name === 'cr') parts.push('\n');
      else if (name === 'noBreakHyphen') parts.push('-');
      else walk(child);
    }
  };
  walk(p);
  return parts.join('').replace(/\u00a0/g, ' ');
}
