/**
 * Writes one agency's report workbook (.xlsx): its tasks locked, the input columns open, a status
 * drop-down, a progress formula, and the identity, signed with the ledger's key, in a very hidden `_meta` sheet.
 */
import type { DataValidation, Row, Workbook, Worksheet } from 'exceljs';
import { STATUSES } from '../model';
import { chineseDate } from './chineseDate';
import { loadExcelJS } from './loadExcelJS';
import {
  COL,
  FIRST_TASK_ROW,
  HEADER_ROW,
  HEADERS,
  INPUT_COLUMNS,
  INSTRUCTIONS_ROW,
  META_KEYS,
  META_SHEET,
  REPORT_SHEET,
  ROLE_LABELS,
  SUMMARY_ROW,
  TEXT_INPUT_COLUMNS,
  TITLE_ROW,
  columnLetter,
  metaTasksHeaderRow,
  type MetaKey,
} from './reportLayout';
import { textHash } from './reportChecksum';
import { xmlSafeRequest } from './xmlSafeRequest';
import { sealReport, type ReportIdentity, type ReportSeal } from './reportSignature';
import { REPORT_FORMAT_VERSION, type ReportRequest } from './types';

const INPUT_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } as const;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } } as const;
const THIN = { style: 'thin', color: { argb: 'FFBFBFBF' } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const WIDTHS = [6, 48, 10, 14, 10, 36, 10, 40, 30, 30, 10, 12];

/**
 * The instructions at the top of the 填报 sheet, in Chinese: what to fill, the status list, mandatory fields, the due day.
 * @example reportInstructions({ round, agency: '市教育局' }).split('\n')[0] // '填报说明：1. 请市教育局在黄色栏目…'
 */
export function reportInstructions(request: Pick<ReportRequest, 'round' | 'agency'>): string {
  return [
    `填报说明：1. 请${request.agency}在黄色栏目（状态、进展情况、存在问题、下步打算、填报人、填报日期）中填写，其余栏目已锁定，请勿修改。`,
    `2. “状态”请从下拉列表中选择：${STATUSES.join('、')}。`,
    '3. 凡填写了内容的行，“状态”和“填报人”必须填写；整行不填视为本期未报送该项。',
    '4. “填报日期”请填写日期，如 2026-11-25。',
    `5. 请于${chineseDate(request.round.dueDate)}前将本文件原样发回（可另存，不要增删行、不要删除工作表），可用 Excel 或 WPS 填写。`,
  ].join('\n');
}

/** The `_meta` values, in `META_KEYS` order. */
function metaValues(identity: ReportIdentity, seal: ReportSeal): Record<MetaKey, string | number> {
  return {
    formatVersion: identity.formatVersion,
    workbookId: identity.workbookId,
    roundId: identity.roundId,
    roundName: identity.roundName,
    dueDate: identity.dueDate,
    agency: identity.agency,
    taskCount: identity.tasks.length,
    keyId: identity.keyId,
    nonce: identity.nonce,
    signature: seal.signature,
    workbookTag: seal.tags.workbook,
    roundTag: seal.tags.round,
    agencyTag: seal.tags.agency,
    tasksTag: seal.tags.tasks,
  };
}

/** 16 random bytes, hex: each file's own, so its tags verify in no other file. */
function newNonce(): string {
  let out = '';
  for (const b of crypto.getRandomValues(new Uint8Array(16))) out += b.toString(16).padStart(2, '0');
  return out;
}

/** The workbook's document properties, and a full recalculation on open. */
function describeWorkbook(wb: Workbook, request: ReportRequest): void {
  wb.creator = '重点任务台账';
  wb.title = `${request.round.name}重点任务进展填报表`;
  wb.subject = request.agency;
  wb.keywords = `key-task-ledger report v${REPORT_FORMAT_VERSION}`;
  // Excel and WPS recompute the progress formula on open (ExcelJS stores no cached result).
  wb.calcProperties = { fullCalcOnLoad: true };
}

/** The 填报 sheet: frozen at the first status cell, printed landscape on A4 one page wide. */
function addReportSheet(wb: Workbook): Worksheet {
  const ws = wb.addWorksheet(REPORT_SHEET, {
    views: [
      { state: 'frozen', xSplit: 2, ySplit: HEADER_ROW, activeCell: `${columnLetter(COL.status)}${FIRST_TASK_ROW}` },
    ],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  return ws;
}

/** The title and the instructions, each merged across the layout's columns. */
function writeTitleAndInstructions(ws: Worksheet, request: ReportRequest): void {
  const lastCol = columnLetter(HEADERS.length);
  ws.mergeCells(`A${TITLE_ROW}:${lastCol}${TITLE_ROW}`);
  const title = ws.getCell(`A${TITLE_ROW}`);
  title.value = `${request.round.name}重点任务进展填报表（${request.agency}）`;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(TITLE_ROW).height = 30;

  ws.mergeCells(`A${INSTRUCTIONS_ROW}:${lastCol}${INSTRUCTIONS_ROW}`);
  const instructions = ws.getCell(`A${INSTRUCTIONS_ROW}`);
  instructions.value = reportInstructions(request);
  instructions.alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(INSTRUCTIONS_ROW).height = 96;
}

/** The summary row: a formula counting the rows filled in, and the due date. */
function writeSummaryRow(ws: Worksheet, request: ReportRequest): void {
  // An empty list still gets a one-row range, so the formulas stay valid.
  const lastRow = FIRST_TASK_ROW + Math.max(request.tasks.length, 1) - 1;
  const statusRange = `${columnLetter(COL.status)}${FIRST_TASK_ROW}:${columnLetter(COL.status)}${lastRow}`;
  const noRange = `A${FIRST_TASK_ROW}:A${lastRow}`;
  ws.getCell(`A${SUMMARY_ROW}`).value = '填报进度';
  ws.getCell(`A${SUMMARY_ROW}`).font = { bold: true };
  ws.getCell(`B${SUMMARY_ROW}`).value = {
    formula: `"已填报"&COUNTA(${statusRange})&"项，共"&COUNT(${noRange})&"项，其中已完成"&COUNTIF(${statusRange},"已完成")&"项"`,
  };
  ws.getCell(`C${SUMMARY_ROW}`).value = '报送截止';
  ws.getCell(`C${SUMMARY_ROW}`).font = { bold: true };
  ws.mergeCells(`D${SUMMARY_ROW}:E${SUMMARY_ROW}`);
  ws.getCell(`D${SUMMARY_ROW}`).value = request.round.dueDate;
}

function writeHeaderRow(ws: Worksheet): void {
  const header = ws.getRow(HEADER_ROW);
  HEADERS.forEach((text, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = (INPUT_COLUMNS as readonly number[]).includes(i + 1) ? INPUT_FILL : HEADER_FILL;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  header.height = 22;
}

const STATUS_LIST = `"${STATUSES.join(',')}"`;
const STATUS_ERROR = `请从下拉列表中选择：${STATUSES.join('、')}`;

/** The 状态 drop-down, whose alert (in Chinese, for the agency) names the statuses. */
function statusValidation(): DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [STATUS_LIST],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '状态无效',
    error: STATUS_ERROR,
    showInputMessage: true,
    promptTitle: '状态',
    prompt: '请从下拉列表中选择',
  };
}

/** The 填报日期 check: a date in 2000–2099 (alert in Chinese, for the agency). */
function dateValidation(): DataValidation {
  return {
    type: 'date',
    operator: 'between',
    allowBlank: true,
    formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2099, 11, 31))],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '日期无效',
    error: '请填写日期，如 2026-11-25',
  };
}

/** One task's row: its locked columns, then the open input columns with their formats and checks. */
function writeTaskRow(row: Row, task: ReportRequest['tasks'][number]): void {
  row.getCell(COL.no).value = task.no;
  row.getCell(COL.text).value = task.text;
  row.getCell(COL.role).value = ROLE_LABELS[task.role];
  row.getCell(COL.deadline).value =
    task.deadline ?? (task.schedule !== undefined && task.schedule !== '' ? task.schedule : '—');
  row.getCell(COL.currentStatus).value = task.status;
  row.getCell(COL.lastProgress).value = task.lastProgress;
  for (let col = 1; col <= HEADERS.length; col += 1) {
    const cell = row.getCell(col);
    cell.border = BORDER;
    cell.alignment = { vertical: 'top', wrapText: true };
  }
  for (const col of INPUT_COLUMNS) {
    const cell = row.getCell(col);
    cell.protection = { locked: false };
    cell.fill = INPUT_FILL;
  }
  // Text format, so what an agency types (e.g. `=开展调研`, `-已完成`) stays text in Excel, WPS and LibreOffice, not a broken formula.
  for (const col of TEXT_INPUT_COLUMNS) row.getCell(col).numFmt = '@';
  row.getCell(COL.status).dataValidation = statusValidation();
  const date = row.getCell(COL.date);
  date.numFmt = 'yyyy-mm-dd';
  date.dataValidation = dateValidation();
}

/** What the file is signed for: ledger, round, agency and the task list (each task's text by its hash). */
function reportIdentity(request: ReportRequest): ReportIdentity {
  return {
    formatVersion: REPORT_FORMAT_VERSION,
    keyId: request.key.id,
    nonce: newNonce(),
    workbookId: request.workbookId,
    roundId: request.round.id,
    roundName: request.round.name,
    dueDate: request.round.dueDate,
    agency: request.agency,
    tasks: request.tasks.map((t, i) => ({
      no: t.no,
      role: t.role,
      textHash: textHash(t.text),
      row: FIRST_TASK_ROW + i,
    })),
  };
}

/** The very hidden `_meta` sheet: the identity's keys and values, then the task list with each task's tag. */
async function writeMetaSheet(wb: Workbook, identity: ReportIdentity, seal: ReportSeal): Promise<void> {
  const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const values = metaValues(identity, seal);
  META_KEYS.forEach((key, i) => {
    meta.getCell(i + 1, 1).value = key;
    meta.getCell(i + 1, 2).value = values[key];
  });
  const tasksHeader = metaTasksHeaderRow(REPORT_FORMAT_VERSION);
  ['no', 'role', 'textHash', 'row', 'tag'].forEach((label, i) => {
    meta.getCell(tasksHeader, i + 1).value = label;
  });
  identity.tasks.forEach((t, i) => {
    const r = tasksHeader + 1 + i;
    meta.getCell(r, 1).value = t.no;
    meta.getCell(r, 2).value = t.role;
    meta.getCell(r, 3).value = t.textHash;
    meta.getCell(r, 4).value = t.row;
    meta.getCell(r, 5).value = seal.taskTags[i] ?? '';
  });
  await meta.protect('', {});
}

/**
 * Builds the .xlsx bytes of one agency's report workbook for a round.
 * @example const bytes = await buildReportWorkbook({ workbookId, key, round, agency: '市教育局', tasks: tasksForAgency(rows, '市教育局') });
 */
export async function buildReportWorkbook(unsafe: ReportRequest): Promise<Uint8Array> {
  // Text XML forbids (a paste can carry U+FFFF) would blank every later string in LibreOffice and WPS.
  const request = xmlSafeRequest(unsafe);
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  describeWorkbook(wb, request);
  const ws = addReportSheet(wb);
  writeTitleAndInstructions(ws, request);
  writeSummaryRow(ws, request);
  writeHeaderRow(ws);
  request.tasks.forEach((task, i) => writeTaskRow(ws.getRow(FIRST_TASK_ROW + i), task));
  // No password: the protection guards against accidental edits, not against people (documented in docs/reports.md).
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
  const identity = reportIdentity(request);
  // The signature and tags go into the file; the key itself never does.
  await writeMetaSheet(wb, identity, await sealReport(request.key, identity));
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
