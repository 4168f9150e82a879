/**
 * Where each ledger column is in the table as it is now: users may move, insert or delete columns,
 * so every operation finds columns by header text, never by position.
 */
import { LEDGER_COLUMNS, type LedgerColumnKey } from './ledgerColumns';

/** 0-based position of each ledger column in the table, or -1 when the header is not there. */
export type LedgerColumnIndex = Readonly<Record<LedgerColumnKey, number>>;

/**
 * Finds each ledger column in a header row (trimmed text match; the first match wins).
 * @example
 * ledgerColumnIndex(['序号', '备注', '工作任务']).text // 2
 */
export function ledgerColumnIndex(header: readonly unknown[]): LedgerColumnIndex {
  const names = header.map((h) => (typeof h === 'string' ? h.trim() : String(h)));
  const index = {} as Record<LedgerColumnKey, number>; // filled for every key just below
  for (const column of LEDGER_COLUMNS) index[column.key] = names.indexOf(column.header);
  return index;
}
