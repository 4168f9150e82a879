/**
 * The ledger's workbook as a file: the package opened bounded, the ledger's sheets parsed when first needed,
 * and the patches made so far. `save()` writes only the parts that changed (our sheets, the ranges of our
 * tables, the workbook's calculation flag); every other part is copied byte for byte.
 */
import { sharedStrings, SheetXml, parseCellRef, cellRef, type CellValue } from './sheetXml';
import {
  openXlsx,
  relsOf,
  sharedStringsPartOf,
  workbookPartOf,
  type OpenXlsxResult,
  type TablePart,
  type XlsxPackage,
} from './xlsxPackage';
import { attribute, unescapeXml } from './xmlText';
import {
  CONTENT_TYPES,
  newTableXml,
  newWorksheetXml,
  REL_TYPES,
  withContentOverride,
  withDefinedName,
  withRelationship,
  withSheetEntry,
} from './packageParts';
import { patchZip } from './patchZip';

export interface TableBlock {
  table: TablePart;
  sheet: SheetXml;
  /** 0-based top-left cell of the table (its header row). */
  row: number;
  col: number;
  /** Rows including the header, and columns. */
  rowCount: number;
  colCount: number;
}

const encoder = new TextEncoder();

/** A table made with a new sheet: its header at A1, one blank body row (a table needs one). */
export interface NewTable {
  name: string;
  headers: readonly string[];
  style: string;
  /** Number formats of the blank row's cells are not written: the writer formats what it writes. */
}

export interface NewSheetOptions {
  table?: NewTable;
  /** Column widths in characters. */
  widths?: readonly number[];
  frozenHeader?: boolean;
}

/** A table's `ref` (`A1:Q25`) as top-left cell and size, or null. */
function refBox(ref: string): { row: number; col: number; rowCount: number; colCount: number } | null {
  const [a, b] = ref.split(':');
  const from = parseCellRef(a ?? '');
  const to = parseCellRef(b ?? a ?? '');
  if (!from || !to) return null;
  return { row: from.row, col: from.col, rowCount: to.row - from.row + 1, colCount: to.col - from.col + 1 };
}

export class LedgerFile {
  private strings: string[] | null = null;
  private readonly sheets = new Map<string, SheetXml>();
  private readonly refs = new Map<string, string>();
  private changed = false;
  /** Worksheet parts written (a sheet parsed for reading alone keeps its bytes). */
  private readonly written = new Set<string>();
  /** Parts written whole as text: new parts, and edited package parts (relationships, content types, workbook). */
  private readonly edits = new Map<string, string>();

  private constructor(readonly pkg: XlsxPackage) {}

  /** Opens the bytes of an .xlsx; refuses a zip that contradicts itself or is not a workbook. */
  static async open(
    bytes: Uint8Array,
  ): Promise<{ ok: true; file: LedgerFile } | Extract<OpenXlsxResult, { ok: false }>> {
    const opened = await openXlsx(bytes);
    return opened.ok ? { ok: true, file: new LedgerFile(opened.pkg) } : opened;
  }

  /** Whether anything was written since the file was opened. */
  get dirty(): boolean {
    return this.changed;
  }

  /** A part's text as it will be saved (an edit made here, else the opened bytes); null when there is none. */
  async part(name: string): Promise<string | null> {
    return this.edits.get(name) ?? (await this.pkg.text(name));
  }

  /** Writes a whole part (new, or replacing the opened one) on save. */
  setPart(name: string, xml: string): void {
    this.edits.set(name, xml);
    this.changed = true;
  }

  /** The names of the parts added since opening. */
  addedParts(): string[] {
    const present = new Set(this.pkg.entries.map((e) => e.name));
    return [...this.edits.keys()].filter((n) => !present.has(n));
  }

  /** A part name not taken yet, from a numbered pattern (`xl/tables/table${n}.xml`). */
  freePartName(pattern: (n: number) => string): string {
    const taken = new Set(
      [...this.pkg.entries.map((e) => e.name), ...this.edits.keys(), ...this.sheets.keys()].map((k) => k.toLowerCase()),
    );
    let n = 1;
    while (taken.has(pattern(n).toLowerCase())) n += 1;
    return pattern(n);
  }

  /** Declares a part's content type in `[Content_Types].xml`. */
  async declare(part: string, contentType: string): Promise<void> {
    this.setPart(
      '[Content_Types].xml',
      withContentOverride((await this.part('[Content_Types].xml')) ?? '', part, contentType),
    );
  }

  /** Adds a relationship from `owner` (a part, or '' for the package) and returns its id. */
  async relate(owner: string, type: string, target: string): Promise<string> {
    const rels = owner === '' ? '_rels/.rels' : relsOf(owner);
    const added = withRelationship(await this.part(rels), type, target);
    this.setPart(rels, added.xml);
    return added.id;
  }

  /** Whether the workbook defines a workbook-scoped name (as saved so far, edits included). */
  async hasDefinedName(name: string): Promise<boolean> {
    return (await this.definedName(name)) !== null;
  }

  /** What a workbook-scoped defined name refers to (`'台账设置'!$B$6`), as saved so far; null when there is no such name. */
  async definedName(name: string): Promise<string | null> {
    const xml = (await this.part(await workbookPartOf(this.pkg))) ?? '';
    for (const m of xml.matchAll(/<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g))
      if (attribute(m[1] ?? '', 'name') === name && attribute(m[1] ?? '', 'localSheetId') === null)
        return unescapeXml(m[2] ?? '').trim();
    return null;
  }

  /** Adds a workbook-scoped defined name (kept when one of that name exists). */
  async defineName(name: string, ref: string): Promise<void> {
    const wb = await workbookPartOf(this.pkg);
    this.setPart(wb, withDefinedName((await this.part(wb)) ?? '', name, ref));
  }

  /**
   * Adds a sheet (last in the tab order), with a table at A1 when asked; returns it parsed, for writing.
   * The table's header cells are written; its one body row is blank.
   */
  async addSheet(name: string, options: NewSheetOptions = {}): Promise<SheetXml> {
    const sheetPart = this.freePartName((n) => `xl/worksheets/sheet${n}.xml`);
    const rids: string[] = [];
    const table = options.table;
    if (table) {
      const part = this.freePartName((n) => `xl/tables/table${n}.xml`);
      const ref = `A1:${cellRef(1, table.headers.length - 1)}`;
      this.setPart(part, newTableXml((await this.maxTableId()) + 1, table.name, ref, table.headers, table.style));
      await this.declare(part, CONTENT_TYPES.table);
      rids.push(await this.relate(sheetPart, REL_TYPES.table, `../tables/${part.slice(part.lastIndexOf('/') + 1)}`));
      this.pkg.tables.set(table.name, { name: table.name, part, ref, sheetPart });
    }
    const sheet = new SheetXml(newWorksheetXml(rids, options.widths ?? [], options.frozenHeader ?? false));
    table?.headers.forEach((h, k) => sheet.set(0, k, h));
    this.sheets.set(sheetPart, sheet);
    this.written.add(sheetPart);
    await this.declare(sheetPart, CONTENT_TYPES.worksheet);
    const wb = await workbookPartOf(this.pkg);
    const rid = await this.relate(wb, REL_TYPES.worksheet, `/${sheetPart}`);
    this.setPart(wb, withSheetEntry((await this.part(wb)) ?? '', name, rid));
    this.pkg.sheets.set(name, sheetPart);
    return sheet;
  }

  /** The largest table id in the workbook (table ids are unique across it). */
  private async maxTableId(): Promise<number> {
    let max = 0;
    for (const t of this.pkg.tables.values()) {
      const a = /<table\b([^>]*?)>/.exec((await this.part(t.part)) ?? '')?.[1] ?? '';
      max = Math.max(max, Number(attribute(a, 'id') ?? 0) || 0);
    }
    return max;
  }

  async sharedStrings(): Promise<string[]> {
    if (this.strings) return this.strings;
    const part = await sharedStringsPartOf(this.pkg);
    this.strings = part === null ? [] : sharedStrings((await this.pkg.text(part)) ?? '');
    return this.strings;
  }

  /** The parsed worksheet part of a sheet, or null when the workbook has no sheet of that name. */
  async sheet(name: string): Promise<SheetXml | null> {
    const part = this.pkg.sheets.get(name);
    if (part === undefined) return null;
    return this.sheetPart(part);
  }

  private async sheetPart(part: string): Promise<SheetXml | null> {
    const cached = this.sheets.get(part);
    if (cached) return cached;
    const xml = await this.part(part);
    if (xml === null) return null;
    const sheet = new SheetXml(xml);
    this.sheets.set(part, sheet);
    return sheet;
  }

  /** Where a table is, with its sheet parsed; null when the workbook has no such table. */
  async table(name: string): Promise<TableBlock | null> {
    const table = this.pkg.tables.get(name);
    if (!table) return null;
    const box = refBox(this.refs.get(name) ?? table.ref);
    const sheet = await this.sheetPart(table.sheetPart);
    return box && sheet ? { table, sheet, ...box } : null;
  }

  /** A table's header and body values. */
  async tableValues(name: string): Promise<{ block: TableBlock; header: CellValue[]; body: CellValue[][] } | null> {
    const block = await this.table(name);
    if (!block) return null;
    const values = block.sheet.values(block.row, block.col, block.rowCount, block.colCount, await this.sharedStrings());
    return { block, header: values[0] ?? [], body: values.slice(1) };
  }

  /** Grows a table by `rows` body rows (its `ref` and its autofilter's are rewritten on save). */
  async growTable(name: string, rows: number): Promise<void> {
    const block = await this.table(name);
    if (!block) return;
    const last = cellRef(block.row + block.rowCount - 1 + rows, block.col + block.colCount - 1);
    this.refs.set(name, `${cellRef(block.row, block.col)}:${last}`);
    this.changed = true;
  }

  /** The workbook's bytes with the changes written in (the opened bytes when nothing changed). */
  async save(): Promise<Uint8Array> {
    if (!this.changed) return this.pkg.bytes;
    const replace = new Map<string, Uint8Array>();
    for (const [part, xml] of this.edits) replace.set(part, encoder.encode(xml));
    for (const part of this.written) {
      const sheet = this.sheets.get(part);
      if (sheet) replace.set(part, encoder.encode(sheet.toXml()));
    }
    for (const [name, ref] of this.refs) {
      const table = this.pkg.tables.get(name);
      const xml = table ? await this.part(table.part) : null;
      if (!table || xml === null) continue;
      const old = table.ref;
      replace.set(
        table.part,
        encoder.encode(
          xml
            .replace(/(<table\b[^>]*?\sref=")[^"]*(")/, `$1${ref}$2`)
            .replace(new RegExp(`(<autoFilter\\b[^>]*?\\sref=")${old}(")`), `$1${ref}$2`),
        ),
      );
    }
    const workbookPart = await workbookPartOf(this.pkg);
    const workbook = await this.part(workbookPart);
    if (workbook !== null) replace.set(workbookPart, encoder.encode(withFullCalcOnLoad(workbook)));
    return patchZip(this.pkg.bytes, this.pkg.entries, replace);
  }

  /** Records that a table's sheet was written (its part is rewritten on save). */
  markWritten(block: TableBlock | { sheetPart: string }): void {
    this.written.add('table' in block ? block.table.sheetPart : block.sheetPart);
    this.changed = true;
  }
}

/**
 * The workbook part asking for a full recalculation when opened (Excel, WPS and LibreOffice then compute
 * 预警 and 汇总 from the cells we wrote).
 * @example withFullCalcOnLoad('<workbook><sheets/><calcPr calcId="191029"/></workbook>') // '…<calcPr calcId="191029" fullCalcOnLoad="1"/>…'
 */
function withFullCalcOnLoad(xml: string): string {
  const calc = /<calcPr\b([^>]*?)\/>/.exec(xml);
  if (calc) {
    const attrs = (calc[1] ?? '').replace(/\s+fullCalcOnLoad="[^"]*"/, '');
    return xml.replace(calc[0], `<calcPr${attrs} fullCalcOnLoad="1"/>`);
  }
  const after = xml.includes('</definedNames>') ? '</definedNames>' : '</sheets>';
  return xml.replace(after, `${after}<calcPr fullCalcOnLoad="1"/>`);
}
