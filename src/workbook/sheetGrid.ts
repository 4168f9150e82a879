/**
 * Reading cells as text for an import from the workbook itself (a selected range, an existing table):
 * the shapes the port returns, the caps, and the block-wise read that keeps each response under Excel on
 * the web's 5 MB payload limit with a bounded number of `context.sync` calls.
 * @requirement ExcelApi 1.7 (`Worksheet.getRangeByIndexes`); ExcelApi 1.1 (`Range.text`)
 */
import { payloadBytes, SYNC_BUDGET_BYTES } from './payloadBytes';

/** Cells read for one import at most: 10,000 tasks × 10 columns. */
export const MAX_IMPORT_CELLS = 100_000;
/** Cells in the first block read: 10,000 cells of ~100 CJK characters stay under the 5 MB response limit. */
const FIRST_BLOCK_CELLS = 10_000;

/** Office.js's code for a response over Excel on the web's 5 MB (Excel.ErrorCodes.responsePayloadSizeLimitExceeded). */
const RESPONSE_TOO_LARGE = 'ResponsePayloadSizeLimitExceeded';

/** A rectangle of a sheet by 0-based indexes (`Range.rowIndex` …). */
export interface CellBox {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** The overlap of two boxes, or null. */
export function intersectBoxes(a: CellBox, b: CellBox): CellBox | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rowEnd = Math.min(a.row + a.rows, b.row + b.rows);
  const columnEnd = Math.min(a.column + a.columns, b.column + b.columns);
  return rowEnd > row && columnEnd > column ? { row, column, rows: rowEnd - row, columns: columnEnd - column } : null;
}

export function boxOf(range: Excel.Range): CellBox {
  return { row: range.rowIndex, column: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
}

function isResponseTooLarge(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === RESPONSE_TOO_LARGE;
}

/**
 * The text of a box of a sheet (`getRangeByIndexes`, ExcelApi 1.7), read in row blocks: the first of
 * `FIRST_BLOCK_CELLS` cells, each next one sized from the bytes per row just seen to stay under
 * `SYNC_BUDGET_BYTES`; a block Excel still refuses as too large is read in halves.
 * @example const grid = await loadTextBlocks(context, sheet, { row: 0, column: 0, rows: 120, columns: 5 }) // one sync
 */
export async function loadTextBlocks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  box: CellBox,
): Promise<string[][]> {
  const { rows, columns } = box;
  let step = Math.max(1, Math.floor(FIRST_BLOCK_CELLS / Math.max(columns, 1)));
  const grid: string[][] = [];
  let top = 0;
  while (top < rows) {
    const count = Math.min(step, rows - top);
    const block = sheet.getRangeByIndexes(box.row + top, box.column, count, columns);
    block.load('text');
    try {
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || count === 1) throw error;
      step = Math.max(1, Math.floor(count / 2));
      continue;
    }
    const text = block.text;
    for (const row of text) grid.push(row.map((cell) => String(cell ?? '')));
    top += count;
    const perRow = payloadBytes(text) / count;
    step = Math.max(1, Math.floor(SYNC_BUDGET_BYTES / Math.max(perRow, 1)));
  }
  return grid;
}
