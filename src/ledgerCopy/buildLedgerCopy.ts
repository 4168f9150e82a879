/**
 * Writes 导出台账副本 (.xlsx) with ExcelJS: 汇总 (native formulas only), 任务台账 (the ledger's values, its 预警
 * formula, number formats, the 状态 drop-down, row colours, plus the helper columns the 汇总 formulas read) and
 * 进展记录 (the full history). Nothing in it needs the add-in: Excel, WPS and LibreOffice compute the same numbers.
 */
import {
  STATUSES,
  agencyNormalizer,
  xmlSafeText,
  composeNotice,
  countByAgency,
  countBySection,
  isValidIsoDate,
  toExcelSerial,
  type Section,
} from '../model';
import type { DataValidation } from 'exceljs';
import { loadExcelJS } from '../reports/loadExcelJS';
import {
  HISTORY_COLUMNS,
  LEDGER_COLUMNS,
  NUMBER_FORMATS,
  WARNING_TEXTS,
  type LedgerColumnKey,
} from '../ledgerLayout/ledgerColumns';
import { BLUE_ROW, ROW_COLOURS } from '../ledgerLayout/rowColours';
import { sourceCells } from '../ledgerLayout/sourceCells';
import {
  LAGGING_COUNTS_NAME,
  SOURCE_PRESENT,
  SOURCE_REMOVED,
  WARN_DAYS_NAME,
  WARN_PRESET_NAME,
} from '../ledgerLayout/workbookNames';
import { columnLetter } from '../ledgerLayout/cellAddress';
import { agencyRowFormulas, copyRanges, copyWarningFormula, noticeFormula, sectionRowFormulas } from './copyFormulas';
import { copyText } from './copyText';
import { helperCells, sectionNumbers } from './helperCells';
import {
  AGENCY_HEADERS,
  AS_OF_CELL,
  AS_OF_NAME,
  COPY_HISTORY_SHEET,
  COPY_LEDGER_SHEET,
  COPY_SUMMARY_SHEET,
  HELPER_COLUMNS,
  LEDGER_FIRST_ROW,
  LEDGER_HEADER_ROW,
  SECTION_HEADERS,
  SUMMARY_ROWS,
  WARN_DAYS_CELL,
  WARN_PRESET_CELL,
  LAGGING_COUNTS_CELL,
  summaryLayout,
} from './ledgerCopyLayout';
import type { LedgerCopyProblem, LedgerCopyRequest, LedgerCopyResult, TooLongPlace } from './types';

type Cell = string | number | { formula: string } | null;

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } } as const;
const HELPER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } } as const;
const GREY = { color: { argb: 'FF808080' } } as const;
/** Points (the live ledger's widths) to ExcelJS's character widths (about 5.25 pt per character of the default font). */
const chars = (points: number): number => Math.round((points / 5.25) * 10) / 10;

/** Thrown out of the sheet writers when a text does not fit a cell; `buildLedgerCopy` turns it into data. */
class TooLong extends Error {
  constructor(readonly place: TooLongPlace) {
    super('too-long');
  }
}

function text(value: string, where: TooLongPlace): string {
  const stored = copyText(value);
  if (stored === null) throw new TooLong(where);
  return stored;
}

/** A task's cell under `column` (its header; '' for the role helper cells). */
const taskCell = (no: number, column: string): TooLongPlace => ({ kind: 'task', no, column });

function serial(iso: string | null | undefined): number | '' {
  if (iso === null || iso === undefined) return '';
  const n = toExcelSerial(iso);
  return Number.isFinite(n) ? n : '';
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function sectionLabel(section: Section | undefined): string {
  return section ? `${section.numeral}、${section.title}` : '未分节';
}

/** The warning rule's colours and 滞后 setting on 汇总 row 7, editable like 截至日期 and 预警天数. */
function writeRuleCells(
  summary: import('exceljs').Worksheet,
  request: LedgerCopyRequest,
  label: (address: string, value: string) => void,
  put: (address: string, value: string, numFmt?: string) => void,
): void {
  const row = SUMMARY_ROWS.rule;
  label(`A${row}`, WARN_PRESET_NAME);
  put(WARN_PRESET_CELL, request.rule?.preset ?? '红黄绿', '@');
  label(`C${row}`, LAGGING_COUNTS_NAME);
  put(LAGGING_COUNTS_CELL, request.rule?.laggingCounts === true ? '是' : '否', '@');
  summary.mergeCells(`E${row}:I${row}`);
  put(
    `E${row}`,
    '配色：红黄绿 或 蓝黄红；滞后计入预警：是 或 否（是：单位报告“滞后”的任务在“预警”列显示“滞后”）。',
    '@',
  );
  for (const cell of [WARN_PRESET_CELL, LAGGING_COUNTS_CELL]) {
    summary.getCell(cell).protection = { locked: false };
    summary.getCell(cell).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  }
}

/** The file name of a copy: `台账副本_2026-11-29.xlsx`. */
function ledgerCopyFileName(asOf: string): string {
  return `台账副本_${asOf}.xlsx`;
}

function badRequest(request: LedgerCopyRequest): LedgerCopyProblem | null {
  if (!isValidIsoDate(request.asOf)) return { code: 'as-of-invalid', params: { asOf: request.asOf } };
  if (!Number.isInteger(request.warnDays) || request.warnDays < 0 || request.warnDays > 3650)
    return { code: 'warn-days-invalid', params: { warnDays: request.warnDays } };
  if (request.rows.length > 1_000_000) return { code: 'too-many-rows', params: { rows: request.rows.length } };
  return null;
}

/**
 * Builds the copy's .xlsx bytes, or says why not (a text too long for a cell, an invalid as-of day).
 * @example
 * const result = await buildLedgerCopy({ rows: snapshot.rows, history, sections, asOf: '2026-11-29', rolling: true, warnDays: 7, aliases: snapshot.aliases });
 */
export async function buildLedgerCopy(request: LedgerCopyRequest): Promise<LedgerCopyResult> {
  const bad = badRequest(request);
  if (bad !== null) return { ok: false, problem: bad };
  try {
    const bytes = await write(request);
    return { ok: true, bytes, fileName: ledgerCopyFileName(request.asOf) };
  } catch (error) {
    if (error instanceof TooLong) return { ok: false, problem: { code: 'too-long', params: error.place } };
    throw error;
  }
}

async function write(request: LedgerCopyRequest): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  const title = request.title?.trim() || '重点任务推进情况';
  wb.creator = '重点任务台账';
  wb.title = `${title}（台账副本）`;
  wb.keywords = 'key-task-ledger copy v1';
  // No cached results are written: every program computes the formulas when it opens the file.
  wb.calcProperties = { fullCalcOnLoad: true };

  const summary = wb.addWorksheet(COPY_SUMMARY_SHEET, {
    views: [{ state: 'frozen', ySplit: SUMMARY_ROWS.sectionHeader - 1 }],
  });
  const ledger = wb.addWorksheet(COPY_LEDGER_SHEET, { views: [{ state: 'frozen', ySplit: LEDGER_HEADER_ROW }] });
  const history = wb.addWorksheet(COPY_HISTORY_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  writeLedgerSheet(ledger, request);
  writeHistorySheet(history, request);
  await writeSummarySheet(wb, summary, request, title);

  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

type Workbook = import('exceljs').Workbook;
type Worksheet = import('exceljs').Worksheet;
/** Writes a value (and number format) into a 汇总 cell; `label` writes a bold caption. */
type Put = (address: string, value: Cell, numFmt?: string) => void;
type Label = (address: string, value: string) => void;

/** 任务台账: the columns and header, one row per task, the filter, the 状态 drop-down and the row colours. */
function writeLedgerSheet(ledger: Worksheet, request: LedgerCopyRequest): void {
  ledger.columns = [
    ...LEDGER_COLUMNS.map((c) => ({
      width: chars(c.width),
      style: {
        numFmt: NUMBER_FORMATS[c.format],
        alignment: { vertical: 'top' as const, wrapText: c.wrap },
        ...(c.key === 'sourceState' ? { font: GREY } : {}),
      },
    })),
    ...HELPER_COLUMNS.map((c) => ({
      width: c.width,
      style: { numFmt: c.key === 'sectionNo' ? 'General' : '@', alignment: { vertical: 'top' as const }, font: GREY },
    })),
  ];
  const header = ledger.getRow(LEDGER_HEADER_ROW);
  header.values = [...LEDGER_COLUMNS.map((c) => c.header), ...HELPER_COLUMNS.map((c) => c.header)];
  header.eachCell((cell, col) => {
    cell.font = { bold: true, ...(col > LEDGER_COLUMNS.length ? GREY : {}) };
    cell.fill = col > LEDGER_COLUMNS.length ? HELPER_FILL : HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });

  const normalize = request.aliases ? agencyNormalizer(request.aliases) : null;
  const sectionSet = sectionNumbers(request.sections);
  request.rows.forEach((row, i) => {
    const cells = ledgerRowCells(row, i, request, sectionSet, normalize);
    const sheetRow = ledger.getRow(LEDGER_FIRST_ROW + i);
    cells.forEach((value, col) => {
      if (value !== '' && value !== null) sheetRow.getCell(col + 1).value = value;
    });
  });

  writeLedgerRules(ledger, request.rows.length);
}

/** The cells of task row `i` (0-based) of 任务台账, the helper columns after the ledger's. */
function ledgerRowCells(
  row: LedgerCopyRequest['rows'][number],
  i: number,
  request: LedgerCopyRequest,
  sectionSet: ReturnType<typeof sectionNumbers>,
  normalize: ReturnType<typeof agencyNormalizer> | null,
): Cell[] {
  const where = taskCell(row.no, '');
  const source = sourceCells(row, request.sections);
  const helpers = helperCells(row, sectionSet, normalize);
  const byKey: Record<LedgerColumnKey, Cell> = {
    no: row.no,
    section: text(row.sectionTitle, taskCell(row.no, '板块')),
    text: text(row.text, taskCell(row.no, '工作任务')),
    units: text(row.units, taskCell(row.no, '负责单位')),
    lead: text(source.lead, where),
    support: text(source.support, where),
    joint: text(source.joint, where),
    schedule: text(row.schedule, taskCell(row.no, '时间进度')),
    deadline: source.deadline,
    extensionDate: serial(row.extension?.date),
    extensionReason: text(row.extension?.reason ?? '', taskCell(row.no, '延期原因')),
    status: row.status,
    progress: text(row.progress, taskCell(row.no, '进展情况')),
    updated: serial(row.updated),
    reporter: text(row.reporter, taskCell(row.no, '填报人')),
    warning: { formula: copyWarningFormula(LEDGER_FIRST_ROW - 1 + i).slice(1) },
    sourceState: row.missing ? SOURCE_REMOVED : SOURCE_PRESENT,
  };
  return [
    ...LEDGER_COLUMNS.map((c) => byKey[c.key]),
    helpers.sectionNo,
    text(helpers.lead, where),
    text(helpers.support, where),
    text(helpers.joint, where),
  ];
}

/** 任务台账's filter, the 状态 drop-down and the row colours keyed on 预警, over `n` task rows. */
function writeLedgerRules(ledger: Worksheet, n: number): void {
  const lastRow = LEDGER_FIRST_ROW + Math.max(n, 1) - 1;
  const lastCol = columnLetter(LEDGER_COLUMNS.length + HELPER_COLUMNS.length - 1);
  const statusLetter = columnLetter(LEDGER_COLUMNS.findIndex((c) => c.key === 'status'));
  const warningLetter = columnLetter(LEDGER_COLUMNS.findIndex((c) => c.key === 'warning'));
  ledger.autoFilter = `A${LEDGER_HEADER_ROW}:${lastCol}${lastRow}`;
  // The same drop-down and alert as the live ledger's (queueStatusValidation).
  // One range-wide rule (ExcelJS's typings omit `dataValidations`; per-cell rules would repeat it 10,000 times).
  (ledger as unknown as { dataValidations: { add(address: string, rule: DataValidation): void } }).dataValidations.add(
    `${statusLetter}${LEDGER_FIRST_ROW}:${statusLetter}${lastRow}`,
    {
      type: 'list',
      allowBlank: true,
      formulae: [`"${STATUSES.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '状态',
      error: `请选择：${STATUSES.join('、')}`,
    },
  );
  // The live ledger's row colours, keyed on the 预警 cell ($column, relative row).
  // 蓝黄红 (预警配色 on 汇总) paints 临期 blue and 滞后 yellow; 红黄绿 paints 临期 yellow and 滞后 red. The first rule that holds wins.
  const w = `$${warningLetter}${LEDGER_FIRST_ROW}`;
  const byr = `${WARN_PRESET_NAME}="蓝黄红"`;
  const colours: [string, string][] = [
    [`${w}="${WARNING_TEXTS.overdue}"`, ROW_COLOURS.overdue],
    [`AND(${w}="${WARNING_TEXTS.lagging}",${byr})`, ROW_COLOURS.dueSoon],
    [`${w}="${WARNING_TEXTS.lagging}"`, ROW_COLOURS.overdue],
    [`AND(${w}="${WARNING_TEXTS.dueSoon}",${byr})`, BLUE_ROW],
    [`${w}="${WARNING_TEXTS.dueSoon}"`, ROW_COLOURS.dueSoon],
    [`${w}="${WARNING_TEXTS.done}"`, ROW_COLOURS.done],
  ];
  ledger.addConditionalFormatting({
    ref: `A${LEDGER_FIRST_ROW}:${columnLetter(LEDGER_COLUMNS.length - 1)}${lastRow}`,
    rules: colours.map(([formula, colour], i) => ({
      type: 'expression',
      priority: i + 1,
      stopIfTrue: true,
      formulae: [formula],
      style: {
        fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(colour) }, fgColor: { argb: argb(colour) } },
      },
    })),
  });
}

/** 进展记录: every entry, one row each. */
function writeHistorySheet(history: Worksheet, request: LedgerCopyRequest): void {
  history.columns = HISTORY_COLUMNS.map((c) => ({
    width: chars(c.width),
    style: { numFmt: NUMBER_FORMATS[c.format], alignment: { vertical: 'top' as const, wrapText: c.key === 'note' } },
  }));
  const historyHeader = history.getRow(1);
  historyHeader.values = HISTORY_COLUMNS.map((c) => c.header);
  historyHeader.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  request.history.forEach((entry, i) => {
    const where: TooLongPlace = { kind: 'history', entry: i + 1, no: entry.no };
    const values: Record<(typeof HISTORY_COLUMNS)[number]['key'], Cell> = {
      time: text(entry.time, where),
      no: entry.no,
      previousStatus: entry.previousStatus ?? '',
      status: entry.status,
      note: text(entry.note, where),
      date: serial(entry.date),
      by: text(entry.by, where),
      agency: text(entry.agency, where),
      round: text(entry.round, where),
      answerId: text(entry.answerId, where),
    };
    const sheetRow = history.getRow(2 + i);
    HISTORY_COLUMNS.forEach((c, col) => {
      const value = values[c.key];
      if (value !== '' && value !== null) sheetRow.getCell(col + 1).value = value;
    });
  });
  history.autoFilter = `A1:${columnLetter(HISTORY_COLUMNS.length - 1)}${Math.max(request.history.length, 1) + 1}`;
}

/** 汇总: the editable settings, the notice, the section and agency tables in native formulas; protected without a password. */
async function writeSummarySheet(
  wb: Workbook,
  summary: Worksheet,
  request: LedgerCopyRequest,
  title: string,
): Promise<void> {
  const live = request.rows.filter((r) => !r.missing);
  const bySection = countBySection(live, request.sections, { asOf: request.asOf, warnDays: request.warnDays });
  const layout = summaryLayout(bySection.length);
  summary.columns = [{ width: 34 }, { width: 12 }, ...Array.from({ length: 7 }, () => ({ width: 10 }))];

  const put = (address: string, value: Cell, numFmt?: string): void => {
    const cell = summary.getCell(address);
    // Section and agency names come from the ledger: a pasted U+FFFF would blank later strings in WPS.
    if (value !== null) cell.value = typeof value === 'string' ? xmlSafeText(value) : value;
    if (numFmt !== undefined) cell.numFmt = numFmt;
  };
  const label = (address: string, value: string): void => {
    put(address, value, '@');
    summary.getCell(address).font = { bold: true };
  };
  writeSummarySettings(wb, summary, request, title, { put, label });
  writeSummaryNotice(summary, composeNotice(live, request.asOf), layout.totalRow, { put, label });
  writeSummaryCounts(
    summary,
    request,
    bySection,
    countByAgency(live, request.aliases ? { aliases: request.aliases } : {}),
    put,
  );
  // No password: it guards the formulas against accidental edits (as report workbooks do); 截至日期 and 预警天数 stay editable.
  await summary.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}

/** 汇总's title and the cells a reader may change: 截至日期, 预警天数, the colours and 滞后 setting, each a defined name. */
function writeSummarySettings(
  wb: Workbook,
  summary: Worksheet,
  request: LedgerCopyRequest,
  title: string,
  { put, label }: { put: Put; label: Label },
): void {
  summary.mergeCells(`A${SUMMARY_ROWS.title}:I${SUMMARY_ROWS.title}`);
  put(`A${SUMMARY_ROWS.title}`, text(`${title}汇总（台账副本）`, { kind: 'summary', what: 'title' }), '@');
  summary.getCell(`A${SUMMARY_ROWS.title}`).font = { bold: true, size: 14 };

  label(`A${SUMMARY_ROWS.asOf}`, AS_OF_NAME);
  put(AS_OF_CELL, request.rolling ? { formula: 'TODAY()' } : toExcelSerial(request.asOf), 'yyyy-mm-dd');
  summary.mergeCells(`C${SUMMARY_ROWS.asOf}:I${SUMMARY_ROWS.asOf}`);
  put(
    `C${SUMMARY_ROWS.asOf}`,
    request.rolling
      ? '=TODAY()：每次打开按当天统计。改为某一日期（如 2026-11-30），即按该日统计。'
      : '导出时选定的日期。改为公式 =TODAY()，即每次打开按当天统计。',
    '@',
  );
  label(`A${SUMMARY_ROWS.warnDays}`, WARN_DAYS_NAME);
  put(WARN_DAYS_CELL, request.warnDays, '0');
  summary.mergeCells(`C${SUMMARY_ROWS.warnDays}:I${SUMMARY_ROWS.warnDays}`);
  put(`C${SUMMARY_ROWS.warnDays}`, '截止日期前这么多天内为“临期”（任务台账“预警”列与下表使用）。', '@');
  for (const cell of [AS_OF_CELL, WARN_DAYS_CELL]) {
    summary.getCell(cell).protection = { locked: false };
    summary.getCell(cell).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  }
  wb.definedNames.add(`${COPY_SUMMARY_SHEET}!$B$${SUMMARY_ROWS.asOf}`, AS_OF_NAME);
  wb.definedNames.add(`${COPY_SUMMARY_SHEET}!$B$${SUMMARY_ROWS.warnDays}`, WARN_DAYS_NAME);
  writeRuleCells(summary, request, label, put);
  wb.definedNames.add(`${COPY_SUMMARY_SHEET}!$B$${SUMMARY_ROWS.rule}`, WARN_PRESET_NAME);
  wb.definedNames.add(`${COPY_SUMMARY_SHEET}!$D$${SUMMARY_ROWS.rule}`, LAGGING_COUNTS_NAME);
}

/** 汇总's notice: live (a formula), as at export (text), and the note on what recomputes. */
function writeSummaryNotice(
  summary: Worksheet,
  notice: string,
  totalRow: number,
  { put, label }: { put: Put; label: Label },
): void {
  label(`A${SUMMARY_ROWS.notice}`, '通报');
  summary.mergeCells(`B${SUMMARY_ROWS.notice}:I${SUMMARY_ROWS.notice}`);
  put(`B${SUMMARY_ROWS.notice}`, { formula: noticeFormula(totalRow).slice(1) });
  label(`A${SUMMARY_ROWS.noticeAtExport}`, '通报全文（导出时）');
  summary.mergeCells(`B${SUMMARY_ROWS.noticeAtExport}:I${SUMMARY_ROWS.noticeAtExport}`);
  put(`B${SUMMARY_ROWS.noticeAtExport}`, text(notice, { kind: 'summary', what: 'notice' }), '@');
  label(`A${SUMMARY_ROWS.note}`, '说明');
  summary.mergeCells(`B${SUMMARY_ROWS.note}:I${SUMMARY_ROWS.note}`);
  put(
    `B${SUMMARY_ROWS.note}`,
    '本表由“重点任务台账”加载项导出，不需要加载项。逾期、临期、状态数随“任务台账”的状态、截止日期、延期至和上方截至日期自动重算；' +
      '各单位的角色（辅助列）、板块划分、单位名单和“通报全文（导出时）”为导出时的结果，修改负责单位后不会更新。已移除的任务不计入。',
    '@',
  );
  for (const row of [SUMMARY_ROWS.notice, SUMMARY_ROWS.noticeAtExport, SUMMARY_ROWS.note]) {
    summary.getCell(`B${row}`).alignment = { wrapText: true, vertical: 'top' };
    summary.getRow(row).height = 48;
  }
}

/** 汇总's section table with its total row, and the agency table, in native formulas over 任务台账. */
function writeSummaryCounts(
  summary: Worksheet,
  request: LedgerCopyRequest,
  bySection: ReturnType<typeof countBySection>,
  agencies: ReturnType<typeof countByAgency>,
  put: Put,
): void {
  const ranges = copyRanges(request.rows.length);
  const layout = summaryLayout(bySection.length);
  const headerRow = (row: number, headers: readonly string[]): void => {
    headers.forEach((h, i) => {
      const cell = summary.getCell(row, i + 1);
      cell.value = h;
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
    });
  };
  headerRow(SUMMARY_ROWS.sectionHeader, SECTION_HEADERS);
  bySection.forEach((count, i) => {
    const row = layout.firstSectionRow + i;
    const section = request.sections.find((s) => s.no === count.section);
    put(`A${row}`, text(sectionLabel(section), { kind: 'summary', what: 'section' }), '@');
    sectionRowFormulas(ranges, count.section ?? 0, row).forEach((f, j) =>
      put(`${columnLetter(j + 1)}${row}`, { formula: f.slice(1) }),
    );
    put(`I${row}`, null, '0.0%');
  });
  const t = layout.totalRow;
  const first = layout.firstSectionRow;
  put(`A${t}`, '合计', '@');
  for (let col = 1; col <= 7; col += 1) {
    const letter = columnLetter(col);
    put(`${letter}${t}`, bySection.length === 0 ? 0 : { formula: `SUM(${letter}${first}:${letter}${t - 1})` });
  }
  put(`I${t}`, { formula: `IF(B${t}=0,0,C${t}/B${t})` }, '0.0%');
  summary.getRow(t).font = { bold: true };

  headerRow(layout.agencyHeaderRow, AGENCY_HEADERS);
  agencies.forEach((count, i) => {
    const row = layout.firstAgencyRow + i;
    put(`A${row}`, text(count.agency, { kind: 'summary', what: 'agency' }), '@');
    agencyRowFormulas(ranges, row).forEach((f, j) => put(`${columnLetter(j + 1)}${row}`, { formula: f.slice(1) }));
  });
}
