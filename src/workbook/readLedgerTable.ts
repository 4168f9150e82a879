/**
 * Reads the `TaskLedger` table (header, body values, where the body starts) for the operations that
 * need its rows. Excel on the web caps a response at 5 MB as it does a request, so the body is read
 * in row chunks: the first sync (which also carries whatever the caller queued) reads the body rows
 * on sheet rows 1–2,500, which covers a normal ledger in that one sync; larger ledgers take one more
 * sync per chunk, each sized from the bytes per row just seen to stay under `SYNC_BUDGET_BYTES`.
 * Columns are found by their stored `TableColumn.id` (see `columnIdentity`), so a renamed header is still its column.
 * @requirement ExcelApi 1.4 (`Range.getIntersectionOrNullObject`, settings); ExcelApi 1.2 (`Table.worksheet`); ExcelApi 1.1 (table ranges)
 */
import type { AgencyAliases } from '../model';
import { boxAddress } from '../ledgerLayout/cellAddress';
import {
  queueReadColumnIds,
  resolveHeader,
  storedColumnIds,
  type ResolvedHeader,
  type StoredColumnIds,
} from './columnIdentity';
import { isItemNotFound } from './excelErrors';
import { LEDGER_COLUMNS } from '../ledgerLayout/ledgerColumns';
import { ledgerRowsFromValues, type BodyOrigin, type LedgerRowsResult } from '../ledgerLayout/ledgerRowsFromValues';
import { payloadBytes, SYNC_BUDGET_BYTES } from './payloadBytes';
import { LEDGER_TABLE } from '../ledgerLayout/workbookNames';

/** Sheet rows read in the first sync: a ledger of up to ~2,500 tasks needs no second read. */
const FIRST_READ_ROWS = 2500;

export interface LedgerTableRead {
  table: Excel.Table;
  /** The body range (for `getCell` writes by position). */
  body: Excel.Range;
  /** The header as the add-in reads it: columns found by their stored id carry their canonical header (see `columnIdentity`). */
  header: unknown[];
  /** The header cells as they are in the sheet. */
  sheetHeader: unknown[];
  /** The column ids, what is stored, and what to store. */
  identity: { stored: StoredColumnIds; resolved: ResolvedHeader };
  /** The table's column ids, left to right, as read. */
  columnIds: number[];
  /** The body's values, every row, in sheet order. */
  values: unknown[][];
  origin: BodyOrigin;
  /** The typed rows, issues and column positions. */
  rows(options?: { aliases?: AgencyAliases }): LedgerRowsResult;
}

/**
 * Reads the ledger; null when the workbook has no `TaskLedger` (the first sync failed with `ItemNotFound`).
 * Loads the caller queued before calling are sent with the first sync.
 * @example
 * const read = await readLedgerTable(context); read?.rows().rows.length
 */
export async function readLedgerTable(
  context: Excel.RequestContext,
  budget: number = SYNC_BUDGET_BYTES,
): Promise<LedgerTableRead | null> {
  const table = context.workbook.tables.getItem(LEDGER_TABLE);
  const headerRange = table.getHeaderRowRange().load('values');
  const body = table.getDataBodyRange().load('rowIndex, columnIndex, rowCount, columnCount');
  const columns = table.columns.load('items/id');
  const idSetting = queueReadColumnIds(context);
  const sheet = table.worksheet;
  const first = body.getIntersectionOrNullObject(sheet.getRange(`1:${FIRST_READ_ROWS}`)).load('values');
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) return null;
    throw error;
  }
  const values: unknown[][] = first.isNullObject ? [] : [...(first.values as unknown[][])];
  let bytesPerRow = values.length > 0 ? payloadBytes(values) / values.length : 2_000;
  while (values.length < body.rowCount) {
    // A margin over the rows seen so far: later rows may carry longer notes.
    const count = Math.min(body.rowCount - values.length, Math.max(1, Math.floor(budget / (bytesPerRow * 1.5))));
    const chunk = sheet
      .getRange(boxAddress(body.rowIndex + values.length, body.columnIndex, count, body.columnCount))
      .load('values');
    await context.sync();
    const rows = chunk.values as unknown[][];
    bytesPerRow = Math.max(bytesPerRow, payloadBytes(rows) / Math.max(1, rows.length));
    for (const row of rows) values.push(row); // never push(...many): 100,000 rows overflow the stack
  }
  const sheetHeader = (headerRange.values[0] ?? []) as unknown[];
  const stored = storedColumnIds(idSetting);
  const columnIds = columns.items.map((c) => c.id);
  const resolved = resolveHeader(sheetHeader, columnIds, stored[LEDGER_TABLE], LEDGER_COLUMNS);
  const header: unknown[] = resolved.header;
  const origin = { row: body.rowIndex, col: body.columnIndex };
  return {
    table,
    body,
    header,
    sheetHeader,
    identity: { stored, resolved },
    columnIds,
    values,
    origin,
    rows: (options = {}) => ledgerRowsFromValues(header, values, origin, options),
  };
}
