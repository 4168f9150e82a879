/**
 * The ledger row as the pane sees it once a status entry is written: the same row with the entry's status, progress,
 * date, reporter and extension, and the version read from the row's cells after the write. Both ports (Excel and the
 * .xlsx file) answer a status write with it.
 */
import type { StatusUpdate } from '../model';
import type { LedgerRow } from './ledgerRow';

/**
 * @example rowAfterEntry(row, { status: '推进中', note: '已起草', date: '2026-11-29', by: '张三' }, 'v2').progress // '已起草'
 */
export function rowAfterEntry(row: LedgerRow, entry: StatusUpdate, version: string): LedgerRow {
  return {
    ...row,
    status: entry.status,
    progress: entry.note,
    updated: entry.date,
    reporter: entry.by,
    extension: entry.extension ?? row.extension,
    version,
  };
}
