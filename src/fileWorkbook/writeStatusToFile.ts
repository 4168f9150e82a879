/**
 * A status entry on the file: the task's row found by 序号, its user cells written (状态, 进展情况, 更新日期,
 * 填报人, and 延期至 / 延期原因 when given), then one row appended to `ProgressLog` (the table grows by one row; a
 * blank placeholder row of a new log is filled instead). Refusals as the Excel port returns them.
 */
import type { StatusUpdate } from '../model';
import { parseStatusEntry } from '../ledgerLayout/parseStatusEntry';
import { fromCellText } from '../ledgerLayout/cellText';
import { historyRowsFor, statusHistoryCells, type HistoryCells } from '../ledgerLayout/historyCells';
import type { LedgerColumnKey } from '../ledgerLayout/ledgerColumns';
import { ledgerRowsFromValues } from '../ledgerLayout/ledgerRowsFromValues';
import { rowAfterEntry } from '../ledgerLayout/rowAfterEntry';
import { rowVersion } from '../ledgerLayout/rowVersion';
import { rowWithValues } from '../ledgerLayout/rowWithValues';
import { statusEntryTarget } from '../ledgerLayout/statusEntryTarget';
import { statusEntryValues } from '../ledgerLayout/statusEntryValues';
import { HISTORY_TABLE, LEDGER_TABLE } from '../ledgerLayout/workbookNames';
import type { WriteStatusResult } from '../workbook/port';
import type { LedgerFile, TableBlock } from './ledgerFile';
import type { CellValue } from './sheetXml';

/** Appends one row of values (by the log's header) below the log, or into its blank placeholder row. */
async function appendLogRow(
  file: LedgerFile,
  log: TableBlock,
  header: readonly CellValue[],
  body: readonly (readonly CellValue[])[],
  cells: HistoryCells,
): Promise<void> {
  const { values } = historyRowsFor(header, [cells]);
  const placeholder = body.length === 1 && (body[0] ?? []).every((v) => v === '');
  const row = placeholder ? log.row + 1 : log.row + log.rowCount;
  const styleRow = placeholder ? log.row + 1 : log.row + log.rowCount - 1;
  (values[0] ?? []).forEach((v, k) => {
    // Text as it is (an inline string is text whatever it starts with); the quote prefix is Excel's, not the file's.
    const value = typeof v === 'string' ? fromCellText(v) : v;
    if (value !== null) log.sheet.set(row, log.col + k, value, log.sheet.style(styleRow, log.col + k));
  });
  file.markWritten(log);
  if (!placeholder) await file.growTable(HISTORY_TABLE, 1);
}

/**
 * Writes the entry for task `no` into the file (nothing is saved to disk until the page saves).
 * @example await writeStatusToFile(file, 9, { status: '推进中', note: '已起草', date: '2026-11-29', by: '张三' }, row.version, '2026-11-29T08:00:00.000Z')
 */
export async function writeStatusToFile(
  file: LedgerFile,
  no: number,
  update: StatusUpdate,
  expectedVersion: string | undefined,
  now: string,
): Promise<WriteStatusResult> {
  const parsed = parseStatusEntry(update);
  if (!parsed.ok) return parsed;
  const { entry } = parsed;
  const ledger = await file.tableValues(LEDGER_TABLE);
  const log = await file.tableValues(HISTORY_TABLE);
  if (!ledger) return { ok: false, code: 'no-ledger', problem: { code: 'no-ledger', params: {} } };
  if (!log) return { ok: false, code: 'no-ledger', problem: { code: 'column-gone', params: { table: HISTORY_TABLE } } };
  const origin = { row: ledger.block.row + 1, col: ledger.block.col };
  const read = ledgerRowsFromValues(ledger.header, ledger.body, origin);
  const target = statusEntryTarget({ ...read, values: ledger.body, origin }, no, entry, expectedVersion);
  if (!target.ok) return { ok: false, code: target.code, problem: target.problem };
  const values = statusEntryValues(entry);
  const sheetRow = ledger.block.row + 1 + target.position;
  for (const [key, value] of Object.entries(values) as [LedgerColumnKey, string | number][])
    ledger.block.sheet.set(sheetRow, ledger.block.col + read.index[key], value);
  file.markWritten(ledger.block);
  const previous = fromCellText(target.cells[read.index.status]).trim();
  await appendLogRow(file, log.block, log.header, log.body, statusHistoryCells(no, previous, entry, now));
  const after = rowWithValues(target.cells, read.index, values);
  return { ok: true, row: rowAfterEntry(target.row, entry, rowVersion(after, read.index)) };
}
