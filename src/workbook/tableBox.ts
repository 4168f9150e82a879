/**
 * A table's extent on its sheet, as loaded in one sync: for reading a table's body in chunks by position within the
 * same operation (never for writing: writes find their rows when they run, see `rowWrites` and `appendRows`).
 * @requirement ExcelApi 1.1 (`Table.getRange`)
 */

/** A table's whole range (header included), 0-based on its sheet, as loaded. */
export interface TableBox {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

/**
 * Queues loading a table's range position (read `tableBox` after the sync).
 * @example
 * const range = queueTableRange(table); await context.sync(); tableBox(range).rowCount
 */
export function queueTableRange(table: Excel.Table): Excel.Range {
  return table.getRange().load('rowIndex, columnIndex, rowCount, columnCount');
}

/**
 * The box of a loaded table range.
 * @example
 * tableBox(range) // { row: 0, col: 0, rowCount: 25, colCount: 17 }
 */
export function tableBox(range: Excel.Range): TableBox {
  return { row: range.rowIndex, col: range.columnIndex, rowCount: range.rowCount, colCount: range.columnCount };
}
