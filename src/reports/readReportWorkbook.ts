/**
 * Reads a returned report workbook back: checks the container, matches it to its workbook, round
 * and agency, and validates every row against what was sent and against the ledger. Never throws.
 */
import type { Row, Workbook, Worksheet } from 'exceljs';
import { addDays, normalizeStatus, type IsoDate } from '../model';
import { cellDate, cellText } from './cellText';
import { checkXlsxContainer } from './checkXlsxContainer';
import { checkReportIdentity } from './checkReportIdentity';
import { loadExcelJS } from './loadExcelJS';
import { reportPackage } from './reportPackage';
import { textHash } from './reportChecksum';
import { COL, FIRST_TASK_ROW, HEADERS, META_SHEET, REPORT_SHEET } from './reportLayout';
import { MAX_REPORT_TASKS, readReportMeta } from './reportMeta';
import { refusalIssue, type ReportRefusal } from './reportRefusal';
import type { SignedTask } from './reportSignature';
import type { AnswerField, RowProblem } from './rowProblem';
import { roleOf } from './tasksForAgency';
import type { ReadExpectation, ReadResult, ReportAnswer, ReportIssue, ReportLedgerRow, ReturnedReport } from './types';

type SentTask = SignedTask;

function refused(refusal: ReportRefusal): ReadResult {
  return { ok: false, issues: [refusalIssue(refusal)] };
}

function rowIssue(
  problem: RowProblem,
  severity: ReportIssue['severity'],
  row: number,
  no: number | undefined,
): ReportIssue {
  return no === undefined ? { ...problem, severity, row } : { ...problem, severity, row, no };
}

/** The pane's caps (StatusUpdateSchema: note 4,000, name 100), so a report can write nothing the pane could not. */
const MAX_ANSWER_CHARS = 4_000;
const MAX_NAME_CHARS = 100;
/** Excel's limit for one cell: the history entry joins the three answers, so their sum is held below it too. */
const MAX_CELL_CHARS = 32_767;
/** A 填报日期 before the round (less a month's slack for a form filled early) or long after its deadline is a typo or a forgery. */
const DATE_SLACK_BEFORE = 31;
const DATE_SLACK_AFTER = 365;

const CAPPED_FIELDS: readonly AnswerField[] = ['progress', 'problems', 'nextSteps', 'by'];

/** What one row is read against: its sheet, the ledger by 序号, the agency the file is from, and the round. */
interface RowContext {
  sheet: Worksheet;
  ledger: ReadonlyMap<number, ReportLedgerRow>;
  agency: string;
  expected: ReadExpectation;
  round: { createdAt: string; dueDate: IsoDate };
}

/** The answer cells of one row as text, its 填报日期, and whether the agency left all of them empty. */
interface AnswerCells {
  inputs: Record<'status' | AnswerField, string>;
  dateCell: ReturnType<typeof cellDate>;
  empty: boolean;
}

function readAnswerCells(row: Row): AnswerCells {
  const inputs = {
    status: cellText(row.getCell(COL.status).value),
    progress: cellText(row.getCell(COL.progress).value),
    problems: cellText(row.getCell(COL.problems).value),
    nextSteps: cellText(row.getCell(COL.nextSteps).value),
    by: cellText(row.getCell(COL.by).value),
  };
  const dateCell = cellDate(row.getCell(COL.date).value);
  const empty = Object.values(inputs).every((v) => v === '') && 'date' in dateCell && dateCell.date === null;
  return { inputs, dateCell, empty };
}

/**
 * Whether a row is still the task sent, and one the ledger still gives the agency: `read` false (with the reason,
 * unless the row was left empty) when its answer must not be read.
 */
function matchRow(row: Row, sent: SentTask, empty: boolean, ctx: RowContext): { issues: ReportIssue[]; read: boolean } {
  const at = (problem: RowProblem, severity: ReportIssue['severity'] = 'error'): ReportIssue =>
    rowIssue(problem, severity, sent.row, sent.no);
  const noText = cellText(row.getCell(COL.no).value);
  if (noText === '') return { issues: [at({ code: 'missing-row', params: {} })], read: false };
  if (Number(noText) !== sent.no) {
    return { issues: [at({ code: 'task-number-changed', params: { found: noText, sent: sent.no } })], read: false };
  }
  if (textHash(cellText(row.getCell(COL.text).value)) !== sent.textHash) {
    return { issues: [at({ code: 'task-text-changed', params: {} })], read: false };
  }
  if (empty) return { issues: [], read: false };
  const task = ctx.ledger.get(sent.no);
  if (task === undefined) return { issues: [at({ code: 'unknown-task', params: {} })], read: false };
  const issues =
    textHash(task.text) !== sent.textHash ? [at({ code: 'ledger-text-changed', params: {} }, 'warning')] : [];
  if (roleOf(task, ctx.agency, ctx.expected.aliases, ctx.expected.groups) === null) {
    // An answer for a task the agency does not hold would write its word into another agency's task.
    issues.push(at({ code: 'not-assigned', params: { agency: ctx.agency } }));
    return { issues, read: false };
  }
  return { issues, read: true };
}

/** Answers longer than the pane accepts: each field over its cap, else the three notes together over one cell. */
function lengthProblems(inputs: AnswerCells['inputs']): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const field of CAPPED_FIELDS) {
    const limit = field === 'by' ? MAX_NAME_CHARS : MAX_ANSWER_CHARS;
    const length = inputs[field].length;
    if (length > limit) problems.push({ code: 'too-long', params: { field, length, limit } });
  }
  if (
    problems.length === 0 &&
    inputs.progress.length + inputs.problems.length + inputs.nextSteps.length + 20 > MAX_CELL_CHARS
  )
    problems.push({ code: 'too-long', params: { field: 'all', limit: MAX_CELL_CHARS } });
  return problems;
}

/** A 填报日期 outside the round's plausible range, or null. */
function implausibleDate(date: IsoDate, round: RowContext['round']): RowProblem | null {
  const earliest = addDays(round.createdAt.slice(0, 10), -DATE_SLACK_BEFORE);
  const latest = addDays(round.dueDate, DATE_SLACK_AFTER);
  return date < earliest || date > latest ? { code: 'implausible-date', params: { date, earliest, latest } } : null;
}

/** A matched row's answer, validated: null when any error keeps it out; its problems, errors and warnings. */
function readAnswer(
  cells: AnswerCells,
  sent: SentTask,
  round: RowContext['round'],
): { answer: ReportAnswer | null; issues: ReportIssue[] } {
  const { inputs, dateCell } = cells;
  const issues: ReportIssue[] = [];
  const add = (problem: RowProblem, severity: ReportIssue['severity'] = 'error'): void => {
    issues.push(rowIssue(problem, severity, sent.row, sent.no));
  };
  const status = inputs.status === '' ? null : normalizeStatus(inputs.status);
  if (inputs.status === '') add({ code: 'missing-status', params: {} });
  else if (status === null) add({ code: 'invalid-status', params: { found: inputs.status } });
  if (inputs.by === '') add({ code: 'missing-reporter', params: {} });
  const date = 'invalid' in dateCell ? null : dateCell.date;
  if ('invalid' in dateCell) add({ code: 'invalid-date', params: { found: dateCell.invalid } });
  else if (date === null) add({ code: 'missing-date', params: {} }, 'warning');
  for (const problem of lengthProblems(inputs)) add(problem);
  const outOfRange = date === null ? null : implausibleDate(date, round);
  if (outOfRange !== null) add(outOfRange);
  if (status === null || issues.some((i) => i.severity === 'error')) return { answer: null, issues };
  return { answer: { ...inputs, no: sent.no, status, date, row: sent.row }, issues };
}

/** Reads one task row into an answer, or the reasons it cannot be applied. */
function readRow(
  sent: SentTask,
  ctx: RowContext,
): { answer: ReportAnswer | null; empty: boolean; issues: ReportIssue[] } {
  const row = ctx.sheet.getRow(sent.row);
  const cells = readAnswerCells(row);
  const matched = matchRow(row, sent, cells.empty, ctx);
  if (!matched.read) return { answer: null, empty: cells.empty, issues: matched.issues };
  const read = readAnswer(cells, sent, ctx.round);
  return { answer: read.answer, empty: cells.empty, issues: [...matched.issues, ...read.issues] };
}

/**
 * Rows of a worksheet handed to ExcelJS: every task a ledger can send plus a margin to notice rows added
 * below them. ExcelJS holds every row it parses (130,000 added rows took 230 MB and 5 s), so the rest are
 * cut from the XML before parsing and only counted (`reportPackage`).
 */
const MAX_ROWS_PARSED = FIRST_TASK_ROW + MAX_REPORT_TASKS + 200;

/** Extra rows named one by one; past this they are counted in one issue (130,000 added rows once overflowed the stack). */
const MAX_EXTRA_ROW_ISSUES = 20;

/**
 * Rows below the sent tasks that hold something in the layout's columns: added by hand, so ignored, but shown.
 * Only the rows the file holds are visited (not every row up to `rowCount`, which one cell at A1048576 makes
 * a million), and only the layout's columns are read.
 */
function extraRows(sheet: Worksheet, after: number): ReportIssue[] {
  const issues: ReportIssue[] = [];
  let more = 0;
  let firstMore = 0;
  sheet.eachRow((row, r) => {
    if (r <= after) return;
    let filled = false;
    for (let c = 1; c <= HEADERS.length && !filled; c += 1) filled = cellText(row.getCell(c).value) !== '';
    if (!filled) return;
    if (issues.length < MAX_EXTRA_ROW_ISSUES)
      issues.push(rowIssue({ code: 'extra-row', params: { what: 'added' } }, 'warning', r, undefined));
    else if (more++ === 0) firstMore = r;
  });
  if (more > 0)
    issues.push(
      rowIssue({ code: 'extra-row', params: { what: 'more-added', count: more } }, 'warning', firstMore, undefined),
    );
  return issues;
}

/**
 * Reads a returned report workbook and validates it against the ledger; problems come back as issues, never as exceptions.
 * @example
 * const result = await readReportWorkbook(bytes, { workbookId, rounds, ledgerRows });
 * if (result.ok) result.report.answers.length;
 */
export async function readReportWorkbook(bytes: Uint8Array, expected: ReadExpectation): Promise<ReadResult> {
  const container = checkXlsxContainer(bytes);
  if (!container.ok) return { ok: false, issues: [container.issue] };
  const bounded = await reportPackage(bytes, container.entries, { maxRows: MAX_ROWS_PARSED });
  if (!bounded.ok) return { ok: false, issues: [bounded.issue] };
  const wb = await loadWorkbook(bounded.bytes);
  if (wb === null) return refused({ code: 'unreadable', params: { what: 'workbook' } });
  const metaSheet = wb.getWorksheet(META_SHEET);
  if (metaSheet === undefined) return refused({ code: 'not-a-report', params: { what: 'no-identity' } });
  const meta = readReportMeta(metaSheet);
  const identity = await checkReportIdentity(meta, expected);
  if (!identity.ok) return { ok: false, issues: [identity.issue] };
  const sheet = wb.getWorksheet(REPORT_SHEET);
  if (sheet === undefined) {
    return refused({ code: 'not-a-report', params: { what: 'no-report-sheet', sheet: REPORT_SHEET } });
  }
  const { round } = identity;
  const agency = meta.values.agency ?? '';
  const ledger = new Map(expected.ledgerRows.map((r) => [r.no, r]));
  const rows = readRows(meta.tasks, { sheet, ledger, agency, expected, round }, identity.issues);
  if (bounded.cut > 0) {
    const beyond: RowProblem = { code: 'extra-row', params: { what: 'beyond-range', count: bounded.cut } };
    rows.issues.push(rowIssue(beyond, 'warning', bounded.firstCut, undefined));
  }
  return {
    ok: true,
    report: {
      formatVersion: meta.version,
      authenticated: identity.authenticated,
      workbookId: expected.workbookId,
      roundId: round.id,
      roundName: round.name,
      agency,
      ...rows,
    },
  };
}

/** The workbook ExcelJS makes of the bytes; null when it cannot read them. */
async function loadWorkbook(bytes: Uint8Array): Promise<Workbook | null> {
  const ExcelJS = await loadExcelJS();
  try {
    const wb = new ExcelJS.Workbook();
    // ExcelJS's typings ask for a Node Buffer; it accepts any Uint8Array (JSZip reads it).
    await wb.xlsx.load(bytes as unknown as Parameters<Workbook['xlsx']['load']>[0]);
    return wb;
  } catch {
    return null;
  }
}

/** Every sent row read, then the rows added below them; `issues` starts with the identity's warnings. */
function readRows(
  tasks: readonly SentTask[],
  ctx: RowContext,
  identityIssues: readonly ReportIssue[],
): Pick<ReturnedReport, 'answers' | 'issues' | 'unanswered'> {
  const answers: ReportAnswer[] = [];
  const issues: ReportIssue[] = [...identityIssues];
  const unanswered: number[] = [];
  let lastRow = 0;
  for (const sent of tasks) {
    lastRow = Math.max(lastRow, sent.row);
    const read = readRow(sent, ctx);
    for (const issue of read.issues) issues.push(issue); // never push(...many): a spread of 100,000 overflows the stack
    if (read.answer !== null) answers.push(read.answer);
    else if (read.empty && read.issues.every((i) => i.severity !== 'error')) unanswered.push(sent.no);
  }
  for (const issue of extraRows(ctx.sheet, lastRow)) issues.push(issue);
  return { answers, issues, unanswered };
}
