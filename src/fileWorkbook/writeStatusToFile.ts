/**
 * A status entry on the file: the task's row found by 序号, its user cells written (状态, 进展情况, 更新日期,
 * 填报人, and 延期至 / 延期原因 when given), then one row appended to `ProgressLog` (the table grows by one row; a
 * blank placeholder row of a new log is filled instead). Refusals as the Excel port returns them.
 */
import { StatusUpdateSchema, toExcelSerial, type StatusUpdate } from '../model';
import { fromCellText } from '../ledgerLayout/cellText';
import { historyRowsFor } from '../ledgerLayout/historyCells';
import { ledgerColumnIndex } from '../ledgerLayout/ledgerColumnIndex';
import type { LedgerColumnKey } from '../ledgerLayout/ledgerColumns';
import { ledgerRowsFromValues } from '../ledgerLayout/ledgerRowsFromValues';
import { rowAfterEntry } from '../ledgerLayout/rowAfterEntry';
import { rowVersion } from '../ledgerLayout/rowVersion';
import { HISTORY_TABLE, LEDGER_TABLE } from '../ledgerLayout/workbookNames';
import type { WriteStatusResult } from '../workbook/port';
import type { LedgerFile, TableBlock } from './ledgerFile';
import type { CellValue } from './sheetXml';

function userValues(entry: StatusUpdate): Partial<Record<LedgerColumnKey, string | number>> {
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

/** Appends one row of values (by the log's header) below the log, or into its blank placeholder row. */
async function appendLogRow(
  file: LedgerFile,
  log: TableBlock,
  header: readonly CellValue[],
  body: readonly (readonly CellValue[])[],
  cells: Parameters<typeof historyRowsFor>[1][number],
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
  const parsed = StatusUpdateSchema.safeParse(update);
  if (!parsed.success)
    return {
      ok: false,
      code: 'invalid',
      problem: { code: 'update-invalid', params: { fields: parsed.error.issues.map((i) => i.path.join('.')) } },
    };
  const entry = parsed.data;
  const ledger = await file.tableValues(LEDGER_TABLE);
  const log = await file.tableValues(HISTORY_TABLE);
  if (!ledger) return { ok: false, code: 'no-ledger', problem: { code: 'no-ledger', params: {} } };
  if (!log) return { ok: false, code: 'no-ledger', problem: { code: 'column-gone', params: { table: HISTORY_TABLE } } };
  const index = ledgerColumnIndex(ledger.header);
  const read = ledgerRowsFromValues(ledger.header, ledger.body, { row: ledger.block.row + 1, col: ledger.block.col });
  const position = read.positionByNo.get(no);
  const row = read.rows.find((r) => r.no === no);
  const cells = position === undefined ? undefined : ledger.body[position];
  if (position === undefined || row === undefined || cells === undefined)
    return { ok: false, code: 'not-found', problem: { code: 'task-gone', params: { no } } };
  if (expectedVersion !== undefined && expectedVersion !== row.version)
    return {
      ok: false,
      code: 'conflict',
      problem: { code: 'row-edited', params: { no, status: row.status, reporter: row.reporter } },
    };
  const values = userValues(entry);
  const sheetRow = ledger.block.row + 1 + position;
  const after = [...cells];
  for (const [key, value] of Object.entries(values) as [LedgerColumnKey, string | number][]) {
    if (index[key] < 0)
      return { ok: false, code: 'no-ledger', problem: { code: 'column-gone', params: { table: LEDGER_TABLE } } };
    ledger.block.sheet.set(sheetRow, ledger.block.col + index[key], value);
    after[index[key]] = value;
  }
  file.markWritten(ledger.block);
  const previous = fromCellText(cells[index.status]).trim();
  await appendLogRow(file, log.block, log.header, log.body, {
    time: now,
    no,
    previousStatus: previous,
    status: entry.status,
    note: entry.note,
    date: toExcelSerial(entry.date),
    by: entry.by,
    agency: '',
    round: '',
    answerId: '',
  });
  return {
    ok: true,
    row: rowAfterEntry(row, entry, rowVersion(after, index)),
  };
}
