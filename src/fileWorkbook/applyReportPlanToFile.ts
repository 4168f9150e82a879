/**
 * Returned reports applied to the file by the Excel port's rules (`applyReportPlan`): a row edited since the preview
 * is a conflict and an answer older than the row's 更新日期 is stale (the same `heldBack`), neither written nor
 * recorded; answers whose 答复编号 is already in `ProgressLog` are skipped, so applying twice changes nothing. The
 * ledger's 状态 / 进展情况 / 更新日期 / 填报人 are patched, every new answer is appended to the log (made, with its sheet,
 * when the ledger has none yet), and each round's 已报送单位 records who answered (`recordAnswered`).
 */
import { toExcelSerial } from '../model';
import type { ApplyPlan } from '../reports';
import { fromCellText } from '../ledgerLayout/cellText';
import { duplicateList, duplicateNumbers } from '../ledgerLayout/duplicateNumbers';
import { HISTORY_COLUMNS, LEDGER_HEADERS, type LedgerColumnKey } from '../ledgerLayout/ledgerColumns';
import { historyFromValues } from '../ledgerLayout/historyFromValues';
import { historyRowsFor, missingHistoryHeaders, type HistoryCells } from '../ledgerLayout/historyCells';
import { ledgerColumnIndex } from '../ledgerLayout/ledgerColumnIndex';
import { taskNumber } from '../ledgerLayout/ledgerRowsFromValues';
import { recordAnswered, roundFromRow, roundToRow } from '../ledgerLayout/roundTable';
import { roundColumnIndex, type RoundCell } from '../ledgerLayout/roundsFromValues';
import { HISTORY_SHEET, HISTORY_TABLE, LEDGER_TABLE, ROUND_TABLE } from '../ledgerLayout/workbookNames';
import { heldBack } from '../workbook/applyReportPlan';
import type { ApplyReportResult, HeldAnswer } from '../workbook/port';
import { appendTableRows } from './appendTableRows';
import { FileUnsupported } from './fileRefusal';
import type { LedgerFile } from './ledgerFile';

const REQUIRED: readonly LedgerColumnKey[] = ['no', 'status', 'progress', 'updated', 'reporter'];
type Held = HeldAnswer;

/** The log's values, made (sheet and table) when missing; refused when an older log lacks the report columns. */
async function logOf(file: LedgerFile): Promise<NonNullable<Awaited<ReturnType<LedgerFile['tableValues']>>>> {
  const log = await file.tableValues(HISTORY_TABLE);
  if (log) {
    // The file port does not add table columns (Excel does): without 答复编号 a re-import could not be recognised.
    if (missingHistoryHeaders(log.header).length > 0)
      throw new FileUnsupported({ operation: 'apply-report', table: HISTORY_TABLE });
    return log;
  }
  const name = file.pkg.sheets.has(HISTORY_SHEET) ? `${HISTORY_SHEET}（新）` : HISTORY_SHEET;
  await file.addSheet(name, {
    table: { name: HISTORY_TABLE, headers: HISTORY_COLUMNS.map((c) => c.header), style: 'TableStyleLight9' },
    widths: HISTORY_COLUMNS.map((c) => Math.round(c.width / 6)),
    frozenHeader: true,
  });
  const made = await file.tableValues(HISTORY_TABLE);
  if (!made) throw new FileUnsupported({ operation: 'apply-report', table: HISTORY_TABLE });
  return made;
}

/** The rounds' 已报送单位 cells that change. */
async function recordRounds(file: LedgerFile, plan: ApplyPlan, logged: ApplyPlan['history']): Promise<void> {
  const rounds = await file.tableValues(ROUND_TABLE);
  if (!rounds) return;
  const at = roundColumnIndex(rounds.header);
  const listAt = at[4] ?? -1;
  const idAt = at[0] ?? -1;
  if (listAt < 0 || idAt < 0) return;
  const answered = plan.answered.filter((a) => logged.some((h) => h.agency === a.agency && h.roundId === a.roundId));
  for (const roundId of new Set(answered.map((a) => a.roundId))) {
    const position = rounds.body.findIndex((r) => fromCellText(r[idAt]).trim() === roundId);
    const cells = rounds.body[position];
    if (cells === undefined) continue;
    const row = roundFromRow(
      at.map((i): RoundCell => (i < 0 ? '' : typeof cells[i] === 'number' ? cells[i] : fromCellText(cells[i]))),
    );
    if (!row.ok) continue;
    const list = roundToRow(row.round, recordAnswered(row.answered, roundId, answered))[4] ?? '';
    if (list === fromCellText(cells[listAt]).trim()) continue;
    rounds.block.sheet.set(rounds.block.row + 1 + position, rounds.block.col + listAt, list);
    file.markWritten(rounds.block);
  }
}

/**
 * Applies `plan` to the file at time `now` (ISO 8601).
 * @example await applyReportPlanToFile(file, planApply(results, rows, await port.readAppliedAnswerIds(), { receivedOn }), now) // { ok: true, applied: 3, … }
 */
export async function applyReportPlanToFile(
  file: LedgerFile,
  plan: ApplyPlan,
  now: string,
): Promise<ApplyReportResult> {
  const ledger = await file.tableValues(LEDGER_TABLE);
  if (!ledger) return { ok: false, code: 'no-ledger', problem: { code: 'no-ledger', params: {} } };
  const index = ledgerColumnIndex(ledger.header);
  const missingColumn = REQUIRED.find((k) => index[k] < 0);
  if (missingColumn !== undefined)
    return {
      ok: false,
      code: 'no-ledger',
      problem: {
        code: 'columns-missing',
        params: { table: LEDGER_TABLE, columns: [LEDGER_HEADERS[missingColumn]], action: 'apply-reports' },
      },
    };
  const duplicates = duplicateNumbers(ledger.body, index.no, { row: ledger.block.row + 1, col: ledger.block.col });
  if (duplicates.size > 0)
    return {
      ok: false,
      code: 'invalid',
      problem: { code: 'duplicate-numbers', params: { duplicates: duplicateList(duplicates) } },
    };
  const log = await logOf(file);
  const applied = new Set(
    historyFromValues(log.header, log.body)
      .map((e) => e.answerId)
      .filter((id) => id !== ''),
  );
  const positionByNo = new Map<number, number>();
  ledger.body.forEach((cells, p) => {
    const no = taskNumber(cells[index.no]);
    if (no !== null && !positionByNo.has(no)) positionByNo.set(no, p);
  });

  const conflicts: Held[] = [];
  const stale: Held[] = [];
  const held = new Set<string>();
  for (const change of plan.changes) {
    const cells = ledger.body[positionByNo.get(change.no) ?? -1];
    if (applied.has(change.source.answerId) || !cells) continue;
    const problem = heldBack(change, cells[index.status], cells[index.progress], cells[index.updated]);
    if (!problem) continue;
    (problem.kind === 'conflict' ? conflicts : stale).push(problem);
    held.add(change.source.answerId);
  }
  const fresh: ApplyPlan['history'] = [];
  for (const h of plan.history) {
    if (applied.has(h.answerId) || held.has(h.answerId)) continue;
    applied.add(h.answerId);
    fresh.push(h);
  }
  const freshIds = new Set(fresh.map((h) => h.answerId));
  const toWrite = plan.changes.filter((c) => freshIds.has(c.source.answerId) && positionByNo.has(c.no));
  const notFound = plan.changes
    .filter((c) => freshIds.has(c.source.answerId) && !positionByNo.has(c.no))
    .map((c) => c.no);

  const entries: HistoryCells[] = fresh.map((h) => ({
    time: now,
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
  const dateStyle = ledger.block.sheet.style(ledger.block.row + 1, ledger.block.col + index.deadline);
  const rows = historyRowsFor(log.header, entries).values.map((r) =>
    r.map((v) => (typeof v === 'string' ? fromCellText(v) : v)),
  );
  const first = await appendTableRows(file, HISTORY_TABLE, rows);
  const dateAt = log.header.findIndex((h) => fromCellText(h).trim() === '填报日期');
  if (dateAt >= 0 && dateStyle !== null)
    rows.forEach((r, i) => log.block.sheet.set(first + i, log.block.col + dateAt, r[dateAt] ?? null, dateStyle));

  const { block } = ledger;
  for (const c of toWrite) {
    const row = block.row + 1 + (positionByNo.get(c.no) ?? 0);
    const set = (key: LedgerColumnKey, value: string | number): void =>
      block.sheet.set(row, block.col + index[key], value);
    set('status', c.newStatus);
    set('progress', c.progress);
    set('updated', toExcelSerial(c.date));
    set('reporter', c.by);
  }
  if (toWrite.length > 0) file.markWritten(block);
  await recordRounds(file, plan, fresh);
  return {
    ok: true,
    applied: fresh.length,
    skipped: plan.skipped.length + plan.history.length - fresh.length,
    updated: toWrite.map((c) => c.no),
    notFound,
    ...(conflicts.length > 0 ? { conflicts } : {}),
    ...(stale.length > 0 ? { stale } : {}),
  };
}
