/**
 * Appends rows to a table without `TableRowCollection.add`, which Microsoft's coauthoring guidance lists as a
 * cause of merge conflicts (https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins):
 * the rows are written into the cells just below the table, then the table is resized over them. The cells
 * below must be empty (`probeRowsBelow`, read before): a user's notes under a table are never overwritten.
 * @requirement ExcelApi 1.13 (`Table.resize`); ExcelApi 1.4 (`Range.getUsedRangeOrNullObject`); ExcelApi 1.2 (`Range.getRowsBelow`)
 */
import { boxAddress } from './cellAddress';
import type { CellInput, PendingRequest } from './writeRanges';
import { writeRanges } from './writeRanges';

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

/**
 * Queues a check of the `count` rows just below a table: after the sync, `isNullObject` is true when they are empty.
 * @example
 * const below = probeRowsBelow(table, 3); await context.sync(); below.isNullObject // true: free to append
 */
export function probeRowsBelow(table: Excel.Table, count: number): Excel.Range {
  return table.getRange().getRowsBelow(Math.max(1, count)).getUsedRangeOrNullObject(true).load('address');
}

/** The message when the cells below a table are taken. */
export function rowsBelowTakenMessage(what: string, below: Excel.Range): string {
  return `${what}下方的单元格（${below.address}）已有内容，无法在表格末尾追加行；请移走这些内容后重试（加载项不会覆盖它们）。`;
}

export interface AppendBlock {
  /** Number formats, set before the values so text such as `=x` stays text; null leaves a cell's format. */
  numberFormat?: (string | null)[][];
  values?: CellInput[][];
  /** Other blocks in the new rows (e.g. a formula column), at 0-based columns of the table. */
  extra?: { col: number; formulasR1C1: (string | null)[][] }[];
}

/**
 * Writes `count` new rows below the table (split under the request budget) and resizes the table over them;
 * the caller's last sync sends the resize.
 * @example
 * await appendRows(context, table, sheet, box, 2, { numberFormat, values }, pending)
 */
export async function appendRows(
  context: Excel.RequestContext,
  table: Excel.Table,
  sheet: Excel.Worksheet,
  box: TableBox,
  count: number,
  block: AppendBlock,
  pending: PendingRequest,
  budget?: number,
): Promise<void> {
  if (count <= 0) return;
  const row = box.row + box.rowCount;
  await writeRanges(
    context,
    sheet,
    [
      { row, col: box.col, ...(block.numberFormat ? { numberFormat: block.numberFormat } : {}), ...(block.values ? { values: block.values } : {}) },
      ...(block.extra ?? []).map((e) => ({ row, col: box.col + e.col, formulasR1C1: e.formulasR1C1 })),
    ],
    pending,
    budget,
  );
  table.resize(sheet.getRange(boxAddress(box.row, box.col, box.rowCount + count, box.colCount)));
}
