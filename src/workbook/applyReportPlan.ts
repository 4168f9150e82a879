/**
 * Applies a reporting-round plan (`planApply` of `src/reports`) to the workbook: the ledger's
 * 状态 / 进展情况 / 更新日期 / 填报人 for the planned changes, every new answer appended to `ProgressLog` with its
 * 填报单位, 填报轮次 and 答复编号, and the answering agencies recorded in the round's 已报送单位. Refuses instead of guessing:
 * - a 序号 on two ledger rows stops the whole apply, naming the rows;
 * - a row edited since the preview (状态 or 进展情况 differ from what the plan saw) is a conflict, not overwritten;
 * - an answer dated before the row's 更新日期 is flagged stale, not applied;
 * (neither is recorded in the log, so the next preview offers it again) and answers whose 答复编号 is already in the
 * log (found by column identity, whatever its header says now) are skipped, so applying the same plan twice writes nothing.
 * Co-authoring-safe: each ledger row is found by 序号 in the batch that writes it (`rowWrites`), which also reads it as
 * it was just before; a row a co-author edited between the read and the write is put back and counted as a conflict.
 * The answers are appended below the log (`appendRows`) only then, with the rounds' 已报送单位 in the same batch; if
 * Excel refuses the append, the ledger rows are put back. A row deleted meanwhile makes the apply start again (once).
 * Syncs: ledger read + probes, log layout + rounds read, the 答复编号 chunks (1 up to ~10,000 entries), the ledger rows,
 * the answers (one more to repair).
 * @requirement ExcelApi 1.9 (`Range.find`, through `rowWrites`); ExcelApi 1.4 (`getItemOrNullObject`, `TableColumnCollection.add` with a name, settings); ExcelApi 1.1 (tables)
 */
import { toExcelSerial } from '../model';
import type { ApplyPlan } from '../reports';
import { answeredUpdates } from '../ledgerLayout/answeredUpdates';
import { answersToApply, type AnswersToApply } from '../ledgerLayout/answersToApply';
import { applyOutcome, type LateAnswer } from '../ledgerLayout/applyOutcome';
import { applyRefusal } from '../ledgerLayout/applyRefusal';
import { heldBack } from '../ledgerLayout/heldBack';
import { appendRows } from './appendRows';
import { fromCellText, toCellText } from '../ledgerLayout/cellText';
import { queueWriteColumnIds } from './columnIdentity';
import { isItemNotFound } from './excelErrors';
import { NUMBER_FORMATS, type LedgerColumnKey } from '../ledgerLayout/ledgerColumns';
import { SYNC_BUDGET_BYTES, unmeasuredAllowance } from './payloadBytes';
import type { ApplyReportResult, WorkbookProblem } from './port';
import { answerHistoryCells, missingHistoryHeaders } from '../ledgerLayout/historyCells';
import { historyColumnsFor, queueCreateProgressLog } from './progressLog';
import { logLayout, queueLogProbe, readLogColumns, type LogLayout } from './progressLogTable';
import { readLedgerTable, type LedgerTableRead } from './readLedgerTable';
import type { SupportsSet } from './requirements';
import { queueRestoreRows, queueRowWrites, type RowWrite, type RowWritten } from './rowWrites';
import { HISTORY_SHEET, HISTORY_TABLE, LEDGER_TABLE, ROUND_TABLE } from '../ledgerLayout/workbookNames';
import { excelErrorCode } from './workbookProblem';

export interface ApplyReportOptions {
  /** When the entries are written (ISO 8601); the caller reads the clock. */
  now: string;
  /** Bytes per request or response before syncing (tests lower it); default 4 MB. */
  budget?: number;
  supports?: SupportsSet;
}

/** A task deleted between the read and the write makes the apply start again, this many times at most. */
const ATTEMPTS = 2;

type Change = ApplyPlan['changes'][number];
type Sorted = AnswersToApply<Change, ApplyPlan['history'][number]>;
type Ids = Readonly<Record<string, number>>;

/** What sync 2 read: the log's layout and the ids already in it, the rounds table. */
interface LogAndRounds {
  layout: LogLayout | null;
  applied: Set<string>;
  rounds: { table: Excel.Table; header: unknown[]; body: unknown[][]; ids: number[] } | null;
}

/** The objects sync 1 queued and read. */
interface Queued {
  history: Excel.Table;
  historySheet: Excel.Worksheet;
  rounds: Excel.Table;
  read: LedgerTableRead;
}

/**
 * Applies `plan`; errors are a workbook without a usable ledger, duplicated 序号, or a write Excel refused.
 * @example
 * await applyReportPlan(context, planApply(results, rows, await readAppliedAnswerIds(context), { receivedOn }), { now }) // { ok: true, applied: 86, skipped: 0, … }
 */
export async function applyReportPlan(
  context: Excel.RequestContext,
  plan: ApplyPlan,
  options: ApplyReportOptions,
  attempt = 1,
): Promise<ApplyReportResult> {
  const budget = options.budget ?? SYNC_BUDGET_BYTES;
  const history = context.workbook.tables.getItemOrNullObject(HISTORY_TABLE).load('name');
  const historySheet = context.workbook.worksheets.getItemOrNullObject(HISTORY_SHEET).load('name');
  const rounds = context.workbook.tables.getItemOrNullObject(ROUND_TABLE).load('name');
  const read = await readLedgerTable(context, budget);
  if (!read) return { ok: false, code: 'no-ledger', problem: { code: 'no-ledger', params: {} } };
  const { index, positionByNo } = read.rows();
  const ids = read.identity.resolved.ids;
  const refusal = applyRefusal({ values: read.values, index, origin: read.origin }, (k) => ids[k] !== undefined);
  if (refusal) return { ok: false, ...refusal };
  const seen = await readLogAndRounds(context, history, rounds, read, budget);
  if ('problem' in seen) return { ok: false, code: 'invalid', problem: seen.problem };
  // Conflicts and stale answers, checked against the ledger as read; checked again against each row as the write finds it.
  const sorted = answersToApply(plan, seen.applied, { values: read.values, index, positionByNo });
  const wrote = await writeLedgerRows(context, { history, historySheet, rounds, read }, seen, sorted);
  if (wrote.retry && attempt < ATTEMPTS) return applyReportPlan(context, plan, options, attempt + 1);
  if (!wrote.ok) return { ok: false, code: 'invalid', problem: wrote.problem(attempt) };
  const late = await holdBackLate(context, read, sorted, wrote.written);
  const lateIds = new Set(late.map((l) => l.answerId));
  const appended = await appendAnswers(context, {
    history,
    sheetExists: !historySheet.isNullObject,
    seen,
    read,
    plan,
    logged: sorted.fresh.filter((h) => !lateIds.has(h.answerId)),
    now: options.now,
    budget,
    supports: options.supports,
    columns: wrote.logColumns,
    added: wrote.added,
  });
  if (!appended.ok) {
    queueRestoreRows(read.table, ids.no as number, wrote.written);
    await context.sync();
    return { ok: false, code: 'invalid', problem: appended.problem };
  }
  return applyOutcome(plan, sorted, late);
}

type Wrote =
  | { ok: true; retry: false; written: RowWritten[]; logColumns: { id: number; name: string }[]; added: boolean }
  | { ok: false; retry: boolean; problem: (attempt: number) => WorkbookProblem };

/**
 * The ledger rows, found by 序号 as the batch runs and read as they were just before, with the columns' ids when they
 * changed; an older seven-column log gets the report columns at its end in the same batch, their ids read back.
 */
async function writeLedgerRows(
  context: Excel.RequestContext,
  q: Queued,
  seen: LogAndRounds,
  sorted: Sorted,
): Promise<Wrote> {
  const { read, history } = q;
  const ids = read.identity.resolved.ids;
  const remember = read.identity.resolved.changed;
  if (remember)
    queueWriteColumnIds(
      context,
      { ...read.identity.stored, ...(seen.layout ? { [HISTORY_TABLE]: seen.layout.resolved.ids } : {}) },
      LEDGER_TABLE,
      ids,
    );
  const done = queueRowWrites(
    read.table,
    ids.no as number,
    sorted.toWrite.map((c) => changeWrite(c, ids)),
  );
  const missing = seen.layout && sorted.fresh.length > 0 ? missingHistoryHeaders(seen.layout.header) : [];
  missing.forEach((header) => history.columns.add(undefined, undefined, header));
  const logColumns = missing.length > 0 ? history.columns.load('items/id, items/name') : null;
  try {
    if (sorted.toWrite.length > 0 || remember || logColumns) await context.sync();
  } catch (error) {
    const gone = isItemNotFound(error);
    return {
      ok: false,
      retry: gone,
      problem: (attempts) =>
        gone
          ? { code: 'rows-moving', params: { table: LEDGER_TABLE, attempts } }
          : { code: 'write-refused', params: { table: LEDGER_TABLE, reason: excelErrorCode(error) } },
    };
  }
  return {
    ok: true,
    retry: false,
    written: done().rows,
    logColumns: logColumns
      ? logColumns.items.map((c) => ({ id: c.id, name: c.name }))
      : (seen.layout?.columnIds.map((id) => ({ id, name: '' })) ?? []),
    added: missing.length > 0,
  };
}

/** The changes whose row the write found edited after the read: put back (synced now when nothing is left to log). */
async function holdBackLate(
  context: Excel.RequestContext,
  read: LedgerTableRead,
  sorted: Sorted,
  written: readonly RowWritten[],
): Promise<LateAnswer[]> {
  const ids = read.identity.resolved.ids;
  const late = recheck(sorted.toWrite, written, ids);
  if (late.length === 0) return late;
  queueRestoreRows(
    read.table,
    ids.no as number,
    written.filter((w) => late.some((l) => String(l.held.no) === w.key)),
  );
  const lateIds = new Set(late.map((l) => l.answerId));
  if (sorted.fresh.every((h) => lateIds.has(h.answerId))) await context.sync();
  return late;
}

/** The cells a change writes, by column id; 状态, 进展情况 and 更新日期 are read as they were just before. */
function changeWrite(change: Change, ids: Ids): RowWrite {
  const cell = (key: LedgerColumnKey, value: string | number) => ({
    id: ids[key] as number,
    format: typeof value === 'number' ? NUMBER_FORMATS.date : NUMBER_FORMATS.text,
    value: typeof value === 'number' ? value : toCellText(value),
  });
  return {
    key: String(change.no),
    cells: [
      cell('status', change.newStatus),
      cell('progress', change.progress),
      cell('updated', toExcelSerial(change.date)),
      cell('reporter', change.by),
    ],
    read: [ids.status as number, ids.progress as number, ids.updated as number],
  };
}

/** The changes whose row, as the write found it, had been edited after the read, with why each is held back. */
function recheck(changes: readonly Change[], written: readonly RowWritten[], ids: Ids): LateAnswer[] {
  const late: LateAnswer[] = [];
  changes.forEach((change, i) => {
    const before = written[i]?.before;
    const problem = before
      ? heldBack(
          change,
          before.get(ids.status as number)?.value,
          before.get(ids.progress as number)?.value,
          before.get(ids.updated as number)?.value,
        )
      : null;
    if (problem) late.push({ answerId: change.source.answerId, held: problem });
  });
  return late;
}

/** Sync 2 (and the 答复编号 chunks): the log's layout and the answers already in it, the rounds table. */
async function readLogAndRounds(
  context: Excel.RequestContext,
  history: Excel.Table,
  rounds: Excel.Table,
  read: LedgerTableRead,
  budget: number,
): Promise<LogAndRounds | { problem: WorkbookProblem }> {
  const probe = history.isNullObject ? null : queueLogProbe(history);
  const roundTable = rounds.isNullObject
    ? null
    : {
        header: rounds.getHeaderRowRange().load('values'),
        body: rounds.getDataBodyRange().load('values'),
        columns: rounds.columns.load('items/id'),
      };
  if (probe || roundTable) await context.sync();
  const layout = probe ? logLayout(probe, read.identity.stored[HISTORY_TABLE]) : null;
  if (layout && layout.resolved.missing.length > 0) {
    return {
      problem: {
        code: 'columns-missing',
        params: { table: HISTORY_TABLE, columns: layout.resolved.missing, action: 'check-answers' },
      },
    };
  }
  const applied = new Set<string>();
  if (layout && layout.at('answerId') >= 0) {
    const [answerIds = []] = await readLogColumns(
      context,
      history.worksheet,
      layout.box,
      [layout.at('answerId')],
      budget,
    );
    for (const id of answerIds) if (fromCellText(id).trim() !== '') applied.add(fromCellText(id).trim());
  }
  return {
    layout,
    applied,
    rounds: roundTable
      ? {
          table: rounds,
          header: roundTable.header.values[0] ?? [],
          body: roundTable.body.values as unknown[][],
          ids: roundTable.columns.items.map((c) => c.id),
        }
      : null,
  };
}

interface AnswersTarget {
  history: Excel.Table;
  sheetExists: boolean;
  seen: LogAndRounds;
  read: LedgerTableRead;
  plan: ApplyPlan;
  logged: ApplyPlan['history'];
  now: string;
  budget: number;
  supports: SupportsSet | undefined;
  /** The log's columns now (ids, and names where columns were just added). */
  columns: { id: number; name: string }[];
  added: boolean;
}

/** The answers appended to the log (created when missing, its missing columns added), with the rounds' 已报送单位 in the same batch. */
async function appendAnswers(
  context: Excel.RequestContext,
  t: AnswersTarget,
): Promise<{ ok: true } | { ok: false; problem: WorkbookProblem }> {
  const entries = t.logged.map((h) => answerHistoryCells(h, t.now));
  const queueRounds = (): void => queueAnswered(t.seen.rounds, t.plan, t.logged);
  try {
    if (entries.length === 0) {
      queueRounds();
      return { ok: true };
    }
    if (!t.seen.layout) {
      queueCreateProgressLog(context, t.sheetExists, entries);
      queueRounds();
      await context.sync();
      return { ok: true };
    }
    const layout = t.seen.layout;
    const ids = { ...layout.resolved.ids };
    for (const c of t.columns)
      for (const [key, header] of [
        ['agency', '填报单位'],
        ['round', '填报轮次'],
        ['answerId', '答复编号'],
      ] as const)
        if (ids[key] === undefined && c.name === header) ids[key] = c.id;
    if (layout.resolved.changed || t.added) queueWriteColumnIds(context, t.read.identity.stored, HISTORY_TABLE, ids);
    const appended = await appendRows(
      context,
      t.history,
      t.columns.map((c) => c.id),
      entries.length,
      historyColumnsFor(ids, entries),
      {
        table: HISTORY_TABLE,
        pending: { bytes: unmeasuredAllowance(t.budget) },
        budget: t.budget,
        then: queueRounds,
        ...(t.supports ? { supports: t.supports } : {}),
      },
    );
    return appended.ok ? { ok: true } : { ok: false, problem: appended.problem };
  } catch (error) {
    return {
      ok: false,
      problem: { code: 'write-refused', params: { table: HISTORY_TABLE, reason: excelErrorCode(error) } },
    };
  }
}

/** Queues the 已报送单位 cells that change, each round's row found by its 轮次编号 when the write runs. */
function queueAnswered(rounds: LogAndRounds['rounds'], plan: ApplyPlan, logged: ApplyPlan['history']): void {
  const changed = rounds ? answeredUpdates(rounds.header, rounds.body, plan.answered, logged) : null;
  if (!rounds || !changed || changed.updates.length === 0) return;
  const writes = changed.updates.map((u): RowWrite => ({
    key: u.roundId,
    cells: [{ id: rounds.ids[changed.listAt] as number, format: '@', value: toCellText(u.list) }],
  }));
  queueRowWrites(rounds.table, rounds.ids[changed.idAt] as number, writes);
}
