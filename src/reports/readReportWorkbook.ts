/**
 * Reads a returned report workbook back: checks the container, matches it to its workbook, round
 * and agency, and validates every row against what was sent and against the ledger. Never throws.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { addDays, normalizeStatus, STATUSES, type IsoDate, type Status } from '../model';
import { cellDate, cellText } from './cellText';
import { checkXlsxContainer } from './checkXlsxContainer';
import { checkReportIdentity } from './checkReportIdentity';
import { loadExcelJS } from './loadExcelJS';
import { reportPackage } from './reportPackage';
import { textHash } from './reportChecksum';
import { COL, FIRST_TASK_ROW, HEADERS, META_SHEET, REPORT_SHEET } from './reportLayout';
import { MAX_REPORT_TASKS, readReportMeta } from './reportMeta';
import type { SignedTask } from './reportSignature';
import { roleOf } from './tasksForAgency';
import {
  type ReadExpectation,
  type ReadResult,
  type ReportAnswer,
  type ReportIssue,
  type ReportLedgerRow,
} from './types';

type SentTask = SignedTask;

function refused(code: ReportIssue['code'], message: string): ReadResult {
  return { ok: false, issues: [{ code, severity: 'error', message }] };
}

function rowIssue(
  code: ReportIssue['code'],
  severity: ReportIssue['severity'],
  row: number,
  no: number | undefined,
  text: string,
): ReportIssue {
  const where = no === undefined ? `第${row}行` : `第${row}行（序号${no}）`;
  return no === undefined
    ? { code, severity, row, message: `${where}：${text}` }
    : { code, severity, row, no, message: `${where}：${text}` };
}

/** The pane's caps (StatusUpdateSchema: note 4,000, name 100), so a report can write nothing the pane could not. */
const MAX_ANSWER_CHARS = 4_000;
const MAX_NAME_CHARS = 100;
/** Excel's limit for one cell: the history entry joins the three answers, so their sum is held below it too. */
const MAX_CELL_CHARS = 32_767;
/** A 填报日期 before the round (less a month's slack for a form filled early) or long after its deadline is a typo or a forgery. */
const DATE_SLACK_BEFORE = 31;
const DATE_SLACK_AFTER = 365;

const INPUT_LABELS = { progress: '进展情况', problems: '存在问题', nextSteps: '下步打算', by: '填报人' } as const;

/** Reads one task row into an answer, or the reasons it cannot be applied. */
function readRow(
  sheet: Worksheet,
  sent: SentTask,
  ledger: ReadonlyMap<number, ReportLedgerRow>,
  agency: string,
  expected: ReadExpectation,
  round: { createdAt: string; dueDate: IsoDate },
): { answer: ReportAnswer | null; empty: boolean; issues: ReportIssue[] } {
  const r = sent.row;
  const row = sheet.getRow(r);
  const issues: ReportIssue[] = [];
  const inputs = {
    status: cellText(row.getCell(COL.status).value),
    progress: cellText(row.getCell(COL.progress).value),
    problems: cellText(row.getCell(COL.problems).value),
    nextSteps: cellText(row.getCell(COL.nextSteps).value),
    by: cellText(row.getCell(COL.by).value),
  };
  const dateCell = cellDate(row.getCell(COL.date).value);
  const empty = Object.values(inputs).every((v) => v === '') && 'date' in dateCell && dateCell.date === null;

  const noText = cellText(row.getCell(COL.no).value);
  if (noText === '') {
    issues.push(rowIssue('missing-row', 'error', r, sent.no, '序号为空，该行可能被删除或移动；未导入。'));
    return { answer: null, empty, issues };
  }
  if (Number(noText) !== sent.no) {
    issues.push(
      rowIssue(
        'task-number-changed',
        'error',
        r,
        sent.no,
        `序号被改为“${noText}”，与发出时的 ${sent.no} 不符；该行未导入。`,
      ),
    );
    return { answer: null, empty, issues };
  }
  const fileText = cellText(row.getCell(COL.text).value);
  if (textHash(fileText) !== sent.textHash) {
    issues.push(
      rowIssue(
        'task-text-changed',
        'error',
        r,
        sent.no,
        '“工作任务”内容与发出时不一致（被改动过）；该行未导入，请核实后让填报单位重新填报。',
      ),
    );
    return { answer: null, empty, issues };
  }
  if (empty) return { answer: null, empty, issues };
  const task = ledger.get(sent.no);
  if (task === undefined) {
    issues.push(
      rowIssue('unknown-task', 'error', r, sent.no, '台账中没有这项任务（可能已被删除或重新编号）；该行未导入。'),
    );
    return { answer: null, empty, issues };
  }
  if (textHash(task.text) !== sent.textHash) {
    issues.push(
      rowIssue(
        'ledger-text-changed',
        'warning',
        r,
        sent.no,
        '发出填报表后，台账中这项任务的内容已修改；按序号导入，请留意核对。',
      ),
    );
  }
  if (roleOf(task, agency, expected.aliases, expected.groups) === null) {
    // An answer for a task the agency does not hold would write its word into another agency's task.
    issues.push(
      rowIssue(
        'not-assigned',
        'error',
        r,
        sent.no,
        `台账中这项任务的负责单位没有${agency}，该单位的填报不能写入；该行未导入。如分工已调整，请重新发送填报表。`,
      ),
    );
    return { answer: null, empty, issues };
  }

  let status: Status | null = null;
  if (inputs.status === '') {
    issues.push(rowIssue('missing-status', 'error', r, sent.no, '已填写内容但未选择“状态”；该行未导入。'));
  } else {
    status = normalizeStatus(inputs.status);
    if (status === null) {
      issues.push(
        rowIssue(
          'invalid-status',
          'error',
          r,
          sent.no,
          `状态“${inputs.status}”无效，应为：${STATUSES.join('、')}；该行未导入。`,
        ),
      );
    }
  }
  if (inputs.by === '') issues.push(rowIssue('missing-reporter', 'error', r, sent.no, '未填写“填报人”；该行未导入。'));
  let date = null;
  if ('invalid' in dateCell) {
    issues.push(
      rowIssue(
        'invalid-date',
        'error',
        r,
        sent.no,
        `填报日期“${dateCell.invalid}”无法识别，应如 2026-11-25；该行未导入。`,
      ),
    );
  } else {
    date = dateCell.date;
    if (date === null)
      issues.push(rowIssue('missing-date', 'warning', r, sent.no, '未填写“填报日期”，按导入当天记录。'));
  }
  let tooLong = false;
  for (const key of ['progress', 'problems', 'nextSteps', 'by'] as const) {
    const cap = key === 'by' ? MAX_NAME_CHARS : MAX_ANSWER_CHARS;
    if (inputs[key].length > cap) {
      tooLong = true;
      issues.push(
        rowIssue(
          'too-long',
          'error',
          r,
          sent.no,
          `“${INPUT_LABELS[key]}”有 ${inputs[key].length} 字，超过 ${cap} 字的上限；该行未导入，请精简后重新填报。`,
        ),
      );
    }
  }
  if (!tooLong && inputs.progress.length + inputs.problems.length + inputs.nextSteps.length + 20 > MAX_CELL_CHARS) {
    tooLong = true;
    issues.push(
      rowIssue('too-long', 'error', r, sent.no, `各栏合计超过 Excel 单元格 ${MAX_CELL_CHARS} 字的上限；该行未导入。`),
    );
  }
  let implausible = false;
  if (date !== null) {
    const earliest = addDays(round.createdAt.slice(0, 10), -DATE_SLACK_BEFORE);
    const latest = addDays(round.dueDate, DATE_SLACK_AFTER);
    if (date < earliest || date > latest) {
      implausible = true;
      issues.push(
        rowIssue(
          'implausible-date',
          'error',
          r,
          sent.no,
          `填报日期 ${date} 不在本轮填报的合理范围（${earliest} 至 ${latest}）内；该行未导入，请核实后重新填报。`,
        ),
      );
    }
  }
  if (status === null || inputs.by === '' || 'invalid' in dateCell || tooLong || implausible)
    return { answer: null, empty, issues };
  return { answer: { ...inputs, no: sent.no, status, date, row: r }, empty, issues };
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
      issues.push(rowIssue('extra-row', 'warning', r, undefined, '这一行不是发出的任务（可能是自行添加的），已忽略。'));
    else if (more++ === 0) firstMore = r;
  });
  if (more > 0)
    issues.push(
      rowIssue('extra-row', 'warning', firstMore, undefined, `自此行起另有 ${more} 行不是发出的任务，均已忽略。`),
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

  const ExcelJS = await loadExcelJS();
  let wb: Workbook;
  try {
    wb = new ExcelJS.Workbook();
    // ExcelJS's typings ask for a Node Buffer; it accepts any Uint8Array (JSZip reads it).
    await wb.xlsx.load(bounded.bytes as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  } catch {
    return refused(
      'unreadable',
      '文件已损坏，Excel 工作簿无法读取。请让填报单位在 Excel 或 WPS 中打开后另存为 .xlsx 再发送。',
    );
  }
  const metaSheet = wb.getWorksheet(META_SHEET);
  const sheet = wb.getWorksheet(REPORT_SHEET);
  if (metaSheet === undefined) {
    return refused('not-a-report', '这不是本台账发出的填报表（缺少识别信息）。请使用“发送填报表”生成的文件填写。');
  }
  const meta = readReportMeta(metaSheet);
  const identity = await checkReportIdentity(meta, expected);
  if (!identity.ok) return { ok: false, issues: [identity.issue] };
  const { round } = identity;
  const v = meta.values;
  if (sheet === undefined) {
    return refused('not-a-report', `找不到“${REPORT_SHEET}”工作表（可能被删除或改名），未导入。`);
  }

  const ledger = new Map(expected.ledgerRows.map((r) => [r.no, r]));
  const answers: ReportAnswer[] = [];
  const issues: ReportIssue[] = [...identity.issues];
  const unanswered: number[] = [];
  let lastRow = 0;
  for (const sent of meta.tasks) {
    lastRow = Math.max(lastRow, sent.row);
    const read = readRow(sheet, sent, ledger, v.agency ?? '', expected, round);
    for (const issue of read.issues) issues.push(issue); // never push(...many): a spread of 100,000 overflows the stack
    if (read.answer !== null) answers.push(read.answer);
    else if (read.empty && read.issues.every((i) => i.severity !== 'error')) unanswered.push(sent.no);
  }
  for (const issue of extraRows(sheet, lastRow)) issues.push(issue);
  if (bounded.cut > 0) {
    issues.push(
      rowIssue(
        'extra-row',
        'warning',
        bounded.firstCut,
        undefined,
        `自此行起另有 ${bounded.cut} 行超出填报表的范围，未读取。`,
      ),
    );
  }
  return {
    ok: true,
    report: {
      formatVersion: meta.version,
      authenticated: identity.authenticated,
      workbookId: expected.workbookId,
      roundId: round.id,
      roundName: round.name,
      agency: v.agency ?? '',
      answers,
      issues,
      unanswered,
    },
  };
}
