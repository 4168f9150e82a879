/**
 * The ledger's workbook as a file: the package opened bounded, the ledger's sheets parsed when first needed,
 * and the patches made so far. `save()` writes only the parts that changed (our sheets, the ranges of our
 * tables, the workbook's calculation flag); every other part is copied byte for byte.
 */
import { sharedStrings, SheetXml, parseCellRef, cellRef, type CellValue } from './sheetXml';
import { openXlsx, sharedStringsPartOf, workbookPartOf, type OpenXlsxResult, type TablePart, type XlsxPackage } from './xlsxPackage';
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

/** A table's `ref` (`A1:Q25`) as top-left cell and size, or null. */
export function refBox(ref: string): { row: number; col: number; rowCount: number; colCount: number } | null {
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

  private constructor(readonly pkg: XlsxPackage) {}

  /** Opens the bytes of an .xlsx; refuses a zip that contradicts itself or is not a workbook. */
  static async open(bytes: Uint8Array): Promise<{ ok: true; file: LedgerFile } | Extract<OpenXlsxResult, { ok: false }>> {
    const opened = await openXlsx(bytes);
    return opened.ok ? { ok: true, file: new LedgerFile(opened.pkg) } : opened;
  }

  /** Whether anything was written since the file was opened. */
  get dirty(): boolean {
    return this.changed;
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
    const xml = await this.pkg.text(part);
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
    for (const part of this.written) {
      const sheet = this.sheets.get(part);
      if (sheet) replace.set(part, encoder.encode(sheet.toXml()));
    }
    for (const [name, ref] of this.refs) {
      const table = this.pkg.tables.get(name);
      const xml = table ? await this.pkg.text(table.part) : null;
      if (!table || xml === null) continue;
      const old = table.ref;
      replace.set(table.part, encoder.encode(xml.replace(/(<table\b[^>]*?\sref=")[^"]*(")/, `$1${ref}$2`).replace(new RegExp(`(<autoFilter\\b[^>]*?\\sref=")${old}(")`), `$1${ref}$2`)));
    }
    const workbookPart = await workbookPartOf(this.pkg);
    const workbook = await this.pkg.text(workbookPart);
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
export function withFullCalcOnLoad(xml: string): string {
  const calc = /<calcPr\b([^>]*?)\/>/.exec(xml);
  if (calc) {
    const attrs = (calc[1] ?? '').replace(/\s+fullCalcOnLoad="[^"]*"/, '');
    return xml.replace(calc[0], `<calcPr${attrs} fullCalcOnLoad="1"/>`);
  }
  const after = xml.includes('</definedNames>') ? '</definedNames>' : '</sheets>';
  return xml.replace(after, `${after}<calcPr fullCalcOnLoad="1"/>`);
}
