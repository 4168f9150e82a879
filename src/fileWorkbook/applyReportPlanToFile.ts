/**
 * Returned reports applied to the file by the Excel port's rules (`applyReportPlan`): a row edited since the preview
 * is a conflict and an answer older than the row's 更新日期 is stale (the same `heldBack`), neither written nor
 * recorded; answers whose 答复编号 is already in `ProgressLog` are skipped, so applying twice changes nothing. The
 * ledger's 状态 / 进展情况 / 更新日期 / 填报人 are patched, every new answer is appended to the log (made, with its sheet,
 * when the ledger has none yet), and each round's 已报送单位 records who answered (`recordAnswered`).
 */
import { toExcelSerial } from '../model';
import type { ApplyPlan } from '../reports';
import { answeredUpdates } from '../ledgerLayout/answeredUpdates';
import { answersToApply, type AnswersToApply } from '../ledgerLayout/answersToApply';
import { applyOutcome } from '../ledgerLayout/applyOutcome';
import { applyRefusal } from '../ledgerLayout/applyRefusal';
import { fromCellText } from '../ledgerLayout/cellText';
import { HISTORY_COLUMNS, type LedgerColumnKey } from '../ledgerLayout/ledgerColumns';
import { historyFromValues } from '../ledgerLayout/historyFromValues';
import { answerHistoryCells, historyRowsFor, missingHistoryHeaders } from '../ledgerLayout/historyCells';
import { ledgerColumnIndex, type LedgerColumnIndex } from '../ledgerLayout/ledgerColumnIndex';
import { taskNumber } from '../ledgerLayout/ledgerRowsFromValues';
import { HISTORY_SHEET, HISTORY_TABLE, LEDGER_TABLE, ROUND_TABLE } from '../ledgerLayout/workbookNames';
import type { ApplyReportResult } from '../workbook/port';
import { appendTableRows } from './appendTableRows';
import { FileUnsupported } from './fileRefusal';
import type { LedgerFile, TableBlock } from './ledgerFile';

type TableValues = NonNullable<Awaited<ReturnType<LedgerFile['tableValues']>>>;
type Sorted = AnswersToApply<ApplyPlan['changes'][number], ApplyPlan['history'][number]>;

/** The log's values, made (sheet and table) when missing; refused when an older log lacks the report columns. */
async function logOf(file: LedgerFile): Promise<TableValues> {
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
  const changed = rounds ? answeredUpdates(rounds.header, rounds.body, plan.answered, logged) : null;
  if (!rounds || !changed || changed.updates.length === 0) return;
  const { block } = rounds;
  for (const u of changed.updates) block.sheet.set(block.row + 1 + u.position, block.col + changed.listAt, u.list);
  file.markWritten(block);
}

/** The answer ids already in the log. */
function appliedIds(log: TableValues): Set<string> {
  return new Set(
    historyFromValues(log.header, log.body)
      .map((e) => e.answerId)
      .filter((id) => id !== ''),
  );
}

/** Body position of each 序号's first row. */
function positionsByNo(body: readonly (readonly unknown[])[], noAt: number): Map<number, number> {
  const positionByNo = new Map<number, number>();
  body.forEach((cells, p) => {
    const no = taskNumber(cells[noAt]);
    if (no !== null && !positionByNo.has(no)) positionByNo.set(no, p);
  });
  return positionByNo;
}

/** The fresh answers appended to the log; their 填报日期 take the ledger's date style (its 截止日期 cells'). */
async function appendAnswers(
  file: LedgerFile,
  log: TableValues,
  ledger: TableValues,
  index: LedgerColumnIndex,
  fresh: ApplyPlan['history'],
  now: string,
): Promise<void> {
  const dateStyle = ledger.block.sheet.style(ledger.block.row + 1, ledger.block.col + index.deadline);
  const entries = fresh.map((h) => answerHistoryCells(h, now));
  const rows = historyRowsFor(log.header, entries).values.map((r) =>
    r.map((v) => (typeof v === 'string' ? fromCellText(v) : v)),
  );
  const first = await appendTableRows(file, HISTORY_TABLE, rows);
  const dateAt = log.header.findIndex((h) => fromCellText(h).trim() === '填报日期');
  if (dateAt >= 0 && dateStyle !== null)
    rows.forEach((r, i) => log.block.sheet.set(first + i, log.block.col + dateAt, r[dateAt] ?? null, dateStyle));
}

/** The ledger's 状态 / 进展情况 / 更新日期 / 填报人 of each change to write. */
function writeChanges(
  file: LedgerFile,
  block: TableBlock,
  index: LedgerColumnIndex,
  sorted: Sorted,
  positionByNo: ReadonlyMap<number, number>,
): void {
  for (const c of sorted.toWrite) {
    const row = block.row + 1 + (positionByNo.get(c.no) ?? 0);
    const set = (key: LedgerColumnKey, value: string | number): void =>
      block.sheet.set(row, block.col + index[key], value);
    set('status', c.newStatus);
    set('progress', c.progress);
    set('updated', toExcelSerial(c.date));
    set('reporter', c.by);
  }
  if (sorted.toWrite.length > 0) file.markWritten(block);
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
  const origin = { row: ledger.block.row + 1, col: ledger.block.col };
  const refusal = applyRefusal({ values: ledger.body, index, origin });
  if (refusal) return { ok: false, ...refusal };
  const log = await logOf(file);
  const positionByNo = positionsByNo(ledger.body, index.no);
  const sorted = answersToApply(plan, appliedIds(log), { values: ledger.body, index, positionByNo });
  await appendAnswers(file, log, ledger, index, sorted.fresh, now);
  writeChanges(file, ledger.block, index, sorted, positionByNo);
  await recordRounds(file, plan, sorted.fresh);
  return applyOutcome(plan, sorted);
}
