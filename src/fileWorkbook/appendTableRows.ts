/**
 * Rows appended below a table in the file (its ref grows on save): each cell takes the style of the last body
 * row's cell in its column, so dates stay dates and text stays text. A table whose only body row is blank (a new
 * table's placeholder) has that row filled first. Refused when the sheet has cells below the table: Excel would
 * insert cells there, a patch would overwrite them.
 */
import { FileUnsupported } from './fileRefusal';
import type { LedgerFile, TableBlock } from './ledgerFile';
import type { CellInput } from './sheetXml';

/** Whether a body row is all empty (a new table's placeholder). */
function blank(row: readonly unknown[] | undefined): boolean {
  return row !== undefined && row.every((v) => v === '');
}

/**
 * Writes `rows` (cells by table column; null leaves a cell empty) below the table `name`; returns the 0-based sheet
 * row of the first one.
 * @example await appendTableRows(file, 'ProgressLog', [[…]]) // 2
 */
export async function appendTableRows(
  file: LedgerFile,
  name: string,
  rows: readonly (readonly (CellInput | null)[])[],
): Promise<number> {
  const values = await file.tableValues(name);
  if (!values) throw new FileUnsupported({ operation: 'load-ledger', table: name });
  if (rows.length === 0) return values.block.row + values.block.rowCount;
  const block: TableBlock = values.block;
  const placeholder = values.body.length === 1 && blank(values.body[0]);
  const first = placeholder ? block.row + 1 : block.row + block.rowCount;
  const styleRow = placeholder ? block.row + 1 : block.row + block.rowCount - 1;
  const lastRow = block.row + block.rowCount - 1;
  if (block.sheet.lastRowIn(block.col, block.col + block.colCount - 1) > lastRow)
    throw new FileUnsupported({ operation: 'cells-below-table', table: name });
  const styles = Array.from({ length: block.colCount }, (_, k) => block.sheet.style(styleRow, block.col + k));
  rows.forEach((cells, i) => {
    cells.forEach((value, k) => {
      // An empty cell is written only to carry its column's style (a date typed there later stays a date).
      if (k < block.colCount && (value !== null || (styles[k] ?? null) !== null))
        block.sheet.set(first + i, block.col + k, value, styles[k] ?? null);
    });
  });
  file.markWritten(block);
  const grow = placeholder ? rows.length - 1 : rows.length;
  if (grow > 0) await file.growTable(name, grow);
  return first;
}
