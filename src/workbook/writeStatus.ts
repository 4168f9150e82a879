/**
 * Writes one task's status entry: validated with the model's `StatusUpdateSchema`, the row found by
 * 序号 (never by position), only that row's 状态 / 进展情况 / 更新日期 / 填报人 (and 延期至 / 延期原因 when
 * given) written, and an entry appended to the `ProgressLog` history (created on first use).
 * A row edited since the pane read it (its version differs) is not overwritten: `conflict`.
 * Two syncs: one read (ledgers over ~2,500 rows read in more, see `readLedgerTable`), one write.
 * @requirement ExcelApi 1.7 (`freezePanes` on a new 进展记录 sheet); ExcelApi 1.4 (`getItemOrNullObject`); ExcelApi 1.2 (`Range.getResizedRange`); ExcelApi 1.1 (tables, `Range.getCell`, `TableRowCollection.add`)
 */
import { StatusUpdateSchema, toExcelSerial, type StatusUpdate } from '../model';
import { fromCellText, toCellText } from './cellText';
import { LEDGER_HEADERS, NUMBER_FORMATS, STATUS_HISTORY_COLUMN_COUNT, type LedgerColumnKey } from './ledgerColumns';
import type { WriteStatusResult } from './port';
import { historyRow, queueCreateProgressLog, type HistoryCells } from './progressLog';
import { readLedgerTable } from './readLedgerTable';
import { rowVersion } from './rowVersion';
import { HISTORY_SHEET, HISTORY_TABLE } from './workbookNames';

export interface WriteStatusOptions {
  /** When the entry is written (ISO 8601); the caller reads the clock. */
  now: string;
}

const REQUIRED: readonly LedgerColumnKey[] = ['status', 'progress', 'updated', 'reporter'];

/**
 * Writes the entry for task `no`; errors come back as data (`invalid`, `not-found`, `conflict`, `no-ledger`).
 * @example
 * await writeStatus(context, 9, { status: '推进中', note: '已起草', date: '2026-11-29', by: '张三' }, row.version, { now })
 */
export async function writeStatus(
  context: Excel.RequestContext,
  no: number,
  update: StatusUpdate,
  expectedVersion: string | undefined,
  options: WriteStatusOptions,
): Promise<WriteStatusResult> {
  const parsed = StatusUpdateSchema.safeParse(update);
  if (!parsed.success) {
    return { ok: false, code: 'invalid', message: parsed.error.issues.map((i) => i.message).join('；') };
  }
  const entry = parsed.data;

  const history = context.workbook.tables.getItemOrNullObject(HISTORY_TABLE);
  history.load('name');
  const historySheet = context.workbook.worksheets.getItemOrNullObject(HISTORY_SHEET);
  historySheet.load('name');
  const read = await readLedgerTable(context);
  if (!read) return { ok: false, code: 'no-ledger', message: '工作簿中没有任务台账（TaskLedger），请先载入任务表' };

  const { rows, index, positionByNo } = read.rows();
  const missingColumn = [...REQUIRED, ...(entry.extension ? (['extensionDate', 'extensionReason'] as const) : [])].find((k) => index[k] < 0);
  if (missingColumn !== undefined) {
    return { ok: false, code: 'no-ledger', message: `任务台账缺少“${LEDGER_HEADERS[missingColumn]}”列，无法填报` };
  }
  const position = positionByNo.get(no);
  const row = rows.find((r) => r.no === no);
  const cells = position === undefined ? undefined : read.values[position];
  if (position === undefined || row === undefined || cells === undefined) {
    return { ok: false, code: 'not-found', message: `台账中没有序号为${no}的任务` };
  }
  if (expectedVersion !== undefined && expectedVersion !== row.version) {
    return {
      ok: false,
      code: 'conflict',
      message: `第${no}项在您读取后已被修改（现状态“${fromCellText(cells[index.status])}”，填报人“${fromCellText(cells[index.reporter])}”），请刷新后再填报`,
    };
  }

  const dateSerial = toExcelSerial(entry.date);
  // The history entry is queued before the ledger cells: a batch that fails part-way keeps what ran before the
  // failure, so a failed append (a filtered or protected log, a taken sheet name) must not leave the row overwritten without a trace.
  const previous = fromCellText(cells[index.status]).trim();
  const logCells: HistoryCells = { time: options.now, no, previousStatus: previous, status: entry.status, note: entry.note, date: dateSerial, by: entry.by, agency: '', round: '', answerId: '' };
  if (history.isNullObject) {
    queueCreateProgressLog(context, !historySheet.isNullObject, [logCells]);
  } else {
    // A blank row of the log's own width (an older log has 7 columns, a newer 10), then the first
    // seven cells, which every log has in this order; formats before values so `=x` stays text.
    const { values, formats } = historyRow(logCells);
    const first = history.rows.add(undefined, undefined).getRange().getCell(0, 0).getResizedRange(0, STATUS_HISTORY_COLUMN_COUNT - 1);
    first.numberFormat = [formats.slice(0, STATUS_HISTORY_COLUMN_COUNT)];
    first.values = [values.slice(0, STATUS_HISTORY_COLUMN_COUNT)];
  }

  // The row's cells as they will read back, for the new version and the returned row.
  const after: unknown[] = [...cells];
  const writeCell = (key: LedgerColumnKey, value: string | number): void => {
    const cell = read.body.getCell(position, index[key]);
    cell.numberFormat = [[typeof value === 'number' ? NUMBER_FORMATS.date : NUMBER_FORMATS.text]];
    cell.values = [[typeof value === 'number' ? value : toCellText(value)]];
    after[index[key]] = value;
  };
  writeCell('status', entry.status);
  writeCell('progress', entry.note);
  writeCell('updated', dateSerial);
  writeCell('reporter', entry.by);
  if (entry.extension) {
    writeCell('extensionDate', toExcelSerial(entry.extension.date));
    writeCell('extensionReason', entry.extension.reason);
  }

  await context.sync();

  return {
    ok: true,
    row: {
      ...row,
      status: entry.status,
      progress: entry.note,
      updated: entry.date,
      reporter: entry.by,
      extension: entry.extension ?? row.extension,
      version: rowVersion(after, index),
    },
  };
}
