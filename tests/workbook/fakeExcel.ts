/**
 * A strict in-memory double of the part of the Excel object model the workbook layer uses: worksheets,
 * tables, ranges (values, formulas, number formats), names, settings, formats, filters, charts.
 * It behaves as Excel does where our code could go wrong, each rule citing its source:
 * - Operations are queued and run at `context.sync()`, in order; the first failing one fails the sync and the
 *   ones after it do not run, those before it stay done (Office.js batches are not transactions:
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts).
 * - A request or a response over 5 MB fails the whole sync (RequestPayloadSizeLimitExceeded /
 *   ResponsePayloadSizeLimitExceeded; "Excel on the web has a payload size limit for requests and responses
 *   of 5MB": https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * - Properties are readable only once loaded and synced, and only those loaded (PropertyNotLoaded; @types/office-js
 *   `load`: "You must call `context.sync()` before reading the properties.").
 * - `getItem` of a missing item fails the sync with ItemNotFound; `getItemOrNullObject` gives a null object whose
 *   `isNullObject` is readable after a sync (@types/office-js `isNullObject`).
 * - Arrays written to `values` / `numberFormat` / `formulas` must match the range's size (InvalidArgument;
 *   "the dimensions of the array must match the dimensions of the range":
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values).
 * - `TableRowCollection.add` returns *the top* of the added rows (@types/office-js: "The return object will be the top
 *   of the newly added row(s)."), so its `getRange()` is one row.
 * - A table cannot overlap another (`tables.add`, `Table.resize`: InvalidArgument), and `Table.resize` keeps the header
 *   row ("The new range must overlap with the original table range and the headers (or the top of the table) must be in the same row.").
 * - Writes to a protected sheet fail with AccessDenied (@types/office-js `WorksheetProtection.protected`: "Specifies if the
 *   worksheet is protected."; a locked cell cannot be changed), and so do the sheet's formats, `freezePanes.freezeRows`,
 *   `Table.style`, `Table.clearFilters` and `Filter.applyValuesFilter` (support.microsoft.com "Protect a worksheet":
 *   formatting cells, sorting and using AutoFilter are off unless allowed when protecting; the add-in never allows them).
 * - A protected workbook structure refuses adding, deleting and renaming sheets (support.microsoft.com "Protect a workbook":
 *   "To prevent other users from viewing hidden worksheets, adding, moving, deleting, or hiding worksheets, and renaming
 *   worksheets"); the code is not documented, AccessDenied here.
 * - A sheet name is 1–31 characters without `: \ / ? * [ ]`, does not begin or end with `'`, is not `History`, and is unique
 *   ignoring case (support.microsoft.com "Rename a worksheet"): InvalidArgument, or ItemAlreadyExists for a taken name.
 * - A table name is unique in the workbook ignoring case, starts with a letter, `_` or `\`, has no spaces and is not a cell
 *   reference (support.microsoft.com "Rename an Excel table", which `Table.name` in @types/office-js points to): InvalidArgument.
 * - A table over merged cells fails with MergedRangeConflict ("Cannot complete the operation. A table can't overlap with
 *   another table, a PivotTable report, query results, merged cells, or an XML Map.": the application-specific error table,
 *   learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * - `Range.insert` that would shift part of a table or of a merged area fails with InsertDeleteConflict ("The insert or
 *   delete operation attempted resulted in a conflict.", same table); one that would shift the rows of a filtered table, and
 *   `TableRowCollection.add` on a filtered table, fail with FilteredRangeConflict ("The attempted operation causes a conflict
 *   with a filtered range.").
 * - `Range.autoFill` needs a destination that contains the source and extends it along one axis (@types/office-js
 *   `autoFill`: "The destination range can be `null` or can extend the source range either horizontally or vertically.
 *   Discontiguous ranges are not supported."): InvalidArgument otherwise; a copied R1C1 formula refers to the same
 *   relative cells on every row.
 * - Values written into the row just below a table expand the table over them; a number format alone does not
 *   (learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins: "set values in the range directly below the
 *   table. Excel automatically expands the table"; "Tables only auto-expand when you set actual data").
 * - A read of more than 5,000,000 cells fails with RangeExceedsLimit ("A range is limited to 5,000,000 cells for read
 *   operations": resource-limits-and-performance-optimization#excel-add-ins).
 * - `load('name')` fills only `name`: reading another property of that object throws PropertyNotLoaded.
 * - `Range.find` returns the first cell of the range whose value matches, and fails with ItemNotFound when none does;
 *   on a one-cell range it searches the whole sheet from that cell (learn.microsoft.com/office/dev/add-ins/excel/
 *   excel-add-ins-ranges-string-match: "When you call `find` on a range that represents a single cell, the entire worksheet is searched").
 * Input is interpreted like Excel does (`cellInput.ts`): formulas, numbers, booleans, dates and the 32,767-character limit.
 * A co-author can change the workbook between any two syncs (`FakeExcel.betweenSyncs`, see `coauthor.ts`).
 */
import { boxAddress, columnLetter, parseAddress, type RangeBox } from '../../src/ledgerLayout/cellAddress';
import { payloadBytes } from '../../src/workbook/payloadBytes';
import { storeInput } from './cellInput';
import {
  boxesOverlap,
  FakeExcelError,
  FakeSheet,
  FakeTableModel,
  FakeWorkbookModel,
  PAYLOAD_LIMIT_BYTES,
  type Box,
  type ChartRecord,
  type ConditionalFormatRecord,
  type FakeCell,
  type FakeStats,
} from './fakeExcelModel';

export * from './fakeExcelModel';

/** The most cells one read may return. */
const READ_CELL_LIMIT = 5_000_000;
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

/** A fake `Excel.RequestContext` over a workbook model, with sync statistics. */
export interface FakeExcel {
  context: Excel.RequestContext;
  model: FakeWorkbookModel;
  stats: FakeStats;
  /** A co-author's hand: called before every sync but the first (with that sync's 1-based number), so it changes the workbook between two syncs of an operation. */
  betweenSyncs: ((sync: number) => void) | null;
}

/** Whether a sheet name is one Excel accepts (before the uniqueness check). */
function validSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== 'history'
  );
}

/** Whether a table name is one Excel accepts (before the uniqueness check). */
function validTableName(name: string): boolean {
  return (
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    name.length <= 255 &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^R\d*C\d*$/i.test(name)
  );
}

type Located = { sheet: FakeSheet; box: RangeBox };
/** A queued operation; it may return the commit of what it read, applied only when the whole sync succeeds. */
type Op = () => void | (() => void);

const RANGE_PROPERTIES = [
  'values',
  'numberFormat',
  'formulas',
  'rowIndex',
  'columnIndex',
  'rowCount',
  'columnCount',
  'address',
] as const;

/** The property names of a `load` argument: `'values, rowIndex'`, `'items/name'`; none = every scalar property. */
function loadNames(properties: string | undefined, all: readonly string[]): string[] {
  const names = (properties ?? '')
    .split(',')
    .map((p) => p.trim().replace(/^items\//, ''))
    .filter((p) => p !== '');
  return names.length === 0 ? [...all] : names;
}

/**
 * The first cell of `area` (row by row) whose value matches `text`, or null; with `from`, the search starts after that
 * cell and wraps around (a one-cell `find` searches the whole sheet that way).
 */
function findCell(
  sheet: FakeSheet,
  area: Box,
  text: string,
  criteria: { completeMatch?: boolean; matchCase?: boolean },
  from: Box | null,
): [number, number] | null {
  const wanted = criteria.matchCase ? text : text.toLowerCase();
  const hits: [number, number][] = [];
  const matches = (cell: FakeCell): boolean => {
    const raw = cell.formula ?? String(cell.value);
    const value = criteria.matchCase ? raw : raw.toLowerCase();
    return criteria.completeMatch ? value === wanted : value.includes(wanted);
  };
  if (area.rowCount * area.colCount < sheet.cells.size) {
    // A column of a table: its cells, not the whole sheet's.
    for (let r = area.row; r < area.row + area.rowCount; r += 1) {
      for (let c = area.col; c < area.col + area.colCount; c += 1) {
        const cell = sheet.cell(r, c);
        if (cell && matches(cell)) hits.push([r, c]);
      }
    }
  } else {
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      if (r < area.row || r >= area.row + area.rowCount || c < area.col || c >= area.col + area.colCount) continue;
      if (matches(cell)) hits.push([r, c]);
    }
  }
  const order = (h: [number, number]): number => h[0] * SHEET_COLUMNS + h[1];
  hits.sort((a, b) => order(a) - order(b));
  if (!from) return hits[0] ?? null;
  const start = from.row * SHEET_COLUMNS + from.col;
  return hits.find((h) => order(h) > start) ?? hits[0] ?? null;
}

/** Holds what a proxy object loaded; reading anything else throws PropertyNotLoaded, as Office.js does. */
class Loaded {
  private readonly map = new Map<string, unknown>();
  constructor(private readonly what: string) {}
  set(name: string, value: unknown): void {
    this.map.set(name, value);
  }
  get<T>(name: string): T {
    if (!this.map.has(name))
      throw new FakeExcelError(
        'PropertyNotLoaded',
        `${this.what}.${name} was read before load('${name}') and context.sync()`,
      );
    return this.map.get(name) as T;
  }
}

/**
 * Creates a fake context over a new (or given) workbook model.
 * @example
 * const { context, model, stats } = createFakeExcel(); await loadLedger(context, table, source, options)
 */
export function createFakeExcel(model: FakeWorkbookModel = new FakeWorkbookModel()): FakeExcel {
  const stats: FakeStats = { syncs: 0, requestBytes: [], responseBytes: [], failedSyncs: 0 };
  /** The batch running now (ranges resolve once per batch); outside a sync, every read resolves afresh. */
  let batchNumber = 0;
  let ops: Op[] = [];
  let pendingBytes = 0;
  let responseBytes = 0;
  const record = (value: unknown): void => {
    pendingBytes += payloadBytes(value);
  };
  const queue = (op: Op): void => {
    ops.push(op);
  };
  const excelError = (code: string, message: string): FakeExcelError => new FakeExcelError(code, message);
  const writable = (sheet: FakeSheet): void => {
    if (sheet.protected) throw excelError('AccessDenied', `sheet ${sheet.name} is protected`);
  };
  /** Values written just below a table (in its columns) make it grow over them, unless another table is in the way. */
  const expandTablesOver = (sheet: FakeSheet, box: RangeBox): void => {
    for (const t of model.tables) {
      if (
        t.sheet !== sheet ||
        box.row !== t.row + t.rowCount ||
        box.col >= t.col + t.colCount ||
        t.col >= box.col + box.colCount
      )
        continue;
      const grown = { row: t.row, col: t.col, rowCount: t.rowCount + box.rowCount, colCount: t.colCount };
      if (model.tables.some((o) => o !== t && o.sheet === sheet && o.overlaps(grown))) continue;
      t.rowCount = grown.rowCount;
    }
  };
  /** `Range.insert('Down')`: the cells of the range's columns from its row on move down by its height; what cannot move refuses. */
  const insertDown = (sheet: FakeSheet, box: RangeBox): void => {
    const inColumns = (b: Box): 'all' | 'none' | 'part' => {
      if (b.col + b.colCount <= box.col || box.col + box.colCount <= b.col) return 'none';
      return b.col >= box.col && b.col + b.colCount <= box.col + box.colCount ? 'all' : 'part';
    };
    const moved: FakeTableModel[] = [];
    for (const t of model.tables) {
      if (t.sheet !== sheet || t.row + t.rowCount <= box.row) continue;
      const cover = inColumns(t);
      if (cover === 'none') continue;
      if (cover === 'part') throw excelError('InsertDeleteConflict', `the insert would shift part of table ${t.name}`);
      if (t.filtered())
        throw excelError('FilteredRangeConflict', `the insert would shift rows of the filtered table ${t.name}`);
      if (t.row < box.row) throw excelError('InsertDeleteConflict', `the insert would split table ${t.name}`);
      moved.push(t);
    }
    for (const m of sheet.merged) {
      if (m.row + m.rowCount <= box.row || inColumns(m) === 'none') continue;
      if (inColumns(m) === 'part' || m.row < box.row)
        throw excelError(
          'InsertDeleteConflict',
          `the insert would split the merged area ${boxAddress(m.row, m.col, m.rowCount, m.colCount)}`,
        );
    }
    const shifted = new Map<string, FakeCell>();
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      const moves = r >= box.row && c >= box.col && c < box.col + box.colCount;
      shifted.set(moves ? `${r + box.rowCount},${c}` : key, cell);
    }
    sheet.cells = shifted;
    for (const t of moved) t.row += box.rowCount;
    sheet.merged = sheet.merged.map((m) =>
      m.row >= box.row && inColumns(m) === 'all' ? { ...m, row: m.row + box.rowCount } : m,
    );
  };

  class Range {
    private readonly loaded = new Loaded('Range');
    private memo: { batch: number; at: Located | null } | null = null;
    constructor(
      /** Where the range is when the operation runs (table ranges move as the table grows); null for a null object. */
      private readonly resolve: () => Located | null,
      readonly columns: [number, number] | null = null,
      private readonly nullable = false,
    ) {}
    /**
     * Where the range is: found by its first use in a batch and kept for the rest of that batch (as Excel instantiates a
     * proxy once per request: `getRowsBelow(2)` stays those cells after a write below expands the table), found again in the next.
     */
    locate(): Located | null {
      if (this.memo?.batch !== batchNumber) this.memo = { batch: batchNumber, at: this.resolve() };
      return this.memo.at;
    }
    private where(): Located {
      const at = this.locate();
      if (!at) throw excelError('InvalidOperation', 'operation on a null range');
      return at;
    }
    load(properties?: string): this {
      const names = loadNames(properties, RANGE_PROPERTIES);
      queue(() => {
        const at = this.locate();
        if (!at) {
          if (!this.nullable) throw excelError('InvalidOperation', 'load of a null range');
          return () => this.loaded.set('isNullObject', true);
        }
        const { sheet, box } = at;
        if (
          names.some((n) => n === 'values' || n === 'numberFormat' || n === 'formulas') &&
          box.rowCount * box.colCount > READ_CELL_LIMIT
        ) {
          throw excelError(
            'RangeExceedsLimit',
            `a read of ${box.rowCount * box.colCount} cells (the limit is ${READ_CELL_LIMIT})`,
          );
        }
        const grid = (f: (c: FakeCell | undefined) => unknown): unknown[][] =>
          Array.from({ length: box.rowCount }, (_, r) =>
            Array.from({ length: box.colCount }, (_, c) => f(sheet.cell(box.row + r, box.col + c))),
          );
        const compute: Record<string, () => unknown> = {
          values: () => grid((c) => c?.value ?? ''),
          numberFormat: () => grid((c) => c?.numberFormat ?? 'General'),
          formulas: () => grid((c) => c?.formula ?? c?.value ?? ''),
          rowIndex: () => box.row,
          columnIndex: () => box.col,
          rowCount: () => box.rowCount,
          columnCount: () => box.colCount,
          address: () => `${sheet.name}!${boxAddress(box.row, box.col, box.rowCount, box.colCount)}`,
        };
        const snapshot = names.map((n) => {
          const make = compute[n];
          if (!make) throw new Error(`fakeExcel: Range.${n} is not simulated`);
          const value = make();
          if (Array.isArray(value)) responseBytes += payloadBytes(value);
          return [n, value] as const;
        });
        return () => {
          this.loaded.set('isNullObject', false);
          snapshot.forEach(([n, v]) => this.loaded.set(n, v));
        };
      });
      return this;
    }
    get isNullObject(): boolean {
      return this.loaded.get('isNullObject');
    }
    get values(): unknown[][] {
      return this.loaded.get('values');
    }
    set values(v: unknown[][]) {
      this.write('values', v, (cell, input) => storeInput(cell, input));
    }
    get numberFormat(): unknown[][] {
      return this.loaded.get('numberFormat');
    }
    set numberFormat(v: unknown[][]) {
      this.write('numberFormat', v, (cell, input) => {
        if (input !== null && input !== undefined) cell.numberFormat = input as string;
      });
    }
    get formulas(): unknown[][] {
      return this.loaded.get('formulas');
    }
    set formulas(v: unknown[][]) {
      this.write('formulas', v, (cell, input) => {
        if (typeof input === 'string' && input.startsWith('=') && cell.numberFormat !== '@') {
          delete cell.formulaR1C1;
          cell.formula = input;
          cell.value = '#FORMULA';
        } else storeInput(cell, input);
      });
    }
    set formulasR1C1(v: unknown[][]) {
      this.write('formulasR1C1', v, (cell, input) => {
        // As in Excel, a formula typed into a Text (`@`) cell stays text.
        if (typeof input === 'string' && input.startsWith('=') && cell.numberFormat !== '@') {
          delete cell.formula;
          cell.formulaR1C1 = input;
          cell.value = '#FORMULA';
        } else storeInput(cell, input);
      });
    }
    get rowIndex(): number {
      return this.loaded.get('rowIndex');
    }
    get columnIndex(): number {
      return this.loaded.get('columnIndex');
    }
    get rowCount(): number {
      return this.loaded.get('rowCount');
    }
    get columnCount(): number {
      return this.loaded.get('columnCount');
    }
    get address(): string {
      return this.loaded.get('address');
    }
    /** The box now (for tests and sibling proxies). */
    box(): RangeBox {
      return this.where().box;
    }
    private write(what: string, v: unknown[][], apply: (cell: FakeCell, input: unknown) => void): void {
      record(v);
      queue(() => {
        const { sheet, box } = this.where();
        writable(sheet);
        // Excel requires the array to have the range's exact dimensions (InvalidArgument otherwise).
        if (v.length !== box.rowCount || v.some((row) => row.length !== box.colCount)) {
          throw excelError(
            'InvalidArgument',
            `${v.length}x${v[0]?.length ?? 0} ${what} written to ${boxAddress(box.row, box.col, box.rowCount, box.colCount)} (${box.rowCount}x${box.colCount})`,
          );
        }
        v.forEach((row, r) => row.forEach((input, c) => apply(sheet.ensure(box.row + r, box.col + c), input)));
        if (what !== 'numberFormat' && v.some((row) => row.some((x) => x !== null && x !== undefined && x !== '')))
          expandTablesOver(sheet, box);
      });
    }
    /**
     * `Range.autoFill` (ExcelApi 1.9), the kinds the add-in uses: `FillCopy` (and `FillDefault` of formulas, which copies
     * them too). @types/office-js: "Fills a range from the current range to the destination range using the specified
     * AutoFill logic. The destination range can be `null` or can extend the source range either horizontally or
     * vertically. Discontiguous ranges are not supported." So the destination must contain the source and extend it along
     * one axis (InvalidArgument otherwise, as Excel's "the destination must include the source range" of `Range.AutoFill`).
     * Each destination cell takes the source cell at its offset modulo the source's size: its value or R1C1 formula (the
     * same R1C1 text refers to the same relative cells) and its number format. Values under `FillDefault` (series) are
     * not simulated. A null destination (ExcelApi Preview) is not simulated.
     */
    autoFill(destinationRange: Range | string, autoFillType: string = 'FillDefault'): void {
      if (autoFillType !== 'FillCopy' && autoFillType !== 'FillDefault')
        throw new Error(`fakeExcel: autoFill(${autoFillType}) is not simulated`);
      record([[typeof destinationRange === 'string' ? destinationRange : 'range', autoFillType]]);
      queue(() => {
        const { sheet, box } = this.where();
        const target =
          typeof destinationRange === 'string'
            ? { sheet, box: { ...(parseAddress(destinationRange) ?? box), sheet: sheet.name } }
            : destinationRange.where();
        const to = target.box;
        const contains =
          to.row <= box.row &&
          to.col <= box.col &&
          to.row + to.rowCount >= box.row + box.rowCount &&
          to.col + to.colCount >= box.col + box.colCount;
        const oneAxis =
          (to.col === box.col && to.colCount === box.colCount) || (to.row === box.row && to.rowCount === box.rowCount);
        if (target.sheet !== sheet || !contains || !oneAxis)
          throw excelError(
            'InvalidArgument',
            `autoFill from ${boxAddress(box.row, box.col, box.rowCount, box.colCount)} to ${boxAddress(to.row, to.col, to.rowCount, to.colCount)}`,
          );
        writable(sheet);
        const mod = (n: number, m: number): number => ((n % m) + m) % m;
        for (let r = 0; r < to.rowCount; r += 1)
          for (let c = 0; c < to.colCount; c += 1) {
            const sr = box.row + mod(to.row + r - box.row, box.rowCount);
            const sc = box.col + mod(to.col + c - box.col, box.colCount);
            const source = sheet.cell(sr, sc);
            if (source?.formula) throw new Error('fakeExcel: autoFill of an A1 formula is not simulated');
            if (autoFillType === 'FillDefault' && !source?.formulaR1C1 && (source?.value ?? '') !== '')
              throw new Error('fakeExcel: autoFill(FillDefault) of values (a series) is not simulated');
            const cell = sheet.ensure(to.row + r, to.col + c);
            cell.numberFormat = source?.numberFormat ?? 'General';
            delete cell.formula;
            delete cell.quotePrefix;
            if (source?.formulaR1C1) cell.formulaR1C1 = source.formulaR1C1;
            else delete cell.formulaR1C1;
            cell.value = source?.value ?? '';
          }
        expandTablesOver(sheet, to);
      });
    }
    /** Inserts blank cells at the range and shifts the cells below down (`Range.insert('Down')`, ExcelApi 1.1). */
    insert(shift: string): Range {
      if (shift !== 'Down') throw new Error(`fakeExcel: insert(${shift}) is not simulated`);
      queue(() => {
        const { sheet, box } = this.where();
        writable(sheet);
        insertDown(sheet, box);
      });
      return this;
    }
    /** The first matching cell (`Range.find`, ExcelApi 1.9): ItemNotFound at the sync when none matches. */
    find(text: string, criteria: { completeMatch?: boolean; matchCase?: boolean } = {}): Range {
      return this.search(text, criteria, false);
    }
    /** `Range.findOrNullObject` (ExcelApi 1.9): a null object when none matches. */
    findOrNullObject(text: string, criteria: { completeMatch?: boolean; matchCase?: boolean } = {}): Range {
      return this.search(text, criteria, true);
    }
    private search(text: string, criteria: { completeMatch?: boolean; matchCase?: boolean }, nullable: boolean): Range {
      const hit: { at?: Located | null } = {};
      queue(() => {
        const { sheet, box } = this.where();
        const single = box.rowCount === 1 && box.colCount === 1;
        // One cell: the whole sheet, from that cell on (wrapping); else the range, row by row.
        const area = single
          ? { sheet: sheet.name, row: 0, col: 0, rowCount: SHEET_ROWS, colCount: SHEET_COLUMNS }
          : box;
        const found = findCell(sheet, area, text, criteria, single ? box : null);
        if (!found && !nullable)
          throw excelError(
            'ItemNotFound',
            `"${text}" is not in ${boxAddress(box.row, box.col, box.rowCount, box.colCount)}`,
          );
        hit.at = found
          ? { sheet, box: { sheet: sheet.name, row: found[0], col: found[1], rowCount: 1, colCount: 1 } }
          : null;
      });
      return new Range(
        () => {
          if (hit.at === undefined) throw excelError('InvalidOperation', 'found range used before the search ran');
          return hit.at;
        },
        null,
        nullable,
      );
    }
    getEntireRow(): Range {
      return new Range(() => {
        const { sheet, box } = this.where();
        return { sheet, box: { ...box, col: 0, colCount: SHEET_COLUMNS } };
      });
    }
    /** `Range.getIntersection` (ExcelApi 1.1): fails when the ranges do not meet. */
    getIntersection(other: Range): Range {
      const meet = this.getIntersectionOrNullObject(other);
      return new Range(() => {
        const at = meet.locate();
        if (!at) throw excelError('ItemNotFound', 'the ranges do not intersect');
        return at;
      });
    }
    getLastRow(): Range {
      return new Range(() => {
        const { sheet, box } = this.where();
        return { sheet, box: { ...box, row: box.row + box.rowCount - 1, rowCount: 1 } };
      });
    }
    getRow(index: number): Range {
      return new Range(() => {
        const { sheet, box } = this.where();
        if (index < 0 || index >= box.rowCount) throw excelError('InvalidArgument', `row ${index} of ${box.rowCount}`);
        return { sheet, box: { ...box, row: box.row + index, rowCount: 1 } };
      });
    }
    getColumn(index: number): Range {
      return new Range(() => {
        const { sheet, box } = this.where();
        if (index < 0 || index >= box.colCount)
          throw excelError('InvalidArgument', `column ${index} of ${box.colCount}`);
        return { sheet, box: { ...box, col: box.col + index, colCount: 1 } };
      });
    }
    /** `Range.clear` (ExcelApi 1.1): contents, formats, or both. */
    clear(applyTo: string = 'All'): void {
      queue(() => {
        const { sheet, box } = this.where();
        writable(sheet);
        for (const [key, cell] of [...sheet.cells]) {
          const [r, c] = key.split(',').map(Number) as [number, number];
          if (r < box.row || r >= box.row + box.rowCount || c < box.col || c >= box.col + box.colCount) continue;
          if (applyTo === 'All') sheet.cells.delete(key);
          else if (applyTo === 'Formats') cell.numberFormat = 'General';
          else if (applyTo === 'Contents') {
            cell.value = '';
            delete cell.formula;
            delete cell.formulaR1C1;
            delete cell.quotePrefix;
          }
        }
      });
    }
    getIntersectionOrNullObject(other: Range): Range {
      return new Range(
        () => {
          const a = this.where();
          const b = other.where();
          const row = Math.max(a.box.row, b.box.row);
          const col = Math.max(a.box.col, b.box.col);
          const rowEnd = Math.min(a.box.row + a.box.rowCount, b.box.row + b.box.rowCount);
          const colEnd = Math.min(a.box.col + a.box.colCount, b.box.col + b.box.colCount);
          if (a.sheet !== b.sheet || rowEnd <= row || colEnd <= col) return null;
          return {
            sheet: a.sheet,
            box: { sheet: a.sheet.name, row, col, rowCount: rowEnd - row, colCount: colEnd - col },
          };
        },
        null,
        true,
      );
    }
    getResizedRange(deltaRows: number, deltaColumns: number): Range {
      return new Range(() => {
        const { sheet, box } = this.where();
        if (box.rowCount + deltaRows < 1 || box.colCount + deltaColumns < 1)
          throw excelError('InvalidArgument', 'resized range is empty');
        return { sheet, box: { ...box, rowCount: box.rowCount + deltaRows, colCount: box.colCount + deltaColumns } };
      });
    }
    getOffsetRange(rowOffset: number, columnOffset: number): Range {
      return new Range(() => {
        const { sheet, box } = this.where();
        return { sheet, box: { ...box, row: box.row + rowOffset, col: box.col + columnOffset } };
      });
    }
    /** "Gets a certain number of rows below the current Range object" (ExcelApi 1.2). */
    getRowsBelow(count = 1): Range {
      return new Range(() => {
        const { sheet, box } = this.where();
        return { sheet, box: { ...box, row: box.row + box.rowCount, rowCount: count } };
      });
    }
    /** The smallest range holding every non-empty cell, or a null object when all are empty (ExcelApi 1.4). */
    getUsedRangeOrNullObject(valuesOnly = false): Range {
      return new Range(
        () => {
          const { sheet, box } = this.where();
          let top = Infinity;
          let left = Infinity;
          let bottom = -1;
          let right = -1;
          for (const [key, cell] of sheet.cells) {
            const [r, c] = key.split(',').map(Number) as [number, number];
            if (r < box.row || r >= box.row + box.rowCount || c < box.col || c >= box.col + box.colCount) continue;
            if (
              cell.value === '' &&
              !cell.formula &&
              !cell.formulaR1C1 &&
              (valuesOnly || cell.numberFormat === 'General')
            )
              continue;
            top = Math.min(top, r);
            left = Math.min(left, c);
            bottom = Math.max(bottom, r);
            right = Math.max(right, c);
          }
          if (bottom < 0) return null;
          return {
            sheet,
            box: { sheet: sheet.name, row: top, col: left, rowCount: bottom - top + 1, colCount: right - left + 1 },
          };
        },
        null,
        true,
      );
    }
    getCell(r: number, c: number): Range {
      return new Range(() => {
        const { sheet, box } = this.where();
        return { sheet, box: { ...box, row: box.row + r, col: box.col + c, rowCount: 1, colCount: 1 } };
      });
    }
    private addressText(box: RangeBox): string {
      if (this.columns) return `${columnLetter(this.columns[0])}:${columnLetter(this.columns[1])}`;
      return boxAddress(box.row, box.col, box.rowCount, box.colCount);
    }
    get format(): unknown {
      const log = (property: string, value: unknown): void => {
        record(value);
        queue(() => {
          const { sheet, box } = this.where();
          writable(sheet);
          model.formats.push({ sheet: sheet.name, address: this.addressText(box), property, value });
        });
      };
      const setter = (prefix: string): object =>
        new Proxy(
          {},
          {
            set: (_t, p: string, value: unknown) => {
              log(`${prefix}${p}`, value);
              return true;
            },
          },
        );
      return new Proxy(
        {},
        {
          get: (_t, p: string) => (p === 'font' || p === 'fill' ? setter(`${p}.`) : undefined),
          set: (_t, p: string, value: unknown) => {
            log(p, value);
            return true;
          },
        },
      );
    }
    get dataValidation(): unknown {
      const target = (): { holder: { validations: FakeTableModel['validations'] }; column: string } => {
        const { sheet, box } = this.where();
        writable(sheet);
        const table = model.tables.find(
          (t) => t.sheet === sheet && this.columns === null && box.row === t.row + 1 && box.colCount === 1,
        );
        const column =
          table?.headers()[box.col - table.col] ?? boxAddress(box.row, box.col, box.rowCount, box.colCount);
        return { holder: table ?? { validations: [] }, column };
      };
      return {
        clear: () =>
          queue(() => {
            const { holder, column } = target();
            holder.validations = holder.validations.filter((v) => v.column !== column);
          }),
        set rule(rule: unknown) {
          queue(() => {
            const { holder, column } = target();
            holder.validations.push({ column, rule });
          });
        },
        set errorAlert(alert: unknown) {
          queue(() => {
            const last = target().holder.validations.at(-1);
            if (last) last.errorAlert = alert;
          });
        },
      };
    }
    get conditionalFormats(): unknown {
      return {
        add: (type: string) => {
          const entry: ConditionalFormatRecord = { address: '', type, formula: '', fill: '' };
          queue(() => {
            const { sheet, box } = this.where();
            writable(sheet);
            entry.address = this.addressText(box);
            model.conditionalFormats.push(entry);
          });
          return {
            custom: {
              rule: {
                set formula(f: string) {
                  entry.formula = f;
                },
              },
              format: {
                fill: {
                  set color(c: string) {
                    entry.fill = c;
                  },
                },
                font: {},
              },
            },
          };
        },
      };
    }
  }

  /** A proxy of an item that may be missing: `getItem` (missing → ItemNotFound at sync) or `getItemOrNullObject` (missing → isNullObject). */
  const lookup = <T>(
    what: string,
    find: () => T | undefined,
  ): { get: () => T; loaded: Loaded; load: (props?: string, read?: (t: T) => Record<string, unknown>) => void } => {
    const loaded = new Loaded(what);
    return {
      get: () => {
        const t = find();
        if (t === undefined) throw excelError('ItemNotFound', `${what} not found`);
        return t;
      },
      loaded,
      load: (props, read) =>
        queue(() => {
          const t = find();
          const values = t === undefined ? {} : (read?.(t) ?? {});
          // Only what was asked for is filled (`load('name')` fills no `id`); no names = every property.
          const wanted = loadNames(props, Object.keys(values));
          return () => {
            loaded.set('isNullObject', t === undefined);
            for (const [k, v] of Object.entries(values)) if (wanted.includes(k)) loaded.set(k, v);
          };
        }),
    };
  };

  const tableRange = (get: () => FakeTableModel, part: 'header' | 'body' | 'all'): Range =>
    new Range(() => {
      const t = get();
      const row = part === 'body' ? t.row + 1 : t.row;
      const rowCount = part === 'header' ? 1 : part === 'body' ? t.rowCount - 1 : t.rowCount;
      return { sheet: t.sheet, box: { sheet: t.sheet.name, row, col: t.col, rowCount, colCount: t.colCount } };
    });

  const columnApi = (get: () => FakeTableModel, key: number | string, nullable: boolean): object => {
    const position = (t: FakeTableModel): number =>
      typeof key === 'number' ? t.columnIds.indexOf(key) : t.headers().indexOf(key);
    const item = lookup(`column ${String(key)}`, () => {
      const t = get();
      const at = position(t);
      return at < 0 ? undefined : { t, at };
    });
    return {
      load(props?: string) {
        item.load(props, ({ t, at }) => ({ id: t.columnIds[at], name: t.headers()[at], index: at }));
        return this;
      },
      get isNullObject() {
        if (!nullable) throw new Error('fakeExcel: isNullObject of a getItem result');
        return item.loaded.get('isNullObject');
      },
      get id() {
        return item.loaded.get('id');
      },
      get name() {
        return item.loaded.get('name');
      },
      get index() {
        return item.loaded.get('index');
      },
      getDataBodyRange: () =>
        new Range(() => {
          const { t, at } = item.get();
          return {
            sheet: t.sheet,
            box: { sheet: t.sheet.name, row: t.row + 1, col: t.col + at, rowCount: t.rowCount - 1, colCount: 1 },
          };
        }),
      getRange: () =>
        new Range(() => {
          const { t, at } = item.get();
          return {
            sheet: t.sheet,
            box: { sheet: t.sheet.name, row: t.row, col: t.col + at, rowCount: t.rowCount, colCount: 1 },
          };
        }),
      getHeaderRowRange: () =>
        new Range(() => {
          const { t, at } = item.get();
          return {
            sheet: t.sheet,
            box: { sheet: t.sheet.name, row: t.row, col: t.col + at, rowCount: 1, colCount: 1 },
          };
        }),
      filter: {
        applyValuesFilter: (values: string[]) => {
          record(values);
          queue(() => {
            const { t, at } = item.get();
            writable(t.sheet);
            t.filters.set(t.headers()[at] ?? String(key), values);
          });
        },
      },
    };
  };

  const tableColumns = (get: () => FakeTableModel): object => {
    const loaded = new Loaded('TableColumnCollection');
    return {
      getItem: (key: number | string) => columnApi(get, key, false),
      getItemOrNullObject: (key: number | string) => columnApi(get, key, true),
      add(index: number | undefined | null, values: unknown, name?: string) {
        if (values !== undefined && values !== null)
          throw new Error('fakeExcel: columns.add with values is not simulated');
        record(name ?? '');
        queue(() => {
          const t = get();
          writable(t.sheet);
          if (index !== undefined && index !== null && index !== t.colCount)
            throw new Error('fakeExcel: columns.add inside a table is not simulated');
          if (
            model.tables.some(
              (o) =>
                o !== t &&
                o.sheet === t.sheet &&
                o.overlaps({ row: t.row, col: t.col + t.colCount, rowCount: t.rowCount, colCount: 1 }),
            )
          ) {
            throw excelError('InvalidArgument', 'a new column would overlap another table');
          }
          t.sheet.ensure(t.row, t.col + t.colCount).value = name ?? `列${t.colCount + 1}`;
          t.colCount += 1;
          t.columnIds.push(t.nextColumnId++);
        });
      },
      load(props?: string) {
        const names = loadNames(props, ['id', 'name', 'index']);
        queue(() => {
          const t = get();
          const headers = t.headers();
          const items = t.columnIds.map((id, at) =>
            Object.fromEntries(names.map((n) => [n, n === 'id' ? id : n === 'name' ? headers[at] : at])),
          );
          responseBytes += payloadBytes(items);
          return () => loaded.set('items', items);
        });
        return this;
      },
      get items() {
        return loaded.get('items');
      },
    };
  };

  const tableApi = (
    get: () => FakeTableModel,
    loaded: Loaded | null = null,
    load?: (props?: string) => void,
  ): object => {
    const own = loaded ?? new Loaded('Table');
    return {
      load(props?: string) {
        if (load) load(props);
        else {
          const wanted = loadNames(props, ['name', 'id']);
          queue(() => {
            const t = get();
            return () => {
              if (wanted.includes('name')) own.set('name', t.name);
              if (wanted.includes('id')) own.set('id', `{${t.name}}`);
            };
          });
        }
        return this;
      },
      get isNullObject() {
        return own.get('isNullObject');
      },
      get name() {
        return own.get('name');
      },
      set name(n: string) {
        record(n);
        queue(() => {
          const t = get();
          writable(t.sheet);
          if (!validTableName(n)) throw excelError('InvalidArgument', `"${n}" is not a valid table name`);
          const taken =
            model.tables.some((o) => o !== t && o.name.toLowerCase() === n.toLowerCase()) ||
            [...model.names.keys()].some((k) => k.toLowerCase() === n.toLowerCase());
          if (taken) throw excelError('InvalidArgument', `a table or name "${n}" exists`);
          t.name = n;
        });
      },
      get id() {
        return own.get('id');
      },
      set style(s: string) {
        queue(() => {
          const t = get();
          writable(t.sheet);
          t.style = s;
        });
      },
      get worksheet() {
        return sheetApi(() => get().sheet);
      },
      getHeaderRowRange: () => tableRange(get, 'header'),
      getDataBodyRange: () => tableRange(get, 'body'),
      getRange: () => tableRange(get, 'all'),
      clearFilters: () =>
        queue(() => {
          const t = get();
          writable(t.sheet);
          t.filters.clear();
        }),
      columns: tableColumns(get),
      rows: {
        add(_index: unknown, given: unknown[][] | undefined) {
          record(given ?? []);
          let top = -1;
          queue(() => {
            const t = get();
            writable(t.sheet);
            if (t.filtered()) throw excelError('FilteredRangeConflict', `rows.add on the filtered table ${t.name}`);
            // Without values Excel adds one blank row.
            const values = given ?? [Array.from({ length: t.colCount }, () => '')];
            if (values.some((row) => row.length !== t.colCount))
              throw excelError(
                'InvalidArgument',
                `${values[0]?.length ?? 0} values for a table of ${t.colCount} columns`,
              );
            top = t.row + t.rowCount;
            t.rowCount += values.length;
            values.forEach((row, r) =>
              row.forEach((input, c) => storeInput(t.sheet.ensure(top + r, t.col + c), input)),
            );
          });
          // "The return object will be the top of the newly added row(s)": one row.
          return {
            getRange: () =>
              new Range(() => {
                const t = get();
                if (top < 0) throw excelError('InvalidOperation', 'row read before it was added');
                return {
                  sheet: t.sheet,
                  box: { sheet: t.sheet.name, row: top, col: t.col, rowCount: 1, colCount: t.colCount },
                };
              }),
          };
        },
      },
      resize(newRange: Range | string) {
        record(typeof newRange === 'string' ? newRange : '');
        queue(() => {
          const t = get();
          writable(t.sheet);
          const box = typeof newRange === 'string' ? parseAddress(newRange) : newRange.box();
          if (!box) throw excelError('InvalidArgument', 'bad resize address');
          // "The headers (or the top of the table) must be in the same row", and the new range must overlap the old one.
          if (box.row !== t.row || !t.overlaps(box))
            throw excelError('InvalidArgument', 'resize must keep the header row and overlap the table');
          if (model.tables.some((o) => o !== t && o.sheet === t.sheet && o.overlaps(box)))
            throw excelError('InvalidArgument', 'a table cannot overlap another table');
          if (box.col !== t.col || box.colCount !== t.colCount)
            throw new Error('fakeExcel: resizing columns is not simulated');
          if (box.rowCount < 2) throw excelError('InvalidArgument', 'a table needs a body row');
          t.rowCount = box.rowCount;
        });
      },
    };
  };

  const sheetApi = (get: () => FakeSheet, loaded: Loaded | null = null, load?: (props?: string) => void): object => {
    const own = loaded ?? new Loaded('Worksheet');
    return {
      load(props?: string) {
        if (load) load(props);
        else
          queue(() => {
            const s = get();
            return () => own.set('name', s.name);
          });
        return this;
      },
      get isNullObject() {
        return own.get('isNullObject');
      },
      get name() {
        return own.get('name');
      },
      getRange(address: string) {
        const cols = /^([A-Z]+):([A-Z]+)$/.exec(address);
        if (cols) {
          const first = parseAddress(`${cols[1]}1`)?.col ?? 0;
          const last = parseAddress(`${cols[2]}1`)?.col ?? 0;
          return new Range(() => {
            const s = get();
            return {
              sheet: s,
              box: { sheet: s.name, row: 0, col: first, rowCount: 1_048_576, colCount: last - first + 1 },
            };
          }, [first, last]);
        }
        const rows = /^(\d+):(\d+)$/.exec(address);
        if (rows) {
          const first = Number(rows[1]) - 1;
          return new Range(() => {
            const s = get();
            return {
              sheet: s,
              box: { sheet: s.name, row: first, col: 0, rowCount: Number(rows[2]) - first, colCount: 16_384 },
            };
          });
        }
        const box = parseAddress(address);
        if (!box) throw new Error(`fakeExcel: bad address ${address}`);
        return new Range(() => {
          const s = get();
          return { sheet: s, box: { ...box, sheet: s.name } };
        });
      },
      tables: {
        add(address: string, hasHeaders: boolean) {
          const box = parseAddress(address);
          if (!box || !hasHeaders) throw new Error('fakeExcel: tables.add needs an address with headers');
          record(address);
          const holder: { t?: FakeTableModel } = {};
          queue(() => {
            const s = get();
            writable(s);
            // A table cannot overlap another table, nor merged cells.
            if (model.tables.some((t) => t.sheet === s && t.overlaps(box)))
              throw excelError('InvalidArgument', `table at ${address} would overlap another table`);
            if (s.merged.some((m) => boxesOverlap(m, box)))
              throw excelError('MergedRangeConflict', `table at ${address} would overlap merged cells`);
            const t = new FakeTableModel(
              `Table${model.tables.length + 1}`,
              s,
              box.row,
              box.col,
              box.rowCount,
              box.colCount,
            );
            model.tables.push(t);
            holder.t = t;
          });
          return tableApi(() => {
            if (!holder.t || !model.tables.includes(holder.t)) throw excelError('ItemNotFound', `table at ${address}`);
            return holder.t;
          });
        },
      },
      freezePanes: {
        freezeRows(n: number) {
          queue(() => {
            const s = get();
            writable(s);
            s.frozenRows = n;
          });
        },
      },
      get charts() {
        const items = new Loaded('ChartCollection');
        /** A chart's proxy: what it sets is applied when the batch runs (on a protected sheet, AccessDenied). */
        const chartApi = (find: () => ChartRecord): object => ({
          title: {
            set text(t: string) {
              queue(() => {
                find().title = t;
              });
            },
          },
          set name(n: string) {
            queue(() => {
              find().name = n;
            });
          },
          setPosition(a: string, b?: string) {
            queue(() => {
              find().position = [a, b];
            });
          },
          setData(source: Range, seriesBy: string) {
            queue(() => {
              writable(get());
              const box = source.box();
              Object.assign(find(), { source: boxAddress(box.row, box.col, box.rowCount, box.colCount), seriesBy });
            });
          },
        });
        return {
          add(type: string, source: Range, seriesBy: string) {
            const chart: ChartRecord = { type, name: '', source: '', seriesBy, title: '', position: null };
            queue(() => {
              const s = get();
              writable(s);
              const box = source.box();
              chart.source = boxAddress(box.row, box.col, box.rowCount, box.colCount);
              chart.name = `Chart ${s.charts.length + 1}`;
              s.charts.push(chart);
            });
            return chartApi(() => chart);
          },
          getItem(name: string) {
            return chartApi(() => {
              const chart = get().charts.find((c) => c.name === name);
              if (!chart) throw excelError('ItemNotFound', `chart ${name}`);
              return chart;
            });
          },
          load() {
            queue(() => {
              const names = get().charts.map((c) => ({ name: c.name }));
              return () => items.set('items', names);
            });
            return this;
          },
          get items() {
            return items.get('items');
          },
        };
      },
      activate() {
        queue(() => {
          const s = get();
          for (const other of model.sheets) other.active = other === s;
        });
      },
      delete() {
        queue(() => {
          const s = get();
          if (model.structureProtected) throw excelError('AccessDenied', 'the workbook structure is protected');
          model.sheets = model.sheets.filter((x) => x !== s);
          model.tables = model.tables.filter((t) => t.sheet !== s);
        });
      },
    };
  };

  const nullableSheet = (name: string): object => {
    const item = lookup(`sheet ${name}`, () => model.sheet(name));
    return sheetApi(item.get, item.loaded, (props) => item.load(props, (s) => ({ name: s.name })));
  };

  const nullableTable = (name: string): object => {
    const item = lookup(`table ${name}`, () => model.table(name));
    return tableApi(item.get, item.loaded, (props) => item.load(props, (t) => ({ name: t.name, id: `{${t.name}}` })));
  };

  const sheetItems = new Loaded('WorksheetCollection');
  const tableItems = new Loaded('TableCollection');
  const workbook = {
    worksheets: {
      getItemOrNullObject: (name: string) => nullableSheet(name),
      getItem: (name: string) => sheetApi(lookup(`sheet ${name}`, () => model.sheet(name)).get),
      add: (name: string) => {
        record(name);
        queue(() => {
          if (model.structureProtected) throw excelError('AccessDenied', 'the workbook structure is protected');
          if (!validSheetName(name)) throw excelError('InvalidArgument', `"${name}" is not a valid sheet name`);
          if (model.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
            throw excelError('ItemAlreadyExists', `sheet ${name} exists`);
          model.sheets.push(new FakeSheet(name));
        });
        return sheetApi(lookup(`sheet ${name}`, () => model.sheet(name)).get);
      },
      load() {
        queue(() => {
          const items = model.sheets.map((s) => ({ name: s.name }));
          return () => sheetItems.set('items', items);
        });
        return this;
      },
      get items() {
        return sheetItems.get('items');
      },
    },
    tables: {
      load() {
        queue(() => {
          const items = model.tables.map((t) => ({ id: `{${t.name}}`, name: t.name }));
          return () => tableItems.set('items', items);
        });
        return this;
      },
      get items() {
        return tableItems.get('items');
      },
      getItem: (name: string) => tableApi(lookup(`table ${name}`, () => model.table(name)).get),
      getItemOrNullObject: (name: string) => nullableTable(name),
      onChanged: {
        add: (handler: (e: { tableId: string }) => Promise<void>) => {
          model.tableChangeHandlers.push(handler);
          return {
            context,
            remove: () => {
              model.tableChangeHandlers = model.tableChangeHandlers.filter((h) => h !== handler);
            },
          };
        },
      },
    },
    names: {
      // NamedItemCollection.getItem fails with ItemNotFound at the sync when the name is missing; NamedItem.getRange
      // is the cell the name points at when the batch runs (learn.microsoft.com/javascript/api/excel/excel.nameditem#excel-excel-nameditem-getrange-member(1)).
      getItem: (name: string) => {
        const item = lookup(`name ${name}`, () => model.names.get(name));
        return {
          getRange: () =>
            new Range(() => {
              const n = item.get();
              const sheet = model.sheet(n.sheet);
              const box = parseAddress(n.address);
              if (!sheet || !box) throw excelError('InvalidReference', `name ${name} refers to no range`);
              return { sheet, box: { ...box, sheet: sheet.name } };
            }),
        };
      },
      getItemOrNullObject: (name: string) => {
        const item = lookup(`name ${name}`, () => model.names.get(name));
        return {
          load(props?: string) {
            item.load(props, () => ({ name }));
            return this;
          },
          get isNullObject() {
            return item.loaded.get('isNullObject');
          },
        };
      },
      add: (name: string, reference: Range, comment?: string) => {
        record([name, comment ?? '']);
        queue(() => {
          if (model.names.has(name)) throw excelError('ItemAlreadyExists', `name ${name} exists`);
          const box = reference.box();
          const at = reference.locate();
          model.names.set(name, {
            sheet: at?.sheet.name ?? '',
            address: boxAddress(box.row, box.col, 1, 1),
            ...(comment ? { comment } : {}),
          });
        });
      },
    },
    settings: {
      getItemOrNullObject: (key: string) => {
        const item = lookup(`setting ${key}`, () =>
          model.settings.has(key) ? { value: model.settings.get(key) } : undefined,
        );
        return {
          load(props?: string) {
            item.load(props, (s) => {
              responseBytes += payloadBytes(s.value);
              return { value: s.value };
            });
            return this;
          },
          get isNullObject() {
            return item.loaded.get('isNullObject');
          },
          get value() {
            return item.loaded.get('value');
          },
        };
      },
      add: (key: string, value: unknown) => {
        record(value);
        queue(() => {
          model.settings.set(key, value);
        });
      },
    },
  };

  const context = {
    workbook,
    async sync(): Promise<void> {
      stats.syncs += 1;
      // A co-author acts between the previous sync and this one: before this batch runs.
      if (stats.syncs > 1) fake.betweenSyncs?.(stats.syncs);
      const batch = ops;
      const bytes = pendingBytes;
      ops = [];
      pendingBytes = 0;
      responseBytes = 0;
      stats.requestBytes.push(bytes);
      await Promise.resolve();
      const failed = (error: Error): never => {
        batchNumber = -stats.syncs;
        stats.failedSyncs += 1;
        stats.responseBytes.push(0);
        throw error;
      };
      // An oversized request is refused before anything in it runs.
      if (bytes > PAYLOAD_LIMIT_BYTES)
        failed(excelError('RequestPayloadSizeLimitExceeded', `request of ${bytes} bytes`));
      const commits: (() => void)[] = [];
      batchNumber = stats.syncs;
      for (const op of batch) {
        let commit: void | (() => void) = undefined;
        try {
          commit = op();
        } catch (error) {
          if (!(error instanceof FakeExcelError)) throw error;
          // What ran before the failing operation stays done; nothing it read is returned.
          failed(error);
        }
        if (commit) commits.push(commit);
      }
      batchNumber = -stats.syncs;
      if (responseBytes > PAYLOAD_LIMIT_BYTES)
        failed(excelError('ResponsePayloadSizeLimitExceeded', `response of ${responseBytes} bytes`));
      commits.forEach((c) => c());
      stats.responseBytes.push(responseBytes);
    },
  };
  // The fake implements only what the workbook layer calls; the cast keeps the code under test typed as Excel's.
  const fake: FakeExcel = { context: context as unknown as Excel.RequestContext, model, stats, betweenSyncs: null };
  return fake;
}
