/**
 * A ledger row's version: a fingerprint of the cells users edit (状态, 进展情况, 更新日期, 填报人,
 * 延期至, 延期原因). `writeStatus` refuses to write when it differs from what the pane read.
 */
import { contentHash } from './contentHash';
import { USER_COLUMN_KEYS } from './ledgerColumns';
import type { LedgerColumnIndex } from './ledgerColumnIndex';

/**
 * The version of one body row given the table's column positions.
 * @example
 * rowVersion(['未启动', '', '', ''], index) // e.g. '5d0f3c1a'
 */
export function rowVersion(row: readonly unknown[], index: LedgerColumnIndex): string {
  const cells = USER_COLUMN_KEYS.map((key) => {
    const at = index[key];
    const value = at < 0 ? '' : row[at];
    return value === undefined || value === null ? '' : value;
  });
  return contentHash([JSON.stringify(cells)]);
}
