/**
 * The state behind the Office.js double (`fakeExcel.ts`): sheets of cells, tables, names, settings, and what a user or a
 * co-author does to them directly (sort, insert or delete sheet rows, type below a table, rename a header). The
 * rules Excel applies to an add-in's requests are in `fakeExcel.ts`; input conversion is in `cellInput.ts`.
 */
import type { RangeBox } from '../../src/ledgerLayout/cellAddress';

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  formulaR1C1?: string;
  numberFormat: string;
  quotePrefix?: boolean;
}

export interface FormatRecord {
  sheet: string;
  address: string;
  property: string;
  value: unknown;
}

export interface ConditionalFormatRecord {
  address: string;
  type: string;
  formula: string;
  fill: string;
}

export interface ChartRecord {
  type: string;
  name: string;
  source: string;
  seriesBy: string;
  title: string;
  position: [string, string | undefined] | null;
}

/** A rectangle of a sheet, 0-based. */
export type Box = Pick<RangeBox, 'row' | 'col' | 'rowCount' | 'colCount'>;

/** Whether two boxes share a cell. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.col < b.col + b.colCount && b.col < a.col + a.colCount
  );
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  frozenRows = 0;
  charts: ChartRecord[] = [];
  active = false;
  /** Protected with `worksheet.protection.protect()` (tests set it): writes fail with AccessDenied. */
  protected = false;
  /** Merged areas (0-based boxes); only the top-left cell holds a value. */
  merged: Box[] = [];
  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  ensure(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: '', numberFormat: 'General' };
      this.cells.set(key, cell);
    }
    return cell;
  }
}

export class FakeTableModel {
  filters = new Map<string, string[]>();
  style = '';
  validations: { column: string; rule: unknown; errorAlert?: unknown }[] = [];
  /** `TableColumn.id` of each column, left to right ("a unique key that identifies the column within the table"); a new column gets the next id. */
  columnIds: number[];
  nextColumnId: number;
  constructor(
    public name: string,
    public sheet: FakeSheet,
    /** 0-based sheet row of the header and first column. */
    public row: number,
    public col: number,
    /** Rows including the header. */
    public rowCount: number,
    public colCount: number,
  ) {
    this.columnIds = Array.from({ length: colCount }, (_, i) => i + 1);
    this.nextColumnId = colCount + 1;
  }

  /** Whether the table's range (header included) shares a cell with the box. */
  overlaps(box: Box): boolean {
    return boxesOverlap(this, box);
  }

  /** Whether the table's AutoFilter hides anything (a values filter is applied to a column). */
  filtered(): boolean {
    return this.filters.size > 0;
  }

  headers(): string[] {
    return Array.from({ length: this.colCount }, (_, c) =>
      String(this.sheet.cell(this.row, this.col + c)?.value ?? ''),
    );
  }
}

export interface FakeStats {
  syncs: number;
  /** JSON bytes of the writes carried by each sync. */
  requestBytes: number[];
  /** JSON bytes of the cell values each sync brought back. */
  responseBytes: number[];
  failedSyncs: number;
}

/** Excel on the web's limit for one request and for one response (see the header). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** An error as Office.js raises it from `context.sync()`: a `code` from `Excel.ErrorCodes` / `OfficeExtension.ErrorCodes`. */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/** The state the fake context works on; tests inspect it directly. */
export class FakeWorkbookModel {
  /** The workbook's structure is protected (`WorkbookProtection.protect()`): sheets cannot be added, deleted or renamed. */
  structureProtected = false;
  sheets: FakeSheet[] = [];
  tables: FakeTableModel[] = [];
  names = new Map<string, { sheet: string; address: string; comment?: string }>();
  settings = new Map<string, unknown>();
  formats: FormatRecord[] = [];
  conditionalFormats: ConditionalFormatRecord[] = [];
  /** `TableCollection.onChanged` handlers: tests call them with the event a change raises (`source` Local or Remote). */
  tableChangeHandlers: ((e: { tableId: string; source?: 'Local' | 'Remote' }) => Promise<void>)[] = [];

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  table(name: string): FakeTableModel | undefined {
    return this.tables.find((t) => t.name === name);
  }

  /** Renames a table column's header, as a user typing over it (the column keeps its id). */
  renameTableColumn(name: string, from: string, to: string): void {
    const t = this.table(name);
    const c = t ? t.headers().indexOf(from) : -1;
    if (!t || c < 0) throw new Error(`fakeExcel: no column ${from}`);
    t.sheet.ensure(t.row, t.col + c).value = to;
  }

  /** Deletes a table column as a user would (cells right of it shift left). */
  deleteTableColumn(name: string, header: string): void {
    const t = this.table(name);
    const c = t ? t.headers().indexOf(header) : -1;
    if (!t || c < 0) throw new Error(`fakeExcel: no column ${header}`);
    const col = t.col + c;
    const moved = new Map<string, FakeCell>();
    for (const [key, cell] of t.sheet.cells) {
      const [r, cc] = key.split(',').map(Number) as [number, number];
      if (cc === col && r >= t.row && r < t.row + t.rowCount) continue;
      moved.set(cc > col && r >= t.row && r < t.row + t.rowCount ? `${r},${cc - 1}` : key, cell);
    }
    t.sheet.cells = moved;
    t.colCount -= 1;
    t.columnIds.splice(c, 1);
  }

  /** The table's body as rows of cell values. */
  tableValues(name: string): (string | number | boolean)[][] {
    const t = this.table(name);
    if (!t) return [];
    return Array.from({ length: t.rowCount - 1 }, (_, r) =>
      Array.from({ length: t.colCount }, (_, c) => t.sheet.cell(t.row + 1 + r, t.col + c)?.value ?? ''),
    );
  }

  /** One cell of a table by body row and header. */
  tableCell(name: string, bodyRow: number, header: string): FakeCell | undefined {
    const t = this.table(name);
    if (!t) return undefined;
    const c = t.headers().indexOf(header);
    return c < 0 ? undefined : t.sheet.cell(t.row + 1 + bodyRow, t.col + c);
  }

  /** Types into one cell of a table, as a user would (no formats change). */
  setTableCell(name: string, bodyRow: number, header: string, value: string | number): void {
    const t = this.table(name);
    const c = t ? t.headers().indexOf(header) : -1;
    if (!t || c < 0 || bodyRow < 0) throw new Error(`fakeExcel: no cell ${header} in row ${bodyRow}`);
    const cell = t.sheet.ensure(t.row + 1 + bodyRow, t.col + c);
    cell.value = value;
    delete cell.formula;
  }

  /** The body row (0-based) whose 序号 is `no`. */
  rowOf(name: string, no: number): number {
    const t = this.table(name);
    if (!t) return -1;
    const c = t.headers().indexOf('序号');
    return this.tableValues(name).findIndex((r) => r[c] === no);
  }

  /** Sorts a table's body rows like Excel's sort (cells, formats and formulas move with their rows). */
  sortTable(
    name: string,
    compare: (a: (string | number | boolean)[], b: (string | number | boolean)[]) => number,
  ): void {
    const t = this.table(name);
    if (!t) return;
    const rows = Array.from({ length: t.rowCount - 1 }, (_, r) => ({
      values: Array.from({ length: t.colCount }, (_, c) => t.sheet.cell(t.row + 1 + r, t.col + c)?.value ?? ''),
      cells: Array.from({ length: t.colCount }, (_, c) => t.sheet.cell(t.row + 1 + r, t.col + c)),
    }));
    rows.sort((a, b) => compare(a.values, b.values));
    rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        const key = `${t.row + 1 + r},${t.col + c}`;
        if (cell) t.sheet.cells.set(key, cell);
        else t.sheet.cells.delete(key);
      }),
    );
  }

  /** Inserts a blank sheet column at 0-based `col` (cells right of it shift), like a user inserting a column in a table. */
  insertTableColumn(name: string, at: number, header: string): void {
    const t = this.table(name);
    if (!t) return;
    const col = t.col + at;
    const moved = new Map<string, FakeCell>();
    for (const [key, cell] of t.sheet.cells) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      moved.set(c >= col ? `${r},${c + 1}` : key, cell);
    }
    t.sheet.cells = moved;
    t.colCount += 1;
    t.columnIds.splice(at, 0, t.nextColumnId++);
    t.sheet.ensure(t.row, col).value = header;
  }

  /**
   * Inserts `count` blank sheet rows before 0-based row `at` (a user's "Insert sheet rows"): every cell, table and
   * merged area at or below moves down; a table the rows fall inside grows.
   */
  insertSheetRows(sheetName: string, at: number, count: number): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`fakeExcel: no sheet ${sheetName}`);
    shiftCells(sheet, (r) => (r >= at ? r + count : r));
    for (const t of this.tables.filter((x) => x.sheet === sheet)) {
      if (t.row >= at) t.row += count;
      else if (at < t.row + t.rowCount) t.rowCount += count;
    }
    sheet.merged = sheet.merged.map((m) =>
      m.row >= at ? { ...m, row: m.row + count } : at < m.row + m.rowCount ? { ...m, rowCount: m.rowCount + count } : m,
    );
  }

  /** Deletes `count` sheet rows from 0-based row `at` (a user's "Delete sheet rows"): their cells go, the rows below move up. */
  deleteSheetRows(sheetName: string, at: number, count: number): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`fakeExcel: no sheet ${sheetName}`);
    const end = at + count;
    shiftCells(sheet, (r) => (r < at ? r : r >= end ? r - count : null));
    for (const t of this.tables.filter((x) => x.sheet === sheet)) {
      if (t.row >= end) t.row -= count;
      else if (t.row < at) t.rowCount -= Math.max(0, Math.min(end, t.row + t.rowCount) - at);
      else throw new Error('fakeExcel: deleting a table header row is not simulated');
    }
  }
}

/** Moves a sheet's cells to the rows `to` gives (null drops the cell). */
function shiftCells(sheet: FakeSheet, to: (row: number) => number | null): void {
  const moved = new Map<string, FakeCell>();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(',').map(Number) as [number, number];
    const row = to(r);
    if (row !== null) moved.set(`${row},${c}`, cell);
  }
  sheet.cells = moved;
}
