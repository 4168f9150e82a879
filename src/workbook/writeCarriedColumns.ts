/**
 * After `loadLedger`, the columns of an adopted table that our source columns do not hold: 进展情况 / 状态 are
 * filled where the ledger's cell is still empty, any other column (备注, 存在问题…) becomes a user column of
 * its own name, added at the table's end. Never overwrites what is in the ledger; text is written as text.
 * A separate step so loadLedger (issue 11) stays as it is. Syncs: the ledger read, then one per 4 MB written.
 * @requirement ExcelApi 1.4 (`TableColumnCollection.add` with a name)
 */
import { normalizeStatus } from '../model';
import { fromCellText, toCellText } from './cellText';
import { LEDGER_COLUMNS, LEDGER_HEADERS } from './ledgerColumns';
import { taskNumber } from './ledgerRowsFromValues';
import { readLedgerTable } from './readLedgerTable';
import { writeRanges, type CellInput, type PendingRequest } from './writeRanges';

/** One column to carry, as the pane sends it (`src/documents/carriedColumns`). */
export interface CarriedColumnInput {
  header: string;
  target: 'progress' | 'status' | 'user';
  /** [序号, text] pairs. */
  values: readonly (readonly [number, string])[];
}

export interface CarryOverResult {
  /** Cells written. */
  written: number;
  /** Cells left as they were because the ledger already held a value there. */
  kept: number;
  /** The user columns added to `TaskLedger`, by header. */
  added: string[];
}

const OURS: ReadonlySet<string> = new Set(LEDGER_COLUMNS.map((c) => c.header));

/** The ledger header a carried column goes to: ours for progress/status, else its own (suffixed when it would collide with one of ours). */
function targetHeader(column: CarriedColumnInput): string {
  if (column.target === 'progress') return LEDGER_HEADERS.progress;
  if (column.target === 'status') return LEDGER_HEADERS.status;
  return OURS.has(column.header) ? `${column.header}（原表）` : column.header;
}

/**
 * Writes the carried columns into `TaskLedger`; null when the workbook has no ledger.
 * @example await writeCarriedColumns(context, [{ header: '备注', target: 'user', values: [[1, '重点']] }]) // { written: 1, kept: 0, added: ['备注'] }
 */
export async function writeCarriedColumns(
  context: Excel.RequestContext,
  columns: readonly CarriedColumnInput[],
  /** The tasks `loadLedger` just added (`MergeSummary.added`): their 状态 is loadLedger's default 未启动, not a user's entry. */
  addedNos: readonly number[] = [],
): Promise<CarryOverResult | null> {
  const fresh = new Set(addedNos);
  const read = await readLedgerTable(context);
  if (!read) return null;
  const header = read.header.map((h) => fromCellText(h));
  const noColumn = header.indexOf(LEDGER_HEADERS.no);
  if (noColumn < 0) return { written: 0, kept: 0, added: [] };
  const sheet = read.table.worksheet;
  const added: string[] = [];
  let written = 0;
  let kept = 0;
  const writes = columns.flatMap((column) => {
    const name = targetHeader(column);
    let at = header.indexOf(name);
    if (at < 0) {
      read.table.columns.add(undefined, undefined, name);
      header.push(name);
      added.push(name);
      at = header.length - 1;
    }
    const byNo = new Map(column.values);
    const values: CellInput[][] = [];
    const formats: (string | null)[][] = [];
    for (const row of read.values) {
      const no = taskNumber(row[noColumn]);
      const carried = no === null ? undefined : byNo.get(no);
      const cell = at < row.length ? fromCellText(row[at]).trim() : '';
      const existing = column.target === 'status' && no !== null && fresh.has(no) && cell === '未启动' ? '' : cell;
      const text = carried === undefined ? null : column.target === 'status' ? normalizeStatus(carried) : carried;
      if (text === null || text === '' || existing !== '') {
        if (text && existing !== '') kept += 1;
        values.push([null]);
        formats.push([null]);
        continue;
      }
      written += 1;
      values.push([toCellText(text)]);
      formats.push(['@']);
    }
    return [{ row: read.origin.row, col: read.origin.col + at, numberFormat: formats, values }];
  });
  const pending: PendingRequest = { bytes: 0 };
  await writeRanges(context, sheet, writes, pending);
  await context.sync();
  return { written, kept, added };
}
