/**
 * The row a status entry goes to, or why the entry is refused before anything is written: a column the entry writes
 * is missing, the task is not in the ledger, its row was edited since the pane read it (`expectedVersion`), or its
 * 序号 stands on two rows. Both ports (Excel and the .xlsx file) check an entry this way.
 */
import type { StatusUpdate } from '../model';
import { fromCellText } from './cellText';
import { duplicateList, duplicateNumbers } from './duplicateNumbers';
import type { LedgerColumnIndex } from './ledgerColumnIndex';
import { LEDGER_HEADERS, type LedgerColumnKey } from './ledgerColumns';
import type { LedgerRow } from './ledgerRow';
import type { BodyOrigin } from './ledgerRowsFromValues';
import { LEDGER_TABLE } from './workbookNames';

/** The columns every entry writes; 延期至 and 延期原因 too when the entry grants an extension. */
const ENTRY_COLUMNS: readonly LedgerColumnKey[] = ['no', 'status', 'progress', 'updated', 'reporter'];
const EXTENSION_COLUMNS: readonly LedgerColumnKey[] = ['extensionDate', 'extensionReason'];

/** The ledger as the port read it. */
export interface LedgerRead {
  rows: readonly LedgerRow[];
  values: readonly (readonly unknown[])[];
  index: LedgerColumnIndex;
  positionByNo: ReadonlyMap<number, number>;
  origin: BodyOrigin;
}

export type StatusEntryRefusal =
  | {
      code: 'no-ledger';
      problem: {
        code: 'columns-missing';
        params: { table: string; columns: readonly string[]; action: 'write-status' };
      };
    }
  | { code: 'not-found'; problem: { code: 'task-gone'; params: { no: number } } }
  | { code: 'conflict'; problem: { code: 'row-edited'; params: { no: number; status: string; reporter: string } } }
  | {
      code: 'invalid';
      problem: {
        code: 'duplicate-numbers';
        params: { duplicates: readonly { no: number; rows: readonly number[] }[] };
      };
    };

export type StatusEntryTarget =
  { ok: true; position: number; row: LedgerRow; cells: readonly unknown[] } | ({ ok: false } & StatusEntryRefusal);

/**
 * Where the entry for task `no` goes, or the refusal. `known` says whether the port can still find a column (Excel:
 * by its remembered id); by default a column found by its header is enough.
 * @example statusEntryTarget(read, 9, entry, row.version) // { ok: true, position: 8, row, cells }
 */
export function statusEntryTarget(
  ledger: LedgerRead,
  no: number,
  entry: StatusUpdate,
  expectedVersion: string | undefined,
  known: (key: LedgerColumnKey) => boolean = () => true,
): StatusEntryTarget {
  const { index } = ledger;
  const columns = entry.extension ? [...ENTRY_COLUMNS, ...EXTENSION_COLUMNS] : ENTRY_COLUMNS;
  const missing = columns.find((k) => index[k] < 0 || !known(k));
  if (missing !== undefined) return missingColumn(missing);
  const position = ledger.positionByNo.get(no);
  const row = ledger.rows.find((r) => r.no === no);
  const cells = position === undefined ? undefined : ledger.values[position];
  if (position === undefined || row === undefined || cells === undefined)
    return { ok: false, code: 'not-found', problem: { code: 'task-gone', params: { no } } };
  if (expectedVersion !== undefined && expectedVersion !== row.version) {
    const [status, reporter] = [fromCellText(cells[index.status]), fromCellText(cells[index.reporter])];
    return { ok: false, code: 'conflict', problem: { code: 'row-edited', params: { no, status, reporter } } };
  }
  const rows = duplicateNumbers(ledger.values, index.no, ledger.origin).get(no);
  if (rows !== undefined)
    return {
      ok: false,
      code: 'invalid',
      problem: { code: 'duplicate-numbers', params: { duplicates: duplicateList(new Map([[no, rows]])) } },
    };
  return { ok: true, position, row, cells };
}

function missingColumn(key: LedgerColumnKey): StatusEntryTarget {
  return {
    ok: false,
    code: 'no-ledger',
    problem: {
      code: 'columns-missing',
      params: { table: LEDGER_TABLE, columns: [LEDGER_HEADERS[key]], action: 'write-status' },
    },
  };
}
