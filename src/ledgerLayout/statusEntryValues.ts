/**
 * The ledger cells a status entry writes, by column: 状态, 进展情况, 更新日期 and 填报人, and 延期至 / 延期原因 when
 * the entry grants an extension (dates as Excel serials). Both ports write these values.
 */
import { toExcelSerial, type StatusUpdate } from '../model';
import type { LedgerColumnKey } from './ledgerColumns';

/**
 * The values `entry` writes, by ledger column key.
 * @example statusEntryValues({ status: '推进中', note: '已起草', date: '2026-11-29', by: '张三' }).updated // 46355
 */
export function statusEntryValues(entry: StatusUpdate): Partial<Record<LedgerColumnKey, string | number>> {
  const values: Partial<Record<LedgerColumnKey, string | number>> = {
    status: entry.status,
    progress: entry.note,
    updated: toExcelSerial(entry.date),
    reporter: entry.by,
  };
  if (entry.extension) {
    values.extensionDate = toExcelSerial(entry.extension.date);
    values.extensionReason = entry.extension.reason;
  }
  return values;
}
