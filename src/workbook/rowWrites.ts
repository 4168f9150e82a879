/**
 * Cells of a table's rows written where the row's key is when the write runs, never at a position read in an earlier
 * sync: the batch that writes also finds each row (`Range.find` of the key on the key column, a whole-cell, case-exact
 * match) and each column (`TableColumnCollection.getItem(id)`), so a co-author's sort, inserted rows or moved columns
 * between the read and the write cannot put a value on another row. The same batch reads each written cell as it was
 * just before (for the caller's conflict check and for a repair) and the key column after (a key now on two rows).
 * Every find is queued before any write: a row that is gone fails the batch (ItemNotFound) before anything is written.
 * @requirement ExcelApi 1.9 (`Range.find`); ExcelApi 1.1 (`getEntireRow`, `getIntersection`, `TableColumn.getRange`)
 */
import { toCellText } from '../ledgerLayout/cellText';
import type { CellInput } from './writeRanges';

/**
 * What a row write adds to a request besides its cells' values, for budgeting batches: Office.js sends each object path
 * and action as JSON (~100 bytes each); a row is about four (the find, its row, its reads), each cell about six (the column,
 * its body, the intersection, the format, the value, the read). An estimate, not measured here (the double counts values only).
 */
export const ROW_WRITE_OVERHEAD_BYTES = 400;
export const CELL_WRITE_OVERHEAD_BYTES = 600;

/** One cell to write, by its column's id (or, for a column added in the same batch, its name). */
export interface CellWrite {
  id: number | string;
  /** Its number format, set before the value (text stays text). */
  format: string;
  value: CellInput;
}

/** The cells to write in the row whose key is `key`; `read` names more columns to read as they were before. */
export interface RowWrite {
  key: string;
  cells: readonly CellWrite[];
  read?: readonly (number | string)[];
}

/** A written row, once the batch ran: where it was, and its cells (read and written ones) just before the write. */
export interface RowWritten {
  key: string;
  /** 0-based sheet row. */
  row: number;
  before: ReadonlyMap<number | string, { value: unknown; format: unknown }>;
}

export interface RowWritesResult {
  rows: RowWritten[];
  /** The key column's body after the writes (to see a key on two rows). */
  keys: unknown[];
}

/**
 * Queues `writes` on `table`, rows found by the text of the column `keyId`; read the result after the sync.
 * @example
 * const done = queueRowWrites(table, 1, [{ key: '9', cells: [{ id: 12, format: '@', value: '推进中' }] }]); await context.sync(); done().rows[0]?.row
 */
export function queueRowWrites(table: Excel.Table, keyId: number, writes: readonly RowWrite[]): () => RowWritesResult {
  if (writes.length === 0) return () => ({ rows: [], keys: [] });
  const keyColumn = table.columns.getItem(keyId);
  // Header and body: never a single cell, which would make `find` search the whole sheet.
  const search = keyColumn.getRange();
  const hits = writes.map((w) => search.find(w.key, { completeMatch: true, matchCase: true }));
  const cellOf = (hit: Excel.Range, id: number | string): Excel.Range =>
    hit.getEntireRow().getIntersection(table.columns.getItem(id).getDataBodyRange());
  const befores = writes.map((w, i) => {
    const hit = hits[i] as Excel.Range;
    hit.load('rowIndex');
    const ids = [...new Set([...(w.read ?? []), ...w.cells.map((c) => c.id)])];
    return new Map(ids.map((id) => [id, cellOf(hit, id).load('values, numberFormat')] as const));
  });
  writes.forEach((w, i) => {
    for (const c of w.cells) {
      const cell = cellOf(hits[i] as Excel.Range, c.id);
      cell.numberFormat = [[c.format]];
      cell.values = [[c.value]];
    }
  });
  const keys = keyColumn.getDataBodyRange().load('values');
  return () => ({
    rows: writes.map((w, i) => ({
      key: w.key,
      row: (hits[i] as Excel.Range).rowIndex,
      before: new Map(
        [...(befores[i] ?? new Map<number | string, Excel.Range>())].map(
          ([id, r]) =>
            [
              id,
              { value: (r.values as unknown[][])[0]?.[0], format: (r.numberFormat as unknown[][])[0]?.[0] },
            ] as const,
        ),
      ),
    })),
    keys: (keys.values as unknown[][]).map((r) => r[0]),
  });
}

/**
 * Queues putting written rows back as they were (found by key again, wherever they are now): the repair after a
 * conflict seen only once the write ran.
 * @example
 * queueRestoreRows(table, 1, done().rows); await context.sync()
 */
export function queueRestoreRows(
  table: Excel.Table,
  keyId: number,
  rows: readonly RowWritten[],
  only?: ReadonlySet<number | string>,
): void {
  const restore: RowWrite[] = rows.map((r) => ({
    key: r.key,
    cells: [...r.before]
      .filter(([id]) => !only || only.has(id))
      .map(([id, b]) => {
        const format = typeof b.format === 'string' ? b.format : 'General';
        // Text goes back as text: quote-prefixed where Excel would read it as a formula.
        const value =
          typeof b.value === 'string' && format !== '@'
            ? toCellText(b.value)
            : b.value === undefined
              ? ''
              : (b.value as CellInput);
        return { id, format, value };
      }),
  }));
  queueRowWrites(table, keyId, restore);
}
