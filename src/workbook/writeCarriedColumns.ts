/**
 * After `loadLedger`, the columns of an adopted table that our source columns do not hold: 进展情况 / 状态 are
 * filled where the ledger's cell is still empty, any other column (备注, 存在问题…) becomes a user column of
 * its own name, added at the table's end. Never overwrites what is in the ledger; text is written as text.
 * A separate step so loadLedger (issue 11) stays as it is. Syncs: the ledger read, one per thousand rows written (new
 * columns added in the first), one more to put back a cell a co-author filled meanwhile.
 * @requirement ExcelApi 1.9 (`Range.find`, through `rowWrites`); ExcelApi 1.4 (`TableColumnCollection.add` with a name)
 */
import type { CarriedColumnInput, CarryOverResult } from './port';
import { normalizeStatus } from '../model';
import { fromCellText, toCellText } from '../ledgerLayout/cellText';
import { isItemNotFound } from './excelErrors';
import { LEDGER_COLUMNS, LEDGER_HEADERS } from '../ledgerLayout/ledgerColumns';
import { taskNumber } from '../ledgerLayout/ledgerRowsFromValues';
import { readLedgerTable } from './readLedgerTable';
import { queueRestoreRows, queueRowWrites, type CellWrite, type RowWrite, type RowWritten } from './rowWrites';

const OURS: ReadonlySet<string> = new Set(LEDGER_COLUMNS.map((c) => c.header));

/** The ledger header a carried column goes to: ours for progress/status, else its own (suffixed when it would collide with one of ours). */
function targetHeader(column: CarriedColumnInput): string {
  if (column.target === 'progress') return LEDGER_HEADERS.progress;
  if (column.target === 'status') return LEDGER_HEADERS.status;
  return OURS.has(column.header) ? `${column.header}（原表）` : column.header;
}

/** Rows written per batch: each is a find and a few cells, far under the request limit. */
const ROWS_PER_BATCH = 1000;

/**
 * Writes the carried columns into `TaskLedger`; null when the workbook has no ledger.
 * Co-authoring-safe: each row is found by 序号 and each column by id in the batch that writes (`rowWrites`), which
 * also reads the cells as they were just before: a cell a co-author filled after the read is put back (counted kept).
 * @example await writeCarriedColumns(context, [{ header: '备注', target: 'user', values: [[1, '重点']] }]) // { written: 1, kept: 0, added: ['备注'] }
 */
export async function writeCarriedColumns(
  context: Excel.RequestContext,
  columns: readonly CarriedColumnInput[],
  /** The tasks `loadLedger` just added (`MergeSummary.added`): their 状态 is loadLedger's default 未启动, not a user's entry. */
  addedNos: readonly number[] = [],
  attempt = 1,
): Promise<CarryOverResult | null> {
  const fresh = new Set(addedNos);
  const read = await readLedgerTable(context);
  if (!read) return null;
  const header = read.header.map((h) => fromCellText(h));
  const noColumn = header.indexOf(LEDGER_HEADERS.no);
  const noId = read.identity.resolved.ids.no;
  if (noColumn < 0 || noId === undefined) return { written: 0, kept: 0, added: [] };
  const targets = columns.map((c) => ({ column: c, name: targetHeader(c), at: header.indexOf(targetHeader(c)) }));
  const added = [...new Set(targets.filter((t) => t.at < 0).map((t) => t.name))];
  // A column added here is named in the same batch (its id is not known yet); ours by the id they had when read.
  for (const name of added) read.table.columns.add(undefined, undefined, name);
  const idOf = (name: string): number | string =>
    added.includes(name) ? name : (read.columnIds[header.indexOf(name)] as number);
  const writes = new Map<number, CellWrite[]>();
  let kept = 0;
  for (const { column, name, at } of targets) {
    const byNo = new Map(column.values);
    for (const row of read.values) {
      const no = taskNumber(row[noColumn]);
      const carried = no === null ? undefined : byNo.get(no);
      if (no === null || carried === undefined) continue;
      const cell = at >= 0 && at < row.length ? fromCellText(row[at]).trim() : '';
      const existing = column.target === 'status' && fresh.has(no) && cell === '未启动' ? '' : cell;
      const text = column.target === 'status' ? normalizeStatus(carried) : carried;
      if (text === null || text === '') continue;
      if (existing !== '') {
        kept += 1;
        continue;
      }
      writes.set(no, [...(writes.get(no) ?? []), { id: idOf(name), format: '@', value: toCellText(text) }]);
    }
  }
  const rows = [...writes].map(([no, cells]): RowWrite => ({ key: String(no), cells }));
  let written = 0;
  for (let from = 0; from < rows.length; from += ROWS_PER_BATCH) {
    const done = queueRowWrites(read.table, noId, rows.slice(from, from + ROWS_PER_BATCH));
    try {
      await context.sync();
    } catch (error) {
      // A task deleted meanwhile fails the batch before it writes: once more, from a fresh read.
      if (isItemNotFound(error) && attempt < 2) return writeCarriedColumns(context, columns, addedNos, attempt + 1);
      throw error;
    }
    const result = putBackFilled(read.table, noId, done().rows, fresh);
    written += result.written;
    kept += result.kept;
    if (result.kept > 0) await context.sync();
  }
  if (rows.length === 0 && added.length > 0) await context.sync();
  return { written, kept, added };
}

/** Cells a co-author filled between the read and the write are put back (queued); returns what stayed written and what was kept. */
function putBackFilled(
  table: Excel.Table,
  noId: number,
  rows: readonly RowWritten[],
  fresh: ReadonlySet<number>,
): { written: number; kept: number } {
  let written = 0;
  const restore: RowWritten[] = [];
  for (const row of rows) {
    const filled = [...row.before].filter(([, b]) => {
      const text = fromCellText(b.value).trim();
      return text !== '' && !(fresh.has(Number(row.key)) && text === '未启动');
    });
    written += row.before.size - filled.length;
    if (filled.length > 0) restore.push({ ...row, before: new Map(filled) });
  }
  queueRestoreRows(table, noId, restore);
  return { written, kept: restore.reduce((n, r) => n + r.before.size, 0) };
}
