/**
 * An in-memory fake of the part of the Excel object model the workbook layer uses: worksheets,
 * tables, ranges (values, formulas, number formats), names, settings, formats, filters, charts.
 * Writes apply at once; loaded properties become readable only after `context.sync()` (as in
 * Office.js), a missing `getItem` fails the next sync with `ItemNotFound`, and every sync records
 * the JSON size of the writes it carried (Excel on the web limits a request to 5 MB).
 * Input is interpreted like Excel does: `=…` becomes a formula unless the cell is Text (`@`) or the
 * value has a quote prefix, digits in a General cell become numbers.
 */
import { boxAddress, columnLetter, parseAddress, type RangeBox } from '../../src/workbook/cellAddress';
import { payloadBytes } from '../../src/workbook/payloadBytes';

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
  source: string;
  seriesBy: string;
  title: string;
  position: [string, string | undefined] | null;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  frozenRows = 0;
  charts: ChartRecord[] = [];
  active = false;
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
  constructor(
    public name: string,
    public sheet: FakeSheet,
    /** 0-based sheet row of the header and first column. */
    public row: number,
    public col: number,
    /** Rows including the header. */
    public rowCount: number,
    public colCount: number,
  ) {}

  headers(): string[] {
    return Array.from({ length: this.colCount }, (_, c) => String(this.sheet.cell(this.row, this.col + c)?.value ?? ''));
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

class ItemNotFound extends Error {
  code = 'ItemNotFound';
}

type Loadable = { snapshot(): void };

/** The state the fake context works on; tests inspect it directly. */
export class FakeWorkbookModel {
  sheets: FakeSheet[] = [];
  tables: FakeTableModel[] = [];
  names = new Map<string, { sheet: string; address: string; comment?: string }>();
  settings = new Map<string, unknown>();
  formats: FormatRecord[] = [];
  conditionalFormats: ConditionalFormatRecord[] = [];
  tableChangeHandlers: ((e: { tableId: string }) => Promise<void>)[] = [];

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  table(name: string): FakeTableModel | undefined {
    return this.tables.find((t) => t.name === name);
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
  sortTable(name: string, compare: (a: (string | number | boolean)[], b: (string | number | boolean)[]) => number): void {
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
    t.sheet.ensure(t.row, col).value = header;
  }
}

/** A fake `Excel.RequestContext` over a workbook model, with sync statistics. */
export interface FakeExcel {
  context: Excel.RequestContext;
  model: FakeWorkbookModel;
  stats: FakeStats;
}

function interpret(sheetCell: FakeCell, input: unknown): void {
  if (input === null || input === undefined) return;
  delete sheetCell.formula;
  delete sheetCell.formulaR1C1;
  delete sheetCell.quotePrefix;
  if (typeof input !== 'string') {
    sheetCell.value = input as number | boolean;
    return;
  }
  if (input.startsWith("'")) {
    sheetCell.value = input.slice(1);
    sheetCell.quotePrefix = true;
    return;
  }
  if (sheetCell.numberFormat === '@') {
    sheetCell.value = input;
    return;
  }
  if (/^[=+\-@]/.test(input) && input.length > 1) {
    // Excel reads these as formulas; the fake does not evaluate them.
    sheetCell.formula = input.startsWith('=') ? input : `=${input}`;
    sheetCell.value = '#FORMULA';
    return;
  }
  if (/^-?\d+(\.\d+)?$/.test(input)) {
    sheetCell.value = Number(input);
    return;
  }
  sheetCell.value = input;
}

/**
 * Creates a fake context over a new (or given) workbook model.
 * @example
 * const { context, model, stats } = createFakeExcel(); await loadLedger(context, table, source, options)
 */
export function createFakeExcel(model: FakeWorkbookModel = new FakeWorkbookModel()): FakeExcel {
  const stats: FakeStats = { syncs: 0, requestBytes: [], responseBytes: [], failedSyncs: 0 };
  let pendingResponse = 0;
  let pendingBytes = 0;
  let pendingError: Error | null = null;
  let pendingLoads: Loadable[] = [];
  const record = (value: unknown): void => {
    pendingBytes += payloadBytes(value);
  };
  const fail = (what: string): void => {
    pendingError ??= new ItemNotFound(`${what} not found`);
  };

  const notLoaded = (what: string): never => {
    throw new Error(`fakeExcel: ${what} read before load + sync`);
  };

  class Range implements Loadable {
    private loaded: {
      values: unknown[][];
      rowIndex: number;
      columnIndex: number;
      rowCount: number;
      columnCount: number;
      address: string;
      numberFormat: unknown[][];
      formulas: unknown[][];
    } | null = null;
    private wantLoad = false;
    private wantValues = false;
    constructor(
      readonly sheet: FakeSheet,
      readonly box: RangeBox,
      readonly columns: [number, number] | null = null,
    ) {}
    load(properties = ''): this {
      this.wantLoad = true;
      if (properties.includes('values')) this.wantValues = true;
      pendingLoads.push(this);
      return this;
    }
    snapshot(): void {
      if (!this.wantLoad) return;
      const grid = (f: (c: FakeCell | undefined) => unknown): unknown[][] =>
        Array.from({ length: this.box.rowCount }, (_, r) =>
          Array.from({ length: this.box.colCount }, (_, c) => f(this.sheet.cell(this.box.row + r, this.box.col + c))),
        );
      const values = grid((c) => c?.value ?? '');
      if (this.wantValues) pendingResponse += payloadBytes(values);
      this.loaded = {
        values,
        rowCount: this.box.rowCount,
        columnCount: this.box.colCount,
        numberFormat: grid((c) => c?.numberFormat ?? 'General'),
        formulas: grid((c) => c?.formula ?? c?.value ?? ''),
        rowIndex: this.box.row,
        columnIndex: this.box.col,
        address: `${this.sheet.name}!${boxAddress(this.box.row, this.box.col, this.box.rowCount, this.box.colCount)}`,
      };
    }
    private get snap(): NonNullable<Range['loaded']> {
      return this.loaded ?? notLoaded('Range');
    }
    get values(): unknown[][] {
      return this.snap.values;
    }
    set values(v: unknown[][]) {
      record(v);
      this.each(v, (cell, input) => interpret(cell, input));
    }
    get numberFormat(): unknown[][] {
      return this.snap.numberFormat;
    }
    set numberFormat(v: unknown[][]) {
      record(v);
      this.each(v, (cell, input) => {
        if (input !== null && input !== undefined) cell.numberFormat = input as string;
      });
    }
    get formulas(): unknown[][] {
      return this.snap.formulas;
    }
    set formulas(v: unknown[][]) {
      record(v);
      this.each(v, (cell, input) => {
        if (typeof input === 'string' && input.startsWith('=') && cell.numberFormat !== '@') {
          cell.formula = input;
          cell.value = '#FORMULA';
        } else interpret(cell, input);
      });
    }
    set formulasR1C1(v: unknown[][]) {
      record(v);
      this.each(v, (cell, input) => {
        // As in Excel, a formula typed into a Text (`@`) cell stays text.
        if (typeof input === 'string' && input.startsWith('=') && cell.numberFormat !== '@') {
          cell.formulaR1C1 = input;
          cell.value = '#FORMULA';
        } else interpret(cell, input);
      });
    }
    get rowIndex(): number {
      return this.snap.rowIndex;
    }
    get columnIndex(): number {
      return this.snap.columnIndex;
    }
    get rowCount(): number {
      return this.snap.rowCount;
    }
    get columnCount(): number {
      return this.snap.columnCount;
    }
    getIntersectionOrNullObject(other: Range): object {
      const row = Math.max(this.box.row, other.box.row);
      const col = Math.max(this.box.col, other.box.col);
      const rowEnd = Math.min(this.box.row + this.box.rowCount, other.box.row + other.box.rowCount);
      const colEnd = Math.min(this.box.col + this.box.colCount, other.box.col + other.box.colCount);
      if (rowEnd <= row || colEnd <= col) return nullable(undefined, () => ({}));
      const range = new Range(this.sheet, { sheet: this.sheet.name, row, col, rowCount: rowEnd - row, colCount: colEnd - col });
      return nullable(range, (r) => r);
    }
    get address(): string {
      return this.snap.address;
    }
    private each(v: unknown[][], apply: (cell: FakeCell, input: unknown) => void): void {
      if (v.length !== this.box.rowCount || v.some((row) => row.length !== this.box.colCount)) {
        throw new Error(`fakeExcel: ${v.length}x${v[0]?.length ?? 0} array written to ${boxAddress(this.box.row, this.box.col, this.box.rowCount, this.box.colCount)}`);
      }
      v.forEach((row, r) => row.forEach((input, c) => apply(this.sheet.ensure(this.box.row + r, this.box.col + c), input)));
    }
    getResizedRange(deltaRows: number, deltaColumns: number): Range {
      return new Range(this.sheet, { ...this.box, rowCount: this.box.rowCount + deltaRows, colCount: this.box.colCount + deltaColumns });
    }
    getCell(r: number, c: number): Range {
      return new Range(this.sheet, { ...this.box, row: this.box.row + r, col: this.box.col + c, rowCount: 1, colCount: 1 });
    }
    private addressText(): string {
      if (this.columns) return `${columnLetter(this.columns[0])}:${columnLetter(this.columns[1])}`;
      return boxAddress(this.box.row, this.box.col, this.box.rowCount, this.box.colCount);
    }
    get format(): unknown {
      const log = (property: string) => (value: unknown) => model.formats.push({ sheet: this.sheet.name, address: this.addressText(), property, value });
      const setter = (prefix: string): object =>
        new Proxy(
          {},
          {
            set: (_t, p: string, value: unknown) => {
              log(`${prefix}${p}`)(value);
              return true;
            },
          },
        );
      return new Proxy(
        {},
        {
          get: (_t, p: string) => (p === 'font' || p === 'fill' ? setter(`${p}.`) : undefined),
          set: (_t, p: string, value: unknown) => {
            log(p)(value);
            return true;
          },
        },
      );
    }
    get dataValidation(): unknown {
      const table = model.tables.find((t) => t.sheet === this.sheet && this.columns === null && this.box.row === t.row + 1 && this.box.colCount === 1);
      const column = table?.headers()[this.box.col - (table?.col ?? 0)] ?? boxAddress(this.box.row, this.box.col, this.box.rowCount, this.box.colCount);
      const holder = table ?? { validations: [] as FakeTableModel['validations'] };
      return {
        clear: () => {
          holder.validations = holder.validations.filter((v) => v.column !== column);
        },
        set rule(rule: unknown) {
          holder.validations.push({ column, rule });
        },
        set errorAlert(alert: unknown) {
          const last = holder.validations.at(-1);
          if (last) last.errorAlert = alert;
        },
      };
    }
    get conditionalFormats(): unknown {
      return {
        add: (type: string) => {
          const entry: ConditionalFormatRecord = { address: this.addressText(), type, formula: '', fill: '' };
          model.conditionalFormats.push(entry);
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

  const nullable = <T extends object>(target: T | undefined, make: (t: T) => object): object => {
    let loaded = false;
    const base = target ? make(target) : {};
    const forward = (base as { load?: (p?: string) => unknown }).load?.bind(base);
    Object.defineProperty(base, 'load', {
      value(properties?: string) {
        pendingLoads.push({ snapshot: () => (loaded = true) });
        forward?.(properties);
        return base;
      },
    });
    Object.defineProperty(base, 'isNullObject', {
      get: () => (loaded ? target === undefined : notLoaded('isNullObject')),
    });
    return base;
  };

  const tableColumns = (t: FakeTableModel): object => ({
    getItem(name: string) {
      const c = t.headers().indexOf(name);
      if (c < 0) fail(`column ${name}`);
      const at = Math.max(c, 0);
      return {
        getDataBodyRange: () => new Range(t.sheet, { sheet: t.sheet.name, row: t.row + 1, col: t.col + at, rowCount: t.rowCount - 1, colCount: 1 }),
        filter: {
          applyValuesFilter: (values: string[]) => {
            record(values);
            t.filters.set(name, values);
          },
        },
      };
    },
    add(_index: unknown, _values: unknown, name: string) {
      t.sheet.ensure(t.row, t.col + t.colCount).value = name;
      t.colCount += 1;
    },
  });

  const tableApi = (t: FakeTableModel): object => ({
    get name() {
      return t.name;
    },
    set name(n: string) {
      t.name = n;
    },
    get id() {
      return `{${t.name}}`;
    },
    set style(s: string) {
      t.style = s;
    },
    get worksheet() {
      return sheetApi(t.sheet);
    },
    getHeaderRowRange: () => new Range(t.sheet, { sheet: t.sheet.name, row: t.row, col: t.col, rowCount: 1, colCount: t.colCount }),
    getDataBodyRange: () => new Range(t.sheet, { sheet: t.sheet.name, row: t.row + 1, col: t.col, rowCount: t.rowCount - 1, colCount: t.colCount }),
    getRange: () => new Range(t.sheet, { sheet: t.sheet.name, row: t.row, col: t.col, rowCount: t.rowCount, colCount: t.colCount }),
    clearFilters: () => t.filters.clear(),
    columns: tableColumns(t),
    rows: {
      add(_index: unknown, given: unknown[][] | undefined) {
        // Without values Excel adds one blank row.
        const values = given ?? [Array.from({ length: t.colCount }, () => '')];
        if (values.some((row) => row.length !== t.colCount)) throw new Error(`fakeExcel: ${values[0]?.length ?? 0} values for a table of ${t.colCount} columns`);
        record(given ?? []);
        const start = t.row + t.rowCount;
        t.rowCount += values.length;
        const range = new Range(t.sheet, { sheet: t.sheet.name, row: start, col: t.col, rowCount: values.length, colCount: t.colCount });
        values.forEach((row, r) => row.forEach((input, c) => interpret(t.sheet.ensure(start + r, t.col + c), input)));
        return { getRange: () => range };
      },
    },
  });

  const missingTable = (): object => {
    const dead = (): Range => new Range(new FakeSheet('#missing'), { sheet: '#missing', row: 0, col: 0, rowCount: 1, colCount: 1 });
    return { getHeaderRowRange: dead, getDataBodyRange: dead, getRange: dead, worksheet: sheetApi(new FakeSheet('#missing')), columns: { getItem: () => ({ getDataBodyRange: dead }) } };
  };

  const sheetApi = (s: FakeSheet): object => ({
    get name() {
      return s.name;
    },
    getRange(address: string) {
      const cols = /^([A-Z]+):([A-Z]+)$/.exec(address);
      if (cols) {
        const first = parseAddress(`${cols[1]}1`);
        const last = parseAddress(`${cols[2]}1`);
        return new Range(s, { sheet: s.name, row: 0, col: first?.col ?? 0, rowCount: 1, colCount: 1 }, [first?.col ?? 0, last?.col ?? 0]);
      }
      const rows = /^(\d+):(\d+)$/.exec(address);
      if (rows) {
        const first = Number(rows[1]) - 1;
        return new Range(s, { sheet: s.name, row: first, col: 0, rowCount: Number(rows[2]) - first, colCount: 16_384 });
      }
      const box = parseAddress(address);
      if (!box) throw new Error(`fakeExcel: bad address ${address}`);
      return new Range(s, { ...box, sheet: s.name });
    },
    tables: {
      add(address: string, hasHeaders: boolean) {
        const box = parseAddress(address);
        if (!box || !hasHeaders) throw new Error('fakeExcel: tables.add needs an address with headers');
        const t = new FakeTableModel(`Table${model.tables.length + 1}`, s, box.row, box.col, box.rowCount, box.colCount);
        model.tables.push(t);
        return tableApi(t);
      },
    },
    freezePanes: {
      freezeRows(n: number) {
        s.frozenRows = n;
      },
    },
    charts: {
      add(type: string, source: Range, seriesBy: string) {
        const chart: ChartRecord = { type, source: boxAddress(source.box.row, source.box.col, source.box.rowCount, source.box.colCount), seriesBy, title: '', position: null };
        s.charts.push(chart);
        return {
          title: {
            set text(t: string) {
              chart.title = t;
            },
          },
          setPosition(a: string, b?: string) {
            chart.position = [a, b];
          },
        };
      },
    },
    activate() {
      for (const other of model.sheets) other.active = other === s;
    },
    delete() {
      model.sheets = model.sheets.filter((x) => x !== s);
      model.tables = model.tables.filter((t) => t.sheet !== s);
    },
  });

  const workbook = {
    worksheets: {
      getItemOrNullObject: (name: string) => {
        const s = model.sheet(name);
        return nullable(s, sheetApi);
      },
      getItem: (name: string) => {
        const s = model.sheet(name);
        if (!s) fail(`sheet ${name}`);
        return sheetApi(s ?? new FakeSheet(name));
      },
      add: (name: string) => {
        if (model.sheet(name)) throw new Error(`fakeExcel: sheet ${name} exists`);
        const s = new FakeSheet(name);
        model.sheets.push(s);
        return sheetApi(s);
      },
      load() {
        const holder = this as unknown as { _items?: object[] };
        pendingLoads.push({ snapshot: () => (holder._items = model.sheets.map((s) => ({ name: s.name }))) });
        return this;
      },
      get items() {
        return (this as unknown as { _items?: object[] })._items ?? notLoaded('worksheets.items');
      },
    },
    tables: {
      getItem: (name: string) => {
        const t = model.table(name);
        if (!t) {
          fail(`table ${name}`);
          return missingTable();
        }
        return tableApi(t);
      },
      getItemOrNullObject: (name: string) => {
        const t = model.table(name);
        return nullable(t, tableApi);
      },
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
      getItemOrNullObject: (name: string) => {
        const item = model.names.get(name);
        return nullable(item, () => ({ name }));
      },
      add: (name: string, reference: Range, comment?: string) => {
        model.names.set(name, { sheet: reference.sheet.name, address: boxAddress(reference.box.row, reference.box.col, 1, 1), ...(comment ? { comment } : {}) });
      },
    },
    settings: {
      getItemOrNullObject: (key: string) => {
        const present = model.settings.has(key);
        const value = model.settings.get(key);
        return nullable(present ? { value } : undefined, (v) => v);
      },
      add: (key: string, value: unknown) => {
        record(value);
        model.settings.set(key, value);
      },
    },
  };

  const context = {
    workbook,
    async sync(): Promise<void> {
      stats.syncs += 1;
      const error = pendingError;
      const loads = pendingLoads;
      pendingError = null;
      pendingLoads = [];
      stats.requestBytes.push(pendingBytes);
      pendingBytes = 0;
      await Promise.resolve();
      if (error) {
        stats.failedSyncs += 1;
        stats.responseBytes.push(0);
        throw error;
      }
      pendingResponse = 0;
      for (const l of loads) l.snapshot();
      stats.responseBytes.push(pendingResponse);
    },
  };
  // The fake implements only what the workbook layer calls; the cast keeps the code under test typed as Excel's.
  return { context: context as unknown as Excel.RequestContext, model, stats };
}
