/**
 * Builds the 汇总 sheet from live formulas over `TaskLedger`: per section (tasks, done, in progress,
 * behind, not started, overdue, completion rate) with plain COUNTIFS/SUMPRODUCT, per agency with the
 * add-in's `TASKS.*` functions over the spilled `TASKS.AGENCIES` list, a stacked bar chart of status
 * by section, and the notice sentence (通报) built by formula. The as-of date is written as a value
 * (the pane passes it) into B2, which every formula reads; type `=TODAY()` there to make it roll.
 * The agency formulas pass the workbook's own aliases (the `AgencyAliases` table, created on 台账设置 when
 * missing), so the per-agency counts merge what coordinators declared the same agency.
 * Rebuilding clears and rewrites this sheet in place (never deleted and recreated). Without the custom functions
 * (CustomFunctionsRuntime, checked by the caller) the agency table uses the ledger copy's native formulas instead.
 * Two syncs: read, then write; a rebuild one more to give the existing chart its data (see `readLedgerAndAliases` for a
 * ledger without an alias table).
 * @requirement ExcelApi 1.4 (`getItemOrNullObject`); ExcelApi 1.2 (`columnWidth`); ExcelApi 1.1 (charts, `Chart.setData`, `Range.formulas`, `Range.clear`)
 */
import { composeNotice, countByAgency, type IsoDate, toExcelSerial } from '../model';
import { agencyRowFormulas, type CopyRanges } from '../ledgerCopy/copyFormulas';
import { AGENCY_HEADERS } from '../ledgerCopy/ledgerCopyLayout';
import { columnLetter } from '../ledgerLayout/cellAddress';
import { toCellText } from '../ledgerLayout/cellText';
import type { LedgerRow, SummaryResult } from './port';
import { LedgerRefusal } from './LedgerRefusal';
import { ensureAgencyAliases } from './ensureAgencyAliases';
import { readLedgerAndAliases } from './readLedgerAndAliases';
import {
  ALIAS_TABLE,
  LEDGER_TABLE,
  SETTINGS_SHEET,
  SOURCE_REMOVED,
  SUMMARY_SHEET,
} from '../ledgerLayout/workbookNames';

/** Where things are on the summary sheet (1-based rows), for the formulas and for tests. */
export interface SummaryLayout {
  asOfCell: string;
  noticeCell: string;
  sectionHeaderRow: number;
  totalRow: number;
  agencyHeaderRow: number;
  agencyFirstRow: number;
  agencyRows: number;
}

const T = LEDGER_TABLE;
const LIVE = `${T}[来源状态],"<>${SOURCE_REMOVED}"`;
/** Extension-aware due date per row, as an array expression (a blank 延期至 falls back to 截止日期). */
const DUE = `((${T}[延期至]<>"")*${T}[延期至]+(${T}[延期至]="")*${T}[截止日期])`;
/** Spare rows under the agency list, so agencies added by a later reload still get their counts. */
const SPARE_AGENCY_ROWS = 5;
/** The last column a build writes (the chart sits from J): a rebuild clears A through it. */
const SUMMARY_LAST_COLUMN = 'Q';

/** Section criteria (a cell reference, or `""` for tasks outside any section) → the formulas of one section row. */
export function sectionFormulas(criterion: string, row: number, asOfCell: string): string[] {
  const base = `${T}[板块],${criterion},${LIVE}`;
  const count = (status: string): string => `COUNTIFS(${base},${T}[状态],"${status}")`;
  const overdue =
    `=SUMPRODUCT((${T}[板块]=${criterion})*(${T}[来源状态]<>"${SOURCE_REMOVED}")*(${T}[状态]<>"已完成")*(${T}[状态]<>"已办结")` +
    `*(${DUE}>0)*(${DUE}<${asOfCell}))`;
  return [
    `=${count('已完成')}+${count('已办结')}`,
    `=${count('推进中')}`,
    `=${count('滞后')}`,
    `=${count('未启动')}+${count('')}`,
    `=COUNTIFS(${base})`,
    overdue,
    `=IF(F${row}=0,0,B${row}/F${row})`,
  ];
}

/** The notice sentence (通报) as a formula over the totals row; the same wording as the model's `composeNotice`, without the item lists. */
export function noticeFormula(totalRow: number, asOfCell: string): string {
  const r = totalRow;
  const date = `"截至"&YEAR(${asOfCell})&"年"&MONTH(${asOfCell})&"月"&DAY(${asOfCell})&"日，"`;
  return (
    `=IF(F${r}=0,${date}&"暂无任务。",${date}&F${r}&"项任务中已完成"&B${r}&"项，占"&ROUND(B${r}/F${r}*100,1)&"%；` +
    `推进中"&C${r}&"项；滞后"&D${r}&"项；未启动"&E${r}&"项；逾期"&G${r}&"项。")`
  );
}

/** The per-agency formulas of one agency row (the agency name is in column A, spilled). */
export function agencyFormulas(row: number, asOfCell: string): string[] {
  const guard = (f: string): string => `=IF($A${row}="","",${f})`;
  const units = `${T}[负责单位]`;
  return [
    guard(`TASKS.AGENCYCOUNT(${units},$A${row},"lead",${ALIAS_TABLE})`),
    guard(`TASKS.AGENCYCOUNT(${units},$A${row},"support",${ALIAS_TABLE})`),
    guard(`TASKS.AGENCYCOUNT(${units},$A${row},"joint",${ALIAS_TABLE})`),
    guard(`TASKS.OVERDUECOUNT(${T}[时间进度],${T}[状态],${asOfCell},${units},$A${row},"lead",${ALIAS_TABLE})`),
  ];
}

function sectionsOf(rows: readonly LedgerRow[]): string[] {
  const titles = new Map<string, number>();
  for (const row of rows) {
    const order = row.section ?? Number.MAX_SAFE_INTEGER;
    const seen = titles.get(row.sectionTitle);
    if (seen === undefined || order < seen) titles.set(row.sectionTitle, order);
  }
  return [...titles.entries()].sort((a, b) => a[1] - b[1]).map(([title]) => title);
}

/** The chart's name, so a rebuild finds it and gives it the new data instead of adding another. */
export const SUMMARY_CHART = '各板块任务状态';

/** Without custom functions, the agency rows use the ledger copy's native formulas over the live table's columns. */
const NATIVE_RANGES: CopyRanges = {
  sectionNo: '',
  sourceState: `${T}[来源状态]`,
  status: `${T}[状态]`,
  warning: `${T}[预警]`,
  lead: `"、"&${T}[牵头单位]&"、"`,
  support: `"、"&${T}[配合单位]&"、"`,
  joint: `"、"&${T}[共同负责]&"、"`,
};

export interface BuildSummaryOptions {
  /** Whether the host runs the `TASKS.*` custom functions (CustomFunctionsRuntime); without them the agency table uses native formulas. */
  customFunctions?: boolean;
}

/**
 * Rebuilds 汇总 in place and returns the model's notice for the pane (with the lagging and overdue items named).
 * An existing 汇总 is cleared and rewritten, never deleted and added again (a co-author viewing it would get "can't
 * merge changes", OfficeDev/office-js#1813); its chart is found by name and given the new data.
 * @example
 * (await buildSummary(context, '2026-11-29')).notice // '截至2026年11月29日，24项任务中已完成…'
 */
export async function buildSummary(
  context: Excel.RequestContext,
  asOf: IsoDate,
  options: BuildSummaryOptions = {},
): Promise<SummaryResult & { layout: SummaryLayout }> {
  const probe = (): { existing: Excel.Worksheet; settings: Excel.Worksheet } => {
    const existing = context.workbook.worksheets.getItemOrNullObject(SUMMARY_SHEET);
    existing.load('name');
    const settings = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
    settings.load('name');
    return { existing, settings };
  };
  const { read, aliases: own, aliasTable, queued } = await readLedgerAndAliases(context, probe);
  if (!read) throw LedgerRefusal.of({ code: 'no-ledger', params: {} });
  const { existing } = queued;
  const aliases = own.aliases;
  const live = read.rows({ aliases }).rows.filter((r) => !r.missing);
  const sections = sectionsOf(live);
  const agencies = countByAgency(live, { aliases }).map((a) => a.agency);
  // The agency formulas name the table: a ledger made before aliases existed gets it now.
  ensureAgencyAliases(context, { exists: aliasTable, sheet: queued.settings });

  const native = options.customFunctions === false;
  const asOfCell = '$B$2';
  const sectionHeaderRow = 5;
  const totalRow = sectionHeaderRow + sections.length + 1;
  const agencyHeaderRow = totalRow + 2;
  const agencyFirstRow = agencyHeaderRow + 1;
  const agencyRows = agencies.length + SPARE_AGENCY_ROWS;
  const layout: SummaryLayout = {
    asOfCell,
    noticeCell: 'B3',
    sectionHeaderRow,
    totalRow,
    agencyHeaderRow,
    agencyFirstRow,
    agencyRows,
  };

  const rebuild = !existing.isNullObject;
  const sheet = rebuild ? existing : context.workbook.worksheets.add(SUMMARY_SHEET);
  // In place: what the last build wrote goes, the sheet (and a co-author's view of it) stays.
  if (rebuild) sheet.getRange(`A:${SUMMARY_LAST_COLUMN}`).clear('All');
  const notice = composeNotice(live, asOf);
  writeHead(sheet, asOf, notice, totalRow, asOfCell);
  writeSections(sheet, sections, sectionHeaderRow, totalRow, asOfCell);
  if (native) writeNativeAgencies(sheet, agencies, agencyHeaderRow, agencyRows);
  else writeFunctionAgencies(sheet, agencyHeaderRow, agencyRows, asOfCell);
  sheet.getRange('A:A').format.columnWidth = 240;
  sheet.getRange('B:H').format.columnWidth = 56;
  const charts = rebuild ? sheet.charts.load('items/name') : null;
  if (!charts) queueChart(sheet, sections.length, sectionHeaderRow, totalRow, false);
  sheet.activate();
  await context.sync();
  if (charts) {
    queueChart(
      sheet,
      sections.length,
      sectionHeaderRow,
      totalRow,
      charts.items.some((c) => c.name === SUMMARY_CHART),
    );
    await context.sync();
  }
  return { notice, layout };
}

/** The title, the as-of date (a value: type `=TODAY()` there to make it roll), the notice formula and the notice as built. */
function writeHead(sheet: Excel.Worksheet, asOf: IsoDate, notice: string, totalRow: number, asOfCell: string): void {
  const title = sheet.getRange('A1');
  title.values = [['重点任务推进情况汇总']];
  title.format.font.bold = true;
  title.format.font.size = 14;
  const asOfRange = sheet.getRange('A2:B2');
  asOfRange.numberFormat = [['@', 'yyyy-mm-dd']];
  asOfRange.values = [['截至日期', toExcelSerial(asOf)]];
  sheet.getRange('A3').values = [['通报']];
  sheet.getRange('B3').formulas = [[noticeFormula(totalRow, asOfCell)]];
  const full = sheet.getRange('A4:B4');
  full.numberFormat = [['@', '@']];
  full.values = [['通报全文（生成时）', toCellText(notice)]];
}

/** The section table: one row per section, a totals row. */
function writeSections(
  sheet: Excel.Worksheet,
  sections: readonly string[],
  sectionHeaderRow: number,
  totalRow: number,
  asOfCell: string,
): void {
  const headers = ['板块', '已完成', '推进中', '滞后', '未启动', '任务数', '逾期', '完成率'];
  sheet.getRange(`A${sectionHeaderRow}:H${sectionHeaderRow}`).values = [headers];
  sheet.getRange(`A${sectionHeaderRow}:H${sectionHeaderRow}`).format.font.bold = true;
  if (sections.length > 0) {
    const first = sectionHeaderRow + 1;
    const names = sheet.getRange(`A${first}:A${totalRow - 1}`);
    names.numberFormat = sections.map(() => ['@']);
    names.values = sections.map((s) => [toCellText(s === '' ? '（未分板块）' : s)]);
    sheet.getRange(`B${first}:H${totalRow - 1}`).formulas = sections.map((s, i) =>
      sectionFormulas(s === '' ? '""' : `$A${first + i}`, first + i, asOfCell),
    );
  }
  const sum = (col: string): string =>
    sections.length === 0 ? '=0' : `=SUM(${col}${sectionHeaderRow + 1}:${col}${totalRow - 1})`;
  sheet.getRange(`A${totalRow}:H${totalRow}`).formulas = [
    [
      '合计',
      sum('B'),
      sum('C'),
      sum('D'),
      sum('E'),
      sum('F'),
      sum('G'),
      `=IF(F${totalRow}=0,0,B${totalRow}/F${totalRow})`,
    ],
  ];
  sheet.getRange(`A${totalRow}:H${totalRow}`).format.font.bold = true;
  sheet.getRange(`H${sectionHeaderRow + 1}:H${totalRow}`).numberFormat = Array.from(
    { length: totalRow - sectionHeaderRow },
    () => ['0.0%'],
  );
}

/** The agency table with the add-in's functions: the spilled `TASKS.AGENCIES` list and per-row counts. */
function writeFunctionAgencies(
  sheet: Excel.Worksheet,
  agencyHeaderRow: number,
  agencyRows: number,
  asOfCell: string,
): void {
  const agencyFirstRow = agencyHeaderRow + 1;
  const agencyHeader = sheet.getRange(`A${agencyHeaderRow}:E${agencyHeaderRow}`);
  agencyHeader.values = [['单位', '牵头', '配合', '共同负责', '牵头逾期']];
  agencyHeader.format.font.bold = true;
  sheet.getRange(`A${agencyFirstRow}`).formulas = [[`=TASKS.AGENCIES(${T}[负责单位],"any",${ALIAS_TABLE})`]];
  sheet.getRange(`B${agencyFirstRow}:E${agencyFirstRow + agencyRows - 1}`).formulas = Array.from(
    { length: agencyRows },
    (_, i) => agencyFormulas(agencyFirstRow + i, asOfCell),
  );
}

/**
 * The agency table without custom functions: the agencies known at build time as values (a reload adds new ones at
 * the next build) and the ledger copy's native formulas over the table's 牵头单位 / 配合单位 / 共同负责 columns, which
 * hold canonical names joined with 、. Its 牵头逾期 / 牵头临期 read the 预警 column (judged from today).
 */
function writeNativeAgencies(
  sheet: Excel.Worksheet,
  agencies: readonly string[],
  agencyHeaderRow: number,
  agencyRows: number,
): void {
  const agencyFirstRow = agencyHeaderRow + 1;
  const last = columnLetter(AGENCY_HEADERS.length - 1);
  const header = sheet.getRange(`A${agencyHeaderRow}:${last}${agencyHeaderRow}`);
  header.values = [[...AGENCY_HEADERS]];
  header.format.font.bold = true;
  const names = sheet.getRange(`A${agencyFirstRow}:A${agencyFirstRow + agencyRows - 1}`);
  names.numberFormat = Array.from({ length: agencyRows }, () => ['@']);
  names.values = Array.from({ length: agencyRows }, (_, i) => [toCellText(agencies[i] ?? '')]);
  sheet.getRange(`B${agencyFirstRow}:${last}${agencyFirstRow + agencyRows - 1}`).formulas = Array.from(
    { length: agencyRows },
    (_, i) =>
      agencyRowFormulas(NATIVE_RANGES, agencyFirstRow + i).map(
        (f) => `=IF($A${agencyFirstRow + i}="","",${f.slice(1)})`,
      ),
  );
}

/** The stacked bar chart of status by section: the existing one given the new data, else a new one named `SUMMARY_CHART`. */
function queueChart(
  sheet: Excel.Worksheet,
  sectionCount: number,
  sectionHeaderRow: number,
  totalRow: number,
  exists: boolean,
): void {
  if (sectionCount === 0) return;
  const source = sheet.getRange(`A${sectionHeaderRow}:E${totalRow - 1}`);
  const chart = exists ? sheet.charts.getItem(SUMMARY_CHART) : sheet.charts.add('BarStacked', source, 'Columns');
  if (exists) chart.setData(source, 'Columns');
  else chart.name = SUMMARY_CHART;
  chart.title.text = '各板块任务状态';
  chart.setPosition(`J${sectionHeaderRow}`, `Q${sectionHeaderRow + 18}`);
}
