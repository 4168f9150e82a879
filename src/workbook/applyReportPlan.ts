/**
 * Applies a reporting-round plan (`planApply` of `src/reports`) to the workbook: the ledger's
 * 状态 / 进展情况 / 更新日期 / 填报人 for the planned changes (rows found by 序号, never by position),
 * every new answer appended to `ProgressLog` in one append with its 填报单位, 填报轮次 and 答复编号,
 * and the answering agencies recorded in the round's 已报送单位. Answers whose 答复编号 is already in
 * `ProgressLog` are skipped, and so is a change whose answer is, so applying the same plan again writes nothing.
 * An older seven-column log gets the three new columns at its end. Three syncs: probe + ledger read
 * (ledgers over ~2,500 rows read in more, see `readLedgerTable`), log and rounds read, all writes.
 * @requirement ExcelApi 1.4 (`getItemOrNullObject`, `TableColumnCollection.add` with a name); ExcelApi 1.1 (tables, `Range.getCell`, `TableRowCollection.add`)
 */
import { toExcelSerial } from '../model';
import type { ApplyPlan } from '../reports';
import { recordAnswered, roundFromRow, roundToRow } from '../reports/roundTable';
import { fromCellText, toCellText } from './cellText';
import { LEDGER_HEADERS, NUMBER_FORMATS, type LedgerColumnKey } from './ledgerColumns';
import type { ApplyReportResult } from './port';
import { historyRowsFor, missingHistoryHeaders, queueCreateProgressLog, type HistoryCells } from './progressLog';
import { answerIdsFromValues } from './readAppliedAnswerIds';
import { readLedgerTable } from './readLedgerTable';
import { roundColumnIndex, type RoundCell } from './roundsTable';
import { HISTORY_SHEET, HISTORY_TABLE, ROUND_TABLE } from './workbookNames';

export interface ApplyReportOptions {
  /** When the entries are written (ISO 8601); the caller reads the clock. */
  now: string;
}

const REQUIRED: readonly LedgerColumnKey[] = ['status', 'progress', 'updated', 'reporter'];

/**
 * Applies `plan`; the only error is a workbook without a usable ledger.
 * @example
 * await applyReportPlan(context, planApply(results, rows, await readAppliedAnswerIds(context), { receivedOn }), { now }) // { ok: true, applied: 86, skipped: 0, … }
 */
export async function applyReportPlan(context: Excel.RequestContext, plan: ApplyPlan, options: ApplyReportOptions): Promise<ApplyReportResult> {
  const history = context.workbook.tables.getItemOrNullObject(HISTORY_TABLE);
  history.load('name');
  const historySheet = context.workbook.worksheets.getItemOrNullObject(HISTORY_SHEET);
  historySheet.load('name');
  const rounds = context.workbook.tables.getItemOrNullObject(ROUND_TABLE);
  rounds.load('name');
  const read = await readLedgerTable(context);
  if (!read) return { ok: false, code: 'no-ledger', message: '工作簿中没有任务台账（TaskLedger），请先载入任务表' };
  const { index, positionByNo } = read.rows();
  const missingColumn = REQUIRED.find((k) => index[k] < 0);
  if (missingColumn !== undefined) {
    return { ok: false, code: 'no-ledger', message: `任务台账缺少“${LEDGER_HEADERS[missingColumn]}”列，无法写入填报结果` };
  }

  // Ranges of a table are reachable only once the table is known to exist: a second read.
  const log = history.isNullObject ? null : { header: history.getHeaderRowRange().load('values'), body: history.getDataBodyRange().load('values') };
  const roundTable = rounds.isNullObject ? null : { header: rounds.getHeaderRowRange().load('values'), body: rounds.getDataBodyRange().load('values') };
  if (log || roundTable) await context.sync();
  const logHeader: unknown[] = log ? [...((log.header.values[0] ?? []) as unknown[])] : [];
  const applied = log ? answerIdsFromValues(logHeader, log.body.values) : new Set<string>();

  const fresh = plan.history.filter((h) => {
    if (applied.has(h.answerId)) return false;
    applied.add(h.answerId);
    return true;
  });
  const freshIds = new Set(fresh.map((h) => h.answerId));
  let writes = 0;

  // History first: a batch that fails part-way keeps what ran before the failure, so the ledger is never written without its trace.
  if (fresh.length > 0) {
    const entries: HistoryCells[] = fresh.map((h) => ({
      time: options.now,
      no: h.no,
      previousStatus: h.previousStatus,
      status: h.status,
      note: h.note,
      date: toExcelSerial(h.date),
      by: h.by,
      agency: h.agency,
      round: h.roundName,
      answerId: h.answerId,
    }));
    if (!log) {
      queueCreateProgressLog(context, !historySheet.isNullObject, entries);
    } else {
      const missing = missingHistoryHeaders(logHeader);
      missing.forEach((header) => history.columns.add(undefined, undefined, header));
      const header = [...logHeader, ...missing];
      const rows = historyRowsFor(header, entries);
      // Blank rows first, then formats before values: text such as `=x` must stay text.
      // `rows.add` returns the top added row: its range is one row, resized to all of them.
      const added = history.rows.add(undefined, entries.map(() => header.map(() => ''))).getRange().getResizedRange(entries.length - 1, 0);
      added.numberFormat = rows.formats;
      added.values = rows.values;
    }
    writes += 1;
  }

  const updated: number[] = [];
  const notFound: number[] = [];
  for (const change of plan.changes) {
    if (!freshIds.has(change.source.answerId)) continue;
    const position = positionByNo.get(change.no);
    if (position === undefined) {
      notFound.push(change.no);
      continue;
    }
    const write = (key: LedgerColumnKey, value: string | number): void => {
      const cell = read.body.getCell(position, index[key]);
      cell.numberFormat = [[typeof value === 'number' ? NUMBER_FORMATS.date : NUMBER_FORMATS.text]];
      cell.values = [[typeof value === 'number' ? value : toCellText(value)]];
      writes += 1;
    };
    write('status', change.newStatus);
    write('progress', change.progress);
    write('updated', toExcelSerial(change.date));
    write('reporter', change.by);
    updated.push(change.no);
  }

  if (roundTable) {
    const at = roundColumnIndex(roundTable.header.values[0] ?? []);
    const listAt = at[4] ?? -1;
    const idAt = at[0] ?? -1;
    const body = roundTable.body.values as unknown[][];
    for (const roundId of new Set(plan.answered.map((a) => a.roundId))) {
      const position = body.findIndex((r) => idAt >= 0 && fromCellText(r[idAt]).trim() === roundId);
      const cells = body[position];
      if (cells === undefined || listAt < 0) continue;
      const row = roundFromRow(at.map((i): RoundCell => (i < 0 ? '' : typeof cells[i] === 'number' ? cells[i] : fromCellText(cells[i]))));
      if (!row.ok) continue;
      const list = roundToRow(row.round, recordAnswered(row.answered, roundId, plan.answered))[4] ?? '';
      if (list === fromCellText(cells[listAt]).trim()) continue;
      const cell = roundTable.body.getCell(position, listAt);
      cell.numberFormat = [['@']];
      cell.values = [[toCellText(list)]];
      writes += 1;
    }
  }

  if (writes > 0) await context.sync();
  return { ok: true, applied: fresh.length, skipped: plan.skipped.length + plan.history.length - fresh.length, updated, notFound };
}
