/**
 * Applies a reporting-round plan (`planApply` of `src/reports`) to the workbook: the ledger's
 * 状态 / 进展情况 / 更新日期 / 填报人 for the planned changes (rows found by 序号 when writing, never by a
 * position read earlier), every new answer appended to `ProgressLog` with its 填报单位, 填报轮次 and 答复编号,
 * and the answering agencies recorded in the round's 已报送单位. Refuses instead of guessing:
 * - a 序号 on two ledger rows stops the whole apply, naming the rows;
 * - a row edited since the preview (状态 or 进展情况 differ from what the plan saw) is a conflict, not overwritten;
 * - an answer dated before the row's 更新日期 is flagged stale, not applied;
 * (neither is recorded in the log, so the next preview offers it again) and answers whose 答复编号 is already in the
 * log (found by column identity, whatever its header says now) are skipped, so applying the same plan twice writes nothing.
 * The log grows below its table and is resized (no `TableRowCollection.add`, see `appendRows`); the 答复编号
 * column is read in chunks under the 5 MB response limit. An older seven-column log gets the three new columns at its end.
 * Syncs: ledger read + probes, log layout + rounds read, the 答复编号 chunks (1 up to ~10,000 entries), the writes.
 * @requirement ExcelApi 1.13 (`Table.resize`, through `appendRows`); ExcelApi 1.4 (`getItemOrNullObject`, `TableColumnCollection.add` with a name, settings); ExcelApi 1.1 (tables, `Range.getCell`)
 */
import { fromExcelSerial, normalizeStatus, toExcelSerial } from '../model';
import type { ApplyPlan } from '../reports';
import { recordAnswered, roundFromRow, roundToRow } from '../reports/roundTable';
import { appendRows, probeRowsBelow, rowsBelowTakenMessage } from './appendRows';
import { fromCellText, toCellText } from './cellText';
import { queueWriteColumnIds } from './columnIdentity';
import { duplicateMessage, duplicateNumbers } from './duplicateNumbers';
import { LEDGER_HEADERS, NUMBER_FORMATS, type LedgerColumnKey } from './ledgerColumns';
import { SYNC_BUDGET_BYTES, unmeasuredAllowance } from './payloadBytes';
import type { ApplyReportResult } from './port';
import { historyRowsFor, missingHistoryHeaders, queueCreateProgressLog, type HistoryCells } from './progressLog';
import { logLayout, queueLogProbe, readLogColumns } from './progressLogTable';
import { readLedgerTable } from './readLedgerTable';
import { roundColumnIndex, type RoundCell } from './roundsTable';
import { HISTORY_SHEET, HISTORY_TABLE, LEDGER_TABLE, ROUND_TABLE } from './workbookNames';

export interface ApplyReportOptions {
  /** When the entries are written (ISO 8601); the caller reads the clock. */
  now: string;
  /** Bytes per request or response before syncing (tests lower it); default 4 MB. */
  budget?: number;
}

const REQUIRED: readonly LedgerColumnKey[] = ['status', 'progress', 'updated', 'reporter'];

/**
 * Applies `plan`; errors are a workbook without a usable ledger, duplicated 序号, or cells below the log taken.
 * @example
 * await applyReportPlan(context, planApply(results, rows, await readAppliedAnswerIds(context), { receivedOn }), { now }) // { ok: true, applied: 86, skipped: 0, … }
 */
export async function applyReportPlan(context: Excel.RequestContext, plan: ApplyPlan, options: ApplyReportOptions): Promise<ApplyReportResult> {
  const budget = options.budget ?? SYNC_BUDGET_BYTES;
  const history = context.workbook.tables.getItemOrNullObject(HISTORY_TABLE);
  history.load('name');
  const historySheet = context.workbook.worksheets.getItemOrNullObject(HISTORY_SHEET);
  historySheet.load('name');
  const rounds = context.workbook.tables.getItemOrNullObject(ROUND_TABLE);
  rounds.load('name');
  const read = await readLedgerTable(context, budget);
  if (!read) return { ok: false, code: 'no-ledger', message: '工作簿中没有任务台账（TaskLedger），请先载入任务表' };
  const { index } = read.rows();
  const missingColumn = REQUIRED.find((k) => index[k] < 0);
  if (missingColumn !== undefined) {
    return { ok: false, code: 'no-ledger', message: `任务台账缺少“${LEDGER_HEADERS[missingColumn]}”列，无法写入填报结果` };
  }
  const duplicates = duplicateNumbers(read.values, index.no, read.origin);
  if (duplicates.size > 0) return { ok: false, code: 'invalid', message: duplicateMessage(duplicates) };
  const positionByNo = read.rows().positionByNo;

  // Ranges of a table are reachable only once the table is known to exist: a second read.
  const stored = read.identity.stored;
  const probe = history.isNullObject ? null : queueLogProbe(history);
  const below = history.isNullObject ? null : probeRowsBelow(history, Math.max(1, plan.history.length));
  const logSheet = history.isNullObject ? null : history.worksheet;
  const roundTable = rounds.isNullObject ? null : { header: rounds.getHeaderRowRange().load('values'), body: rounds.getDataBodyRange().load('values') };
  if (probe || roundTable) await context.sync();
  const layout = probe ? logLayout(probe, stored[HISTORY_TABLE]) : null;
  if (layout && layout.resolved.missing.length > 0) {
    return { ok: false, code: 'invalid', message: `进展记录（ProgressLog）中加载项记录的列已不存在（${layout.resolved.missing.join('、')}），无法判断哪些答复已记录；请恢复该列后重试。` };
  }
  const applied = new Set<string>();
  if (layout && logSheet && layout.at('answerId') >= 0) {
    const [ids = []] = await readLogColumns(context, logSheet, layout.box, [layout.at('answerId')], budget);
    for (const id of ids) if (fromCellText(id).trim() !== '') applied.add(fromCellText(id).trim());
  }

  // Conflicts and stale answers, checked against the ledger as it is now.
  const conflicts: { no: number; message: string }[] = [];
  const stale: { no: number; message: string }[] = [];
  const held = new Set<string>();
  for (const change of plan.changes) {
    if (applied.has(change.source.answerId)) continue;
    const cells = read.values[positionByNo.get(change.no) ?? -1];
    if (!cells) continue;
    const status = normalizeStatus(fromCellText(cells[index.status])) ?? '未启动';
    const progress = fromCellText(cells[index.progress]);
    if (status !== change.oldStatus || progress !== change.oldProgress) {
      conflicts.push({ no: change.no, message: `第${change.no}项在预览后已被修改（现状态“${status}”），未应用；请重新预览后再应用。` });
      held.add(change.source.answerId);
      continue;
    }
    const updated = cells[index.updated];
    if (typeof updated === 'number' && toExcelSerial(change.date) < updated) {
      stale.push({ no: change.no, message: `第${change.no}项的答复日期 ${change.date} 早于台账中最近一次填报（${fromExcelSerial(updated) ?? updated}），未应用，请核实。` });
      held.add(change.source.answerId);
    }
  }

  const fresh = plan.history.filter((h) => {
    if (applied.has(h.answerId) || held.has(h.answerId)) return false;
    applied.add(h.answerId);
    return true;
  });
  const freshIds = new Set(fresh.map((h) => h.answerId));
  if (fresh.length > 0 && below && !below.isNullObject) return { ok: false, code: 'invalid', message: rowsBelowTakenMessage('进展记录表', below) };
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
    if (!layout || !logSheet) {
      queueCreateProgressLog(context, !historySheet.isNullObject, entries);
    } else {
      const missing = missingHistoryHeaders(layout.header);
      missing.forEach((header) => history.columns.add(undefined, undefined, header));
      const header = [...layout.header, ...missing];
      const rows = historyRowsFor(header, entries);
      const box = { ...layout.box, colCount: header.length };
      await appendRows(context, history, logSheet, box, entries.length, { numberFormat: rows.formats, values: rows.values }, { bytes: unmeasuredAllowance(budget) }, budget);
      if (layout.resolved.changed) queueWriteColumnIds(context, stored, HISTORY_TABLE, layout.resolved.ids);
    }
    writes += 1;
  }
  if (read.identity.resolved.changed) {
    queueWriteColumnIds(context, { ...stored, ...(layout ? { [HISTORY_TABLE]: layout.resolved.ids } : {}) }, LEDGER_TABLE, read.identity.resolved.ids);
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
    const answered = plan.answered.filter((a) => fresh.some((h) => h.agency === a.agency && h.roundId === a.roundId));
    for (const roundId of new Set(answered.map((a) => a.roundId))) {
      const position = body.findIndex((r) => idAt >= 0 && fromCellText(r[idAt]).trim() === roundId);
      const cells = body[position];
      if (cells === undefined || listAt < 0) continue;
      const row = roundFromRow(at.map((i): RoundCell => (i < 0 ? '' : typeof cells[i] === 'number' ? cells[i] : fromCellText(cells[i]))));
      if (!row.ok) continue;
      const list = roundToRow(row.round, recordAnswered(row.answered, roundId, answered))[4] ?? '';
      if (list === fromCellText(cells[listAt]).trim()) continue;
      const cell = roundTable.body.getCell(position, listAt);
      cell.numberFormat = [['@']];
      cell.values = [[toCellText(list)]];
      writes += 1;
    }
  }

  if (writes > 0) await context.sync();
  return {
    ok: true,
    applied: fresh.length,
    skipped: plan.skipped.length + plan.history.length - fresh.length,
    updated,
    notFound,
    ...(conflicts.length > 0 ? { conflicts } : {}),
    ...(stale.length > 0 ? { stale } : {}),
  };
}
