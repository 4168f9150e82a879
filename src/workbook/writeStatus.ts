/**
 * Writes one task's status entry: validated with the model's `StatusUpdateSchema`, the row found by
 * 序号 (never by position), only that row's 状态 / 进展情况 / 更新日期 / 填报人 (and 延期至 / 延期原因 when
 * given) written, and an entry appended to the `ProgressLog` history (created on first use).
 * A row edited since the pane read it (its version differs) is not overwritten: `conflict`.
 * A 序号 on two rows is refused (naming the rows). The entry is appended below `ProgressLog` and the table resized
 * (no `TableRowCollection.add`: see `appendRows`), laid out by the log's columns found by identity.
 * Three syncs: the ledger read (ledgers over ~2,500 rows read in more, see `readLedgerTable`), the log's layout, the
 * write; two on the first entry (the log is created).
 * @requirement ExcelApi 1.13 (`Table.resize`, through `appendRows`); ExcelApi 1.7 (`freezePanes` on a new 进展记录 sheet); ExcelApi 1.4 (`getItemOrNullObject`, settings); ExcelApi 1.1 (tables, `Range.getCell`)
 */
import { StatusUpdateSchema, toExcelSerial, type StatusUpdate } from '../model';
import { fromCellText, toCellText } from './cellText';
import { appendRows, probeRowsBelow, rowsBelowTakenMessage } from './appendRows';
import { queueWriteColumnIds } from './columnIdentity';
import { duplicateMessage, duplicateNumbers } from './duplicateNumbers';
import { HISTORY_COLUMNS, LEDGER_HEADERS, NUMBER_FORMATS, STATUS_HISTORY_COLUMN_COUNT, type LedgerColumnKey } from './ledgerColumns';
import type { WriteStatusResult } from './port';
import { historyRowsFor, queueCreateProgressLog, type HistoryCells } from './progressLog';
import { logLayout, queueLogProbe, type LogLayout } from './progressLogTable';
import { readLedgerTable } from './readLedgerTable';
import { rowVersion } from './rowVersion';
import { HISTORY_SHEET, HISTORY_TABLE, LEDGER_TABLE } from './workbookNames';

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

  const duplicates = duplicateNumbers(read.values, index.no, read.origin);
  if (duplicates.has(no)) return { ok: false, code: 'invalid', message: duplicateMessage(new Map([[no, duplicates.get(no) ?? []]])) };

  // An existing log: its position, its columns by identity, and whether the row below it is free (a second read).
  const stored = read.identity.stored;
  let log: { layout: LogLayout; sheet: Excel.Worksheet } | null = null;
  if (!history.isNullObject) {
    const probe = queueLogProbe(history);
    const below = probeRowsBelow(history, 1);
    const sheet = history.worksheet;
    await context.sync();
    const layout = logLayout(probe, stored[HISTORY_TABLE]);
    const gone = HISTORY_COLUMNS.slice(0, STATUS_HISTORY_COLUMN_COUNT).find((c) => layout.at(c.key) < 0);
    if (gone) return { ok: false, code: 'no-ledger', message: `进展记录（ProgressLog）缺少“${gone.header}”列，无法记录本次填报；请恢复该列后重试。` };
    if (!below.isNullObject) return { ok: false, code: 'invalid', message: rowsBelowTakenMessage('进展记录表', below) };
    log = { layout, sheet };
  }

  const dateSerial = toExcelSerial(entry.date);
  // The history entry is queued before the ledger cells: a batch that fails part-way keeps what ran before the
  // failure, so a failed append (a protected log, a taken sheet name) must not leave the row overwritten without a trace.
  const previous = fromCellText(cells[index.status]).trim();
  const logCells: HistoryCells = { time: options.now, no, previousStatus: previous, status: entry.status, note: entry.note, date: dateSerial, by: entry.by, agency: '', round: '', answerId: '' };
  if (!log) {
    queueCreateProgressLog(context, !historySheet.isNullObject, [logCells]);
  } else {
    // Laid out by the log's own columns (found by id, else header): report columns stay empty, a user's column untouched.
    const rowsOut = historyRowsFor(log.layout.header, [{ ...logCells }]);
    await appendRows(context, history, log.sheet, log.layout.box, 1, { numberFormat: rowsOut.formats, values: rowsOut.values }, { bytes: 0 });
    if (log.layout.resolved.changed) queueWriteColumnIds(context, stored, HISTORY_TABLE, log.layout.resolved.ids);
  }
  if (read.identity.resolved.changed) queueWriteColumnIds(context, { ...stored, ...(log ? { [HISTORY_TABLE]: log.layout.resolved.ids } : {}) }, LEDGER_TABLE, read.identity.resolved.ids);

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
