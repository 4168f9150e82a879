// Reads an .xlsx as its XML says, without ExcelJS: cells (type, value, formula, style), number formats,
// defined names, sheet protection, data validations. ExcelJS's reader drops a cached 0 and reads only
// some spellings of booleans, so the copy's tests and the LibreOffice check read the XML themselves.
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser, type Element } from '@xmldom/xmldom';

export interface XCell {
  /** The `t` attribute: s (shared string), str (formula text), n (number, also when absent), b, e, inlineStr. */
  type: string;
  /** The stored value: text for strings, a number for numbers, '' when none. */
  value: string | number;
  formula: string | null;
  numFmt: string;
  locked: boolean;
}

export interface XSheet {
  name: string;
  xml: string;
  cells: Map<string, XCell>;
  protected: boolean;
  validations: {
    sqref: string;
    type: string;
    formula1: string;
    errorStyle: string | null;
    error: string | null;
    errorTitle: string | null;
  }[];
}

export interface XBook {
  sheets: XSheet[];
  sheet(name: string): XSheet;
  definedNames: Map<string, string>;
  sharedStrings: string[];
  files: Record<string, Uint8Array>;
}

const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  9: '0%',
  10: '0.00%',
  14: 'yyyy-mm-dd',
  49: '@',
};

function doc(xml: string): ReturnType<DOMParser['parseFromString']> {
  return new DOMParser().parseFromString(xml, 'text/xml');
}

function elements(parent: { getElementsByTagName(name: string): ArrayLike<Element> }, name: string): Element[] {
  return Array.from(parent.getElementsByTagName(name));
}

function textOf(el: Element | undefined): string {
  if (!el) return '';
  // Rich text: every <t> inside, in order; phonetic runs (<rPh>) excluded.
  const runs = elements(el, 't').filter((t) => (t.parentNode as Element | null)?.nodeName !== 'rPh');
  return runs.map((t) => t.textContent ?? '').join('');
}

export function readXlsx(bytes: Uint8Array): XBook {
  const files = unzipSync(bytes);
  const read = (path: string): string => {
    const file = files[path];
    if (!file) throw new Error(`no ${path} in the package`);
    return strFromU8(file);
  };
  const sharedStrings = files['xl/sharedStrings.xml']
    ? elements(doc(read('xl/sharedStrings.xml')), 'si').map((si) => textOf(si))
    : [];

  const styles = doc(read('xl/styles.xml'));
  const formats = new Map<number, string>();
  for (const f of elements(styles, 'numFmt'))
    formats.set(Number(f.getAttribute('numFmtId')), f.getAttribute('formatCode') ?? '');
  const cellXfs = elements(styles, 'cellXfs')[0];
  const xfs = cellXfs ? elements(cellXfs, 'xf') : [];
  const styleOf = (index: number): { numFmt: string; locked: boolean } => {
    const xf = xfs[index];
    const id = Number(xf?.getAttribute('numFmtId') ?? 0);
    const locked = xf ? elements(xf, 'protection')[0]?.getAttribute('locked') : null;
    return {
      numFmt: formats.get(id) ?? BUILTIN_FORMATS[id] ?? `#${id}`,
      locked: !(locked === '0' || locked === 'false'),
    };
  };

  const workbook = doc(read('xl/workbook.xml'));
  const rels = doc(read('xl/_rels/workbook.xml.rels'));
  const targets = new Map(
    elements(rels, 'Relationship').map((r) => [r.getAttribute('Id') ?? '', r.getAttribute('Target') ?? '']),
  );
  const definedNames = new Map(
    elements(workbook, 'definedName').map((d) => [d.getAttribute('name') ?? '', d.textContent ?? '']),
  );
  const sheets: XSheet[] = elements(workbook, 'sheet').map((s) => {
    const name = s.getAttribute('name') ?? '';
    const target = (targets.get(s.getAttribute('r:id') ?? '') ?? '').replace(/^\/?(xl\/)?/, '');
    const xml = read(`xl/${target}`);
    const sheet = doc(xml);
    const cells = new Map<string, XCell>();
    for (const c of elements(sheet, 'c')) {
      const type = c.getAttribute('t') ?? 'n';
      const v = elements(c, 'v')[0]?.textContent ?? '';
      const f = elements(c, 'f')[0];
      let value: string | number = v;
      if (type === 's') value = sharedStrings[Number(v)] ?? '';
      else if (type === 'inlineStr') value = textOf(elements(c, 'is')[0]);
      else if (type === 'n' && v !== '') value = Number(v);
      cells.set(c.getAttribute('r') ?? '', {
        type,
        value,
        formula: f ? (f.textContent ?? '') : null,
        ...styleOf(Number(c.getAttribute('s') ?? 0)),
      });
    }
    const protection = elements(sheet, 'sheetProtection')[0];
    const validations = elements(sheet, 'dataValidation').map((dv) => ({
      sqref: dv.getAttribute('sqref') ?? '',
      type: dv.getAttribute('type') ?? '',
      formula1: elements(dv, 'formula1')[0]?.textContent ?? '',
      errorStyle: dv.getAttribute('errorStyle'),
      error: dv.getAttribute('error'),
      errorTitle: dv.getAttribute('errorTitle'),
    }));
    const on = protection?.getAttribute('sheet');
    return { name, xml, cells, protected: on === '1' || on === 'true', validations };
  });
  return {
    sheets,
    sheet(name) {
      const found = sheets.find((s) => s.name === name);
      if (!found) throw new Error(`no sheet ${name}; sheets: ${sheets.map((s) => s.name).join(', ')}`);
      return found;
    },
    definedNames,
    sharedStrings,
    files,
  };
}

/** A cell's value, '' for an empty or absent cell. */
export function valueAt(sheet: XSheet, address: string): string | number {
  return sheet.cells.get(address)?.value ?? '';
}
