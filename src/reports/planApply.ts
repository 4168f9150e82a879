/**
 * What applying returned reports will do: per task, the ledger's old and new status and progress,
 * and every answer as a history entry with a stable id, so that importing the same file twice
 * changes nothing the second time.
 */
import type { AgencyAliases, AgencyGroups, IsoDate, Role, Status } from '../model';
import { contentHash } from '../ledgerLayout/contentHash';
import { roleOf } from './tasksForAgency';
import type { ReadResult, ReportAnswer, ReportIssue, ReportLedgerRow, ReturnedReport } from './types';

/** One answer, as it is appended to the progress history (进展记录) with its agency and round. */
export interface ReportHistoryEntry {
  /** Stable over re-imports: a hash of workbook, round, agency, task and the answer's content. */
  answerId: string;
  no: number;
  roundId: string;
  roundName: string;
  agency: string;
  /** The agency's role in the task per the ledger; null when the ledger no longer names it. */
  role: Role | null;
  previousStatus: Status;
  status: Status;
  progress: string;
  problems: string;
  nextSteps: string;
  by: string;
  /** 填报日期, or the day of import when the agency left it empty. */
  date: IsoDate;
  /** progress, problems and next steps in one text, for a single 进展情况 column. */
  note: string;
}

/** What changes in one ledger row. */
export interface TaskChange {
  no: number;
  text: string;
  oldStatus: Status;
  newStatus: Status;
  statusChanged: boolean;
  oldProgress: string;
  /** The new 进展情况 for the ledger. */
  progress: string;
  date: IsoDate;
  /** The reporter as the ledger shows it: `张三（市教育局）`. */
  by: string;
  /** The answer whose status the ledger takes (the lead's, else a joint agency's). */
  source: ReportHistoryEntry;
  /** Agencies of the same rank answered different statuses; the latest 填报日期 won. */
  conflict: boolean;
  /** The answer is dated before the ledger row's 更新日期: applying leaves it out rather than overwrite a newer entry. */
  stale: boolean;
}

export interface SkippedAnswer {
  answerId: string;
  no: number;
  agency: string;
  roundName: string;
  reason: 'already-applied' | 'duplicate';
}

/** A problem from one of the files, with where it came from. */
export type PlanIssue = ReportIssue & {
  /** Index of the file in the list given to `planApply`. */
  file: number;
  agency: string | null;
  roundName: string | null;
};

export interface ApplyPlan {
  /** Ledger rows to write, by 序号 order. Tasks answered only by supporting agencies are not here. */
  changes: TaskChange[];
  /** Every new answer, in file and row order: append all of them. */
  history: ReportHistoryEntry[];
  /** Answers left out because they were applied before (or appear twice in this batch). */
  skipped: SkippedAnswer[];
  /** Rounds and agencies that sent at least one valid answer, for the round's answered list. */
  answered: { roundId: string; agency: string; date: IsoDate }[];
  /** Every problem of every file, refused files included. */
  issues: PlanIssue[];
}

export interface PlanOptions {
  /** The day of import, recorded for answers without a 填报日期. */
  receivedOn: IsoDate;
  aliases?: AgencyAliases;
  /** Groups whose members were sent the group's tasks. */
  groups?: AgencyGroups;
}

/**
 * The id of an answer: the same file read twice gives the same ids.
 * @example answerId(report, answer) // '9c1e…' (16 hex digits)
 */
export function answerId(report: Pick<ReturnedReport, 'workbookId' | 'roundId' | 'agency'>, a: ReportAnswer): string {
  return contentHash([
    report.workbookId,
    report.roundId,
    report.agency,
    String(a.no),
    a.status,
    a.progress,
    a.problems,
    a.nextSteps,
    a.by,
    a.date ?? '',
  ]);
}

/** progress, problems and next steps as one text. */
function composeNote(a: Pick<ReportAnswer, 'progress' | 'problems' | 'nextSteps'>): string {
  const parts: string[] = [];
  if (a.progress !== '') parts.push(a.progress);
  if (a.problems !== '') parts.push(`存在问题：${a.problems}`);
  if (a.nextSteps !== '') parts.push(`下步打算：${a.nextSteps}`);
  return parts.join('\n');
}

/** The answers of the files in order, each a history entry unless applied before; every file's issues; who answered. */
interface CollectedAnswers {
  history: ReportHistoryEntry[];
  skipped: SkippedAnswer[];
  issues: PlanIssue[];
  /** By round and agency: the latest 填报日期 of a valid answer. */
  answered: Map<string, { roundId: string; agency: string; date: IsoDate }>;
}

/** One answer as the history entry it appends. */
function historyEntry(
  report: ReturnedReport,
  a: ReportAnswer,
  task: ReportLedgerRow,
  id: string,
  date: IsoDate,
  options: PlanOptions,
): ReportHistoryEntry {
  return {
    answerId: id,
    no: a.no,
    roundId: report.roundId,
    roundName: report.roundName,
    agency: report.agency,
    role: roleOf(task, report.agency, options.aliases, options.groups),
    previousStatus: task.status,
    status: a.status,
    progress: a.progress,
    problems: a.problems,
    nextSteps: a.nextSteps,
    by: a.by,
    date,
    note: composeNote(a),
  };
}

/** Adds one read report's issues and answers: new answers to the history, those seen before to `skipped`. */
function collectReport(
  into: CollectedAnswers,
  report: ReturnedReport,
  file: number,
  ledger: ReadonlyMap<number, ReportLedgerRow>,
  alreadyApplied: ReadonlySet<string>,
  seen: Set<string>,
  options: PlanOptions,
): void {
  for (const issue of report.issues)
    into.issues.push({ ...issue, file, agency: report.agency, roundName: report.roundName });
  for (const a of report.answers) {
    const task = ledger.get(a.no);
    if (task === undefined) continue; // the reader reported it as unknown-task
    const date = a.date ?? options.receivedOn;
    const key = `${report.roundId}\u0000${report.agency}`;
    const before = into.answered.get(key);
    if (before === undefined || before.date < date)
      into.answered.set(key, { roundId: report.roundId, agency: report.agency, date });
    const id = answerId(report, a);
    if (alreadyApplied.has(id) || seen.has(id)) {
      const reason = seen.has(id) ? 'duplicate' : 'already-applied';
      into.skipped.push({ answerId: id, no: a.no, agency: report.agency, roundName: report.roundName, reason });
      continue;
    }
    seen.add(id);
    into.history.push(historyEntry(report, a, task, id, date, options));
  }
}

/** The answers that may set each task's status: the lead's, else (without one) a jointly responsible agency's. */
function statusSetters(history: readonly ReportHistoryEntry[]): Map<number, ReportHistoryEntry[]> {
  const setters = new Map<number, ReportHistoryEntry[]>();
  for (const h of history) {
    if (h.role !== 'lead' && h.role !== 'joint') continue;
    const list = setters.get(h.no);
    if (list) list.push(h);
    else setters.set(h.no, [h]);
  }
  return setters;
}

/** What one ledger row becomes: the answer of the highest rank with the latest 填报日期 (on a tie, the later file). */
function taskChange(row: ReportLedgerRow, candidates: readonly ReportHistoryEntry[]): TaskChange {
  const best = candidates.some((h) => h.role === 'lead') ? 'lead' : 'joint';
  const top = candidates.filter((h) => h.role === best);
  const source = top.reduce((a, b) => (b.date >= a.date ? b : a));
  const updated = row.updated ?? null;
  return {
    no: row.no,
    text: row.text,
    oldStatus: row.status,
    newStatus: source.status,
    statusChanged: source.status !== row.status,
    oldProgress: row.progress,
    progress: source.note,
    date: source.date,
    by: `${source.by}（${source.agency}）`,
    source,
    conflict: new Set(top.map((h) => h.status)).size > 1,
    stale: updated !== null && source.date < updated,
  };
}

/**
 * Plans the application of read reports to the ledger: the changes per task and the history to append, skipping answers applied before.
 * @example
 * const plan = planApply(results, ledgerRows, new Set(history.map((h) => h.answerId)), { receivedOn: '2026-11-29' });
 * plan.changes[0]; // { no: 3, oldStatus: '未启动', newStatus: '推进中', … }
 */
export function planApply(
  readResults: readonly ReadResult[],
  ledgerRows: readonly ReportLedgerRow[],
  alreadyApplied: ReadonlySet<string>,
  options: PlanOptions,
): ApplyPlan {
  const ledger = new Map(ledgerRows.map((r) => [r.no, r]));
  const seen = new Set<string>();
  const collected: CollectedAnswers = { history: [], skipped: [], issues: [], answered: new Map() };
  readResults.forEach((result, file) => {
    if (result.ok) collectReport(collected, result.report, file, ledger, alreadyApplied, seen, options);
    else for (const issue of result.issues) collected.issues.push({ ...issue, file, agency: null, roundName: null });
  });
  const setters = statusSetters(collected.history);
  const changes: TaskChange[] = [];
  for (const row of ledgerRows) {
    const candidates = setters.get(row.no);
    if (candidates !== undefined) changes.push(taskChange(row, candidates));
  }
  const { history, skipped, issues, answered } = collected;
  return { changes, history, skipped, answered: [...answered.values()], issues };
}
