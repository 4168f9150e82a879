/**
 * Appends rows to a table the way Microsoft's co-authoring guidance says (learn.microsoft.com/office/dev/add-ins/excel/
 * co-authoring-in-excel-add-ins, "Use Range.values to add rows"): never `TableRowCollection.add` (merge conflicts);
 * cells are inserted just below the table, pushing down whatever a co-author has there ("If users have data below your
 * table, insert a blank row first"), and the values written into them, so Excel expands the table. Both happen in the
 * one batch that writes, against the table as it is then: no check in one sync and write in the next.
 * After the write the same batch reads back the table's extent and its column ids: a column a co-author moved meanwhile
 * is repaired by writing the rows again by id, and rows Excel did not take into the table are taken in with
 * `Table.resize` where the host has it, else refused naming where they are (nothing is lost either way).
 * @requirement ExcelApi 1.2 (`Range.getRowsBelow`); ExcelApi 1.1 (`Range.insert`, `TableColumn.id`, `Table.getDataBodyRange`)
 * @optional ExcelApi 1.13 (`Table.resize`, feature `table-resize`)
 */
import { boxAddress } from '../ledgerLayout/cellAddress';
import { payloadBytes, SYNC_BUDGET_BYTES, unmeasuredAllowance } from './payloadBytes';
import { SUPPORTS_ALL, supportsFeature, type SupportsSet } from './requirements';
import { excelErrorCode, type WorkbookRefusal } from './workbookProblem';
import type { CellInput, PendingRequest } from './writeRanges';

/** One column of the new rows, by its `TableColumn.id`. */
export interface AppendColumn {
  id: number;
  /** The number format of its new cells (set before the values, so text stays text); null leaves the column's. */
  format: string | null;
  /** One input per new row. */
  values?: readonly CellInput[];
  /** One R1C1 formula per new row, written after the values. */
  formulasR1C1?: readonly string[];
}

export interface AppendOptions {
  /** The table's name, for a refusal. */
  table: string;
  /** Bytes already queued in the current request (the caller's own operations ride with the first rows). */
  pending?: PendingRequest;
  budget?: number;
  supports?: SupportsSet;
  /** Queues more writes after the last rows, in their batch (so they run only if the append did). */
  then?: () => void;
}

export type AppendOutcome = { ok: true } | WorkbookRefusal;

/** The rows `from`–`to` of the new rows laid out by a table's column ids, left to right; `other` goes in the columns not ours. */
function layout(
  ids: readonly number[],
  columns: readonly AppendColumn[],
  from: number,
  to: number,
  other: '' | null = null,
) {
  const at = (id: number): number => ids.indexOf(id);
  const rows = Array.from({ length: to - from }, (_, r) => r + from);
  const byPosition = ids.map((id) => columns.find((c) => c.id === id));
  return {
    formats: rows.map(() => byPosition.map((c) => c?.format ?? null)),
    values: rows.map((r) => byPosition.map((c): CellInput => (c ? (c.values?.[r] ?? null) : other))),
    formulas: columns
      .filter((c) => c.formulasR1C1 && at(c.id) >= 0)
      .map((c) => ({ at: at(c.id), formulas: rows.map((r) => [c.formulasR1C1?.[r] ?? '']) })),
  };
}

/** Row counts per request: each piece fits the budget with what is already queued. */
function pieces(count: number, columns: readonly AppendColumn[], budget: number, pending: number): number[] {
  const out: number[] = [];
  let used = pending;
  let rows = 0;
  for (let r = 0; r < count; r += 1) {
    const bytes = columns.reduce(
      (n, c) =>
        n +
        payloadBytes(c.values?.[r] ?? null) +
        payloadBytes(c.formulasR1C1?.[r] ?? null) +
        payloadBytes(c.format) +
        3,
      0,
    );
    if (rows > 0 && used + bytes > budget) {
      out.push(rows);
      used = unmeasuredAllowance(budget);
      rows = 0;
    }
    used += bytes;
    rows += 1;
  }
  if (rows > 0) out.push(rows);
  return out;
}

/**
 * Appends `count` rows; `ids` is the table's column ids as last read (the layout), `columns` the new cells by id.
 * Syncs once per piece under the budget (the caller's queued operations go with the first), plus one to repair.
 * @example
 * await appendRows(context, table, [1, 2, 3], 1, [{ id: 1, format: '@', values: ['甲'] }], { table: 'ProgressLog' }) // { ok: true }
 */
export async function appendRows(
  context: Excel.RequestContext,
  table: Excel.Table,
  ids: readonly number[],
  count: number,
  columns: readonly AppendColumn[],
  options: AppendOptions,
): Promise<AppendOutcome> {
  const budget = options.budget ?? SYNC_BUDGET_BYTES;
  let from = 0;
  let layoutIds = ids;
  const sizes = pieces(count, columns, budget, options.pending?.bytes ?? 0);
  for (const [i, size] of sizes.entries()) {
    const done = await appendPiece(context, table, layoutIds, columns, from, from + size, {
      ...options,
      then: i === sizes.length - 1 ? options.then : undefined,
    });
    if (!done.ok) return done;
    layoutIds = done.ids;
    from += size;
  }
  if (options.pending) options.pending.bytes = unmeasuredAllowance(budget);
  return { ok: true };
}

/** One piece: insert, write, read back; then the repairs. */
async function appendPiece(
  context: Excel.RequestContext,
  table: Excel.Table,
  ids: readonly number[],
  columns: readonly AppendColumn[],
  from: number,
  to: number,
  options: Omit<AppendOptions, 'then'> & { then: (() => void) | undefined },
): Promise<{ ok: true; ids: readonly number[] } | WorkbookRefusal> {
  const count = to - from;
  const block = layout(ids, columns, from, to);
  // Resolved when the batch runs: below the table as it is then, whatever a co-author appended or sorted before.
  const target = table.getDataBodyRange().getRowsBelow(count).insert('Down');
  target.numberFormat = block.formats;
  target.values = block.values;
  for (const f of block.formulas) target.getColumn(f.at).formulasR1C1 = f.formulas;
  options.then?.();
  target.load('rowIndex, columnIndex');
  const extent = table.getRange().load('rowIndex, rowCount');
  const now = table.columns.load('items/id');
  try {
    await context.sync();
  } catch (error) {
    return {
      ok: false,
      problem: { code: 'write-refused', params: { table: options.table, reason: excelErrorCode(error) } },
    };
  }
  const idsNow = now.items.map((c) => c.id);
  const sheet = table.worksheet;
  if (idsNow.join(',') !== ids.join(',')) {
    // A co-author moved or inserted a column between our read and this write: the same rows again, laid out by id.
    if (columns.some((c) => !idsNow.includes(c.id)))
      return { ok: false, problem: { code: 'column-gone', params: { table: options.table } } };
    // Blank in the columns not ours: the misplaced values of the first write go.
    const again = layout(idsNow, columns, from, to, '');
    const rows = sheet.getRange(boxAddress(target.rowIndex, target.columnIndex, count, idsNow.length));
    rows.numberFormat = again.formats;
    rows.values = again.values;
    for (const f of again.formulas) rows.getColumn(f.at).formulasR1C1 = f.formulas;
  }
  let repairs = idsNow.join(',') !== ids.join(',');
  const end = extent.rowIndex + extent.rowCount;
  if (end < target.rowIndex + count) {
    const address = boxAddress(target.rowIndex, target.columnIndex, count, idsNow.length);
    if (!supportsFeature(options.supports ?? SUPPORTS_ALL, 'table-resize')) {
      if (repairs) await context.sync();
      return { ok: false, problem: { code: 'table-not-expanded', params: { table: options.table, address } } };
    }
    table.resize(
      sheet.getRange(
        boxAddress(extent.rowIndex, target.columnIndex, target.rowIndex + count - extent.rowIndex, idsNow.length),
      ),
    );
    repairs = true;
  }
  if (repairs) await context.sync();
  return { ok: true, ids: idsNow };
}
