/**
 * Queues large range writes under the per-request size limit: each block is split by rows, and
 * `context.sync()` runs whenever the next piece would take the pending request over the budget.
 * @requirement ExcelApi 1.2 (`Range.formulasR1C1`; `Worksheet.getRange`, `Range.numberFormat`, `Range.values` are ExcelApi 1.1)
 */
import { boxAddress } from '../ledgerLayout/cellAddress';
import { payloadBytes, SYNC_BUDGET_BYTES, unmeasuredAllowance } from './payloadBytes';

/** A cell input: text, a number (dates are serials), or null to leave the cell as it is. */
export type CellInput = string | number | boolean | null;

/** A block of cells at a 0-based sheet position; every given array has the same shape. Set in this order: numberFormat, values, formulasR1C1. */
export interface RangeWrite {
  row: number;
  col: number;
  numberFormat?: (string | null)[][];
  values?: CellInput[][];
  formulasR1C1?: (string | null)[][];
}

/** Tracks the bytes queued since the last sync, shared by everything one operation writes. */
export interface PendingRequest {
  bytes: number;
}

function rowCount(write: RangeWrite): number {
  return write.values?.length ?? write.numberFormat?.length ?? write.formulasR1C1?.length ?? 0;
}

function colCount(write: RangeWrite): number {
  return (write.values?.[0] ?? write.numberFormat?.[0] ?? write.formulasR1C1?.[0] ?? []).length;
}

function rowBytes(write: RangeWrite, r: number): number {
  return (
    (write.numberFormat ? payloadBytes(write.numberFormat[r]) + 1 : 0) +
    (write.values ? payloadBytes(write.values[r]) + 1 : 0) +
    (write.formulasR1C1 ? payloadBytes(write.formulasR1C1[r]) + 1 : 0)
  );
}

function queue(sheet: Excel.Worksheet, write: RangeWrite, from: number, to: number): void {
  const range = sheet.getRange(boxAddress(write.row + from, write.col, to - from, colCount(write)));
  // Text format first, so text that looks like a formula or a number is stored as text.
  if (write.numberFormat) range.numberFormat = write.numberFormat.slice(from, to);
  if (write.values) range.values = write.values.slice(from, to);
  if (write.formulasR1C1) range.formulasR1C1 = write.formulasR1C1.slice(from, to);
}

/**
 * Queues the writes, syncing first whenever the next rows would take the request over the budget;
 * returns with the last piece queued (the caller's final sync sends it). A single row larger than the budget is sent alone.
 * @example
 * await writeRanges(context, sheet, [{ row: 1, col: 0, values }], pending)
 */
export async function writeRanges(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  writes: readonly RangeWrite[],
  pending: PendingRequest,
  budget: number = SYNC_BUDGET_BYTES,
): Promise<void> {
  for (const write of writes) {
    const rows = rowCount(write);
    let start = 0;
    let bytes = 0;
    for (let r = 0; r < rows; r += 1) {
      const size = rowBytes(write, r);
      if (pending.bytes + bytes + size > budget && (r > start || pending.bytes > 0)) {
        if (r > start) queue(sheet, write, start, r);
        await context.sync();
        pending.bytes = unmeasuredAllowance(budget);
        start = r;
        bytes = 0;
      }
      bytes += size;
    }
    if (rows > start) {
      queue(sheet, write, start, rows);
      pending.bytes += bytes;
    }
  }
}
