/**
 * A strict double of the Office.js calls the import-from-workbook readers make (selection, active sheet,
 * its tables, used range, `text` by indexes). Rules, as Excel applies them:
 * - a property is readable only after `load` and `context.sync()` (PropertyNotLoaded otherwise —
 *   learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts#load);
 * - `isNullObject` likewise (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties);
 * - `getSelectedRange` with several areas selected fails ("If there are multiple ranges selected, this method will throw an error",
 *   @types/office-js) — at the sync, with code InvalidSelection;
 * - a sync whose response exceeds 5 MB fails with ResponsePayloadSizeLimitExceeded (Excel.ErrorCodes; "Excel on the web has a payload size limit for
 *   requests and responses of 5MB", learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization);
 * - `getUsedRangeOrNullObject(true)` is the smallest box holding every non-empty value (null object on an empty sheet);
 * - `getMergedAreasOrNullObject()` returns only the merged areas whose top-left cell is in the range (OfficeDev/office-js#3611:
 *   "will only return merged areas whose top left cell exists in the range passed", by design), a null object when there are
 *   none, and fails "if the merged areas count in this range is more than 512" (@types/office-js) — at the sync; the error
 *   code is not documented, GeneralException here. A merged area's text is in its top-left cell only (the others are empty).
 */
import { parseAddress } from '../../src/ledgerLayout/cellAddress';
import { payloadBytes } from '../../src/workbook/payloadBytes';

export interface DoubleSheet {
  name: string;
  /** Displayed text by "row,col" (0-based). */
  cells: Map<string, string>;
  /** Merged areas (`C3:C5`); only their top-left cell holds text. */
  merged?: string[];
}

export interface DoubleTable {
  name: string;
  sheet: string;
  address: string;
}

export interface DoubleWorkbook {
  sheets: DoubleSheet[];
  active: string;
  /** One address (`B2:E9`, `A:E`) or several (a multi-area selection). */
  selection: string[];
  tables: DoubleTable[];
}

export interface DoubleStats {
  syncs: number;
  responseBytes: number[];
}

class OfficeError extends Error {
  constructor(public code: string) {
    super(code);
  }
}

const SHEET_ROWS = 1_048_576;
const MAX_MERGED_AREAS = 512;
const LIMIT = 5 * 1024 * 1024;

export function sheetFrom(name: string, rows: string[][], top = 0, left = 0): DoubleSheet {
  const cells = new Map<string, string>();
  rows.forEach((row, r) => row.forEach((text, c) => text !== '' && cells.set(`${top + r},${left + c}`, text)));
  return { name, cells };
}

interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

function boxOfAddress(address: string): Box {
  const columns = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (columns) {
    const a = parseAddress(`${columns[1]}1`);
    const b = parseAddress(`${columns[2]}1`);
    if (!a || !b) throw new Error(`sheetDouble: bad address ${address}`);
    return { row: 0, col: a.col, rows: SHEET_ROWS, cols: b.col - a.col + 1 };
  }
  const box = parseAddress(address);
  if (!box) throw new Error(`sheetDouble: bad address ${address}`);
  return { row: box.row, col: box.col, rows: box.rowCount, cols: box.colCount };
}

export function createSheetDouble(book: DoubleWorkbook): { context: Excel.RequestContext; stats: DoubleStats } {
  const stats: DoubleStats = { syncs: 0, responseBytes: [] };
  /** Each queued load measures its response, then commits it only if the sync succeeds. */
  let pending: (() => { bytes: number; commit: () => void })[] = [];
  let pendingError: OfficeError | null = null;
  /** An error found while a queued operation runs at the sync (the whole batch fails, nothing is committed). */
  let pendingFailure: OfficeError | null = null;
  const sheetNamed = (name: string): DoubleSheet => {
    const s = book.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`sheetDouble: no sheet ${name}`);
    return s;
  };

  const loadable = <T extends object>(
    make: () => T | null,
    project: (value: T | null, wanted: readonly string[]) => Record<string, unknown>,
  ) => {
    let snapshot: Record<string, unknown> | null = null;
    const proxy: Record<string, unknown> = {};
    const read = (key: string): unknown => {
      if (!snapshot || !(key in snapshot)) throw new OfficeError('PropertyNotLoaded');
      return snapshot[key];
    };
    return {
      proxy,
      read,
      load(wanted: string[]) {
        pending.push(() => {
          const value = make();
          const all = project(value, wanted);
          const next: Record<string, unknown> = { ...(snapshot ?? {}), isNullObject: value === null };
          for (const key of wanted) next[key] = all[key];
          return { bytes: wanted.includes('text') ? payloadBytes(all.text ?? '') : 0, commit: () => (snapshot = next) };
        });
      },
    };
  };

  /** A collection whose `items` are readable after `load(expected)` and a sync (PropertyNotLoaded before). */
  const loadableCollection = (name: string, expected: string, make: () => unknown[]) => {
    let items: unknown[] | null = null;
    const collection = {
      load(what: string) {
        if (what !== expected) throw new Error(`sheetDouble: ${name}.load(${what})`);
        pending.push(() => {
          const found = make();
          return { bytes: 0, commit: () => (items = found) };
        });
        return collection;
      },
      get items() {
        if (!items) throw new OfficeError('PropertyNotLoaded');
        return items;
      },
    };
    return collection;
  };

  const rangeApi = (sheet: DoubleSheet, box: () => Box | null) => {
    const state = loadable(box, (b, wanted) =>
      b
        ? {
            rowIndex: b.row,
            columnIndex: b.col,
            rowCount: b.rows,
            columnCount: b.cols,
            text: !wanted.includes('text')
              ? undefined
              : Array.from({ length: b.rows }, (_, r) =>
                  Array.from({ length: b.cols }, (_, c) => sheet.cells.get(`${b.row + r},${b.col + c}`) ?? ''),
                ),
          }
        : {},
    );
    const api = {
      load(properties: string) {
        state.load(properties.split(',').map((p) => p.trim()));
        return api;
      },
      get isNullObject() {
        return state.read('isNullObject');
      },
      get rowIndex() {
        return state.read('rowIndex');
      },
      get columnIndex() {
        return state.read('columnIndex');
      },
      get rowCount() {
        return state.read('rowCount');
      },
      get columnCount() {
        return state.read('columnCount');
      },
      get text() {
        return state.read('text');
      },
      get worksheet() {
        return sheetApi(sheet);
      },
      getMergedAreasOrNullObject: () => mergedAreasApi(sheet, box),
    };
    return api;
  };

  const mergedAreasApi = (sheet: DoubleSheet, of: () => Box | null) => {
    const inRange = (): Box[] => {
      const b = of();
      if (!b) return [];
      return (sheet.merged ?? [])
        .map(boxOfAddress)
        .filter((m) => m.row >= b.row && m.row < b.row + b.rows && m.col >= b.col && m.col < b.col + b.cols);
    };
    let snapshot: { isNullObject: boolean; areaCount: number } | null = null;
    const api = {
      load(properties: string) {
        if (properties !== 'areaCount') throw new Error(`sheetDouble: RangeAreas.load(${properties})`);
        pending.push(() => {
          const found = inRange();
          if (found.length > MAX_MERGED_AREAS) pendingFailure = new OfficeError('GeneralException');
          return { bytes: 0, commit: () => (snapshot = { isNullObject: found.length === 0, areaCount: found.length }) };
        });
        return api;
      },
      get isNullObject() {
        if (!snapshot) throw new OfficeError('PropertyNotLoaded');
        return snapshot.isNullObject;
      },
      get areaCount() {
        if (!snapshot) throw new OfficeError('PropertyNotLoaded');
        return snapshot.areaCount;
      },
      get areas() {
        return loadableCollection('areas', 'items/rowIndex,items/columnIndex,items/rowCount,items/columnCount', () =>
          inRange().map((m) => ({ rowIndex: m.row, columnIndex: m.col, rowCount: m.rows, columnCount: m.cols })),
        );
      },
    };
    return api;
  };

  const usedBox = (sheet: DoubleSheet): Box | null => {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const [key, text] of sheet.cells) {
      if (text === '') continue;
      const [r, c] = key.split(',').map(Number) as [number, number];
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  };

  const sheetApi = (sheet: DoubleSheet) => {
    const nameState = loadable(
      () => sheet,
      (s) => ({ name: s?.name }),
    );
    const api = {
      load(properties: string) {
        nameState.load(properties.split(','));
        return api;
      },
      get name() {
        return nameState.read('name');
      },
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        if (valuesOnly !== true) throw new Error('sheetDouble: only getUsedRangeOrNullObject(true) is modelled');
        return rangeApi(sheet, () => usedBox(sheet));
      },
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
        rangeApi(sheet, () => ({ row, col, rows, cols })),
      get tables() {
        return loadableCollection('tables', 'items/name', () =>
          book.tables
            .filter((t) => t.sheet === sheet.name)
            .map((t) => ({ name: t.name, getRange: () => rangeApi(sheet, () => boxOfAddress(t.address)) })),
        );
      },
    };
    return api;
  };

  const workbook = {
    getSelectedRange: () => {
      if (book.selection.length !== 1) pendingError ??= new OfficeError('InvalidSelection');
      const active = sheetNamed(book.active);
      return rangeApi(active, () => boxOfAddress(book.selection[0] ?? 'A1'));
    },
    worksheets: { getActiveWorksheet: () => sheetApi(sheetNamed(book.active)) },
  };

  const context = {
    workbook,
    async sync() {
      stats.syncs += 1;
      const work = pending;
      const error = pendingError;
      pending = [];
      pendingError = null;
      await Promise.resolve();
      if (error) throw error;
      const measured = work.map((f) => f());
      const failure = pendingFailure;
      pendingFailure = null;
      if (failure) throw failure;
      const bytes = measured.reduce((n, m) => n + m.bytes, 0);
      stats.responseBytes.push(bytes);
      if (bytes > LIMIT) throw new OfficeError('ResponsePayloadSizeLimitExceeded');
      for (const m of measured) m.commit();
    },
  };
  // The double implements only what the readers call; the cast keeps the code under test typed as Excel's.
  return { context: context as unknown as Excel.RequestContext, stats };
}
