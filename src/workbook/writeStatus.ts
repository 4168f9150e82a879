/**
 * Writes one task's status entry: validated with the model's `StatusUpdateSchema`, only that row's 状态 / 进展情况 /
 * 更新日期 / 填报人 (and 延期至 / 延期原因 when given) written, then an entry appended to the `ProgressLog` history
 * (created on first use). Co-authoring-safe (see `rowWrites`, `appendRows`):
 * - sync 1 reads the ledger (and whether the log exists): an unknown task, a missing column, a 序号 on two rows, or a
 *   row edited since the pane read it (`expectedVersion`) are refused before anything is written;
 * - sync 2 finds the row by 序号 and writes it in one batch, reading its cells as they were just before: a co-author's
 *   edit that landed between sync 1 and sync 2 is seen there, and the row is put back (`conflict`), as it is when the
 *   序号 turns out to be on two rows now; a row deleted meanwhile fails the find before anything is written;
 * - sync 3 appends the history entry below the log (Excel expands the table); if Excel refuses it, the ledger row is
 *   put back, so a status never changes without its trace.
 * Three syncs (two more to create the log, one more for a repair); ledgers over ~2,500 rows read in more (`readLedgerTable`).
 * @requirement ExcelApi 1.9 (`Range.find`, through `rowWrites`); ExcelApi 1.7 (`freezePanes` on a new 进展记录 sheet); ExcelApi 1.4 (`getItemOrNullObject`, settings); ExcelApi 1.1 (tables)
 */
import type { StatusUpdate } from '../model';
import { parseStatusEntry } from '../ledgerLayout/parseStatusEntry';
import { appendRows } from './appendRows';
import { fromCellText, toCellText } from '../ledgerLayout/cellText';
import { queueWriteColumnIds, type StoredColumnIds } from './columnIdentity';
import { isItemNotFound } from './excelErrors';
import {
  HISTORY_COLUMNS,
  NUMBER_FORMATS,
  STATUS_HISTORY_COLUMN_COUNT,
  USER_COLUMN_KEYS,
  type LedgerColumnKey,
} from '../ledgerLayout/ledgerColumns';
import { taskNumber } from '../ledgerLayout/ledgerRowsFromValues';
import type { WorkbookProblem, WriteStatusResult } from './port';
import { statusHistoryCells, type HistoryCells } from '../ledgerLayout/historyCells';
import { historyColumnsFor, queueCreateProgressLog } from './progressLog';
import { logLayout, queueLogProbe } from './progressLogTable';
import { readLedgerTable, type LedgerTableRead } from './readLedgerTable';
import type { SupportsSet } from './requirements';
import { queueRestoreRows, queueRowWrites, type CellWrite, type RowWritten } from './rowWrites';
import { rowAfterEntry } from '../ledgerLayout/rowAfterEntry';
import { rowVersion } from '../ledgerLayout/rowVersion';
import { rowWithValues } from '../ledgerLayout/rowWithValues';
import { statusEntryTarget } from '../ledgerLayout/statusEntryTarget';
import { statusEntryValues } from '../ledgerLayout/statusEntryValues';
import { HISTORY_SHEET, HISTORY_TABLE, LEDGER_TABLE } from '../ledgerLayout/workbookNames';
import { excelErrorCode } from './workbookProblem';

export interface WriteStatusOptions {
  /** When the entry is written (ISO 8601); the caller reads the clock. */
  now: string;
  supports?: SupportsSet;
}

/** The values the entry writes, and its cells by column id. */
function entryCells(
  entry: StatusUpdate,
  ids: Readonly<Record<string, number>>,
): { cells: CellWrite[]; values: Partial<Record<LedgerColumnKey, string | number>> } {
  const values = statusEntryValues(entry);
  const cells = Object.entries(values).map(([key, value]): CellWrite => ({
    id: ids[key] as number,
    format: typeof value === 'number' ? NUMBER_FORMATS.date : NUMBER_FORMATS.text,
    value: typeof value === 'number' ? value : toCellText(value),
  }));
  return { cells, values };
}

/** A refusal as data (words at the pane's edge). */
function refused(
  code: 'invalid' | 'not-found' | 'conflict' | 'no-ledger',
  problem: WorkbookProblem,
): WriteStatusResult {
  return { ok: false, code, problem };
}

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
  const parsed = parseStatusEntry(update);
  if (!parsed.ok) return parsed;
  const { entry } = parsed;
  const history = context.workbook.tables.getItemOrNullObject(HISTORY_TABLE).load('name');
  const historySheet = context.workbook.worksheets.getItemOrNullObject(HISTORY_SHEET).load('name');
  // Sync 1: the ledger (and whether the log exists); what can be refused is refused before anything is written.
  const read = await readLedgerTable(context);
  if (!read) return refused('no-ledger', { code: 'no-ledger', params: {} });
  const ids = read.identity.resolved.ids;
  const target = statusEntryTarget(
    { ...read.rows(), values: read.values, origin: read.origin },
    no,
    entry,
    expectedVersion,
    (k) => ids[k] !== undefined,
  );
  if (!target.ok) return refused(target.code, target.problem);
  const { index } = read.rows();
  // Sync 2: the row found by 序号 and written in this batch (read as it was just before); the log's layout.
  const { cells: writes, values } = entryCells(entry, ids);
  const probe = history.isNullObject ? null : queueLogProbe(history);
  const wrote = await writeRow(context, read, no, writes);
  if (!wrote.ok) return wrote.result;
  const before = Object.fromEntries(
    USER_COLUMN_KEYS.filter((k) => ids[k] !== undefined).map((k) => [
      k,
      wrote.mine.before.get(ids[k] as number)?.value,
    ]),
  );
  const editedMeanwhile =
    expectedVersion !== undefined && rowVersion(rowWithValues(target.cells, index, before), index) !== expectedVersion;
  const twice = wrote.keys.filter((k) => taskNumber(k) === no).length > 1;
  if (editedMeanwhile || twice) {
    await putBack(context, read, wrote.rows);
    return editedMeanwhile
      ? refused('conflict', {
          code: 'row-edited',
          params: { no, status: fromCellText(before.status), reporter: fromCellText(before.reporter) },
        })
      : refused('invalid', { code: 'rows-moving', params: { table: LEDGER_TABLE, attempts: 1 } });
  }
  // Sync 3: the history entry, laid out by the log's columns (found by id, else header); the row put back if Excel refuses it.
  const logCells = statusHistoryCells(no, fromCellText(before.status).trim(), entry, options.now);
  const target3 = { history, sheetExists: !historySheet.isNullObject, probe, stored: read.identity.stored };
  const logged = await appendHistory(context, { ...target3, supports: options.supports }, logCells);
  if (!logged.ok) {
    await putBack(context, read, wrote.rows);
    return logged.result;
  }
  const after = rowWithValues(target.cells, index, values);
  return { ok: true, row: rowAfterEntry(target.row, entry, rowVersion(after, index)) };
}

type RowWrote =
  | { ok: true; mine: RowWritten; rows: RowWritten[]; keys: readonly unknown[] }
  | { ok: false; result: WriteStatusResult };

/** Sync 2: the row found by 序号 and written, read as it was just before (with the columns' ids when they changed). */
async function writeRow(
  context: Excel.RequestContext,
  read: LedgerTableRead,
  no: number,
  writes: CellWrite[],
): Promise<RowWrote> {
  const ids = read.identity.resolved.ids;
  const userIds = USER_COLUMN_KEYS.map((k) => ids[k]).filter((id): id is number => id !== undefined);
  const done = queueRowWrites(read.table, ids.no as number, [{ key: String(no), cells: writes, read: userIds }]);
  if (read.identity.resolved.changed) queueWriteColumnIds(context, read.identity.stored, LEDGER_TABLE, ids);
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error))
      return { ok: false, result: refused('not-found', { code: 'task-gone', params: { no } }) };
    return {
      ok: false,
      result: refused('invalid', {
        code: 'write-refused',
        params: { table: LEDGER_TABLE, reason: excelErrorCode(error) },
      }),
    };
  }
  const written = done();
  return { ok: true, mine: written.rows[0] as RowWritten, rows: written.rows, keys: written.keys };
}

/** The rows as they were before the write, put back. */
async function putBack(context: Excel.RequestContext, read: LedgerTableRead, rows: RowWritten[]): Promise<void> {
  queueRestoreRows(read.table, read.identity.resolved.ids.no as number, rows);
  await context.sync();
}

interface LogTarget {
  history: Excel.Table;
  sheetExists: boolean;
  probe: ReturnType<typeof queueLogProbe> | null;
  stored: StoredColumnIds;
  supports: SupportsSet | undefined;
}

/** Appends the entry to the log (creating it on first use); a refusal names why. */
async function appendHistory(
  context: Excel.RequestContext,
  target: LogTarget,
  cells: HistoryCells,
): Promise<{ ok: true } | { ok: false; result: WriteStatusResult }> {
  if (!target.probe) {
    queueCreateProgressLog(context, target.sheetExists, [cells]);
    try {
      await context.sync();
      return { ok: true };
    } catch (error) {
      return {
        ok: false,
        result: refused('invalid', {
          code: 'write-refused',
          params: { table: HISTORY_TABLE, reason: excelErrorCode(error) },
        }),
      };
    }
  }
  const layout = logLayout(target.probe, target.stored[HISTORY_TABLE]);
  const gone = HISTORY_COLUMNS.slice(0, STATUS_HISTORY_COLUMN_COUNT).find((c) => layout.at(c.key) < 0);
  if (gone)
    return {
      ok: false,
      result: refused('no-ledger', {
        code: 'columns-missing',
        params: { table: HISTORY_TABLE, columns: [gone.header], action: 'write-status' },
      }),
    };
  if (layout.resolved.changed) queueWriteColumnIds(context, target.stored, HISTORY_TABLE, layout.resolved.ids);
  const entry = { ...cells };
  // A status entry fills the first seven columns; the report columns stay empty.
  const statusIds = Object.fromEntries(
    Object.entries(layout.resolved.ids).filter(([key]) =>
      HISTORY_COLUMNS.slice(0, STATUS_HISTORY_COLUMN_COUNT).some((c) => c.key === key),
    ),
  );
  const appended = await appendRows(
    context,
    target.history,
    layout.columnIds,
    1,
    historyColumnsFor(statusIds, [entry]),
    {
      table: HISTORY_TABLE,
      ...(target.supports ? { supports: target.supports } : {}),
    },
  );
  return appended.ok ? { ok: true } : { ok: false, result: refused('invalid', appended.problem) };
}
