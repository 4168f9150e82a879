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
import { toExcelSerial, type IsoDate } from '../model';
import { agencyRowFormulas, type CopyRanges } from '../ledgerCopy/copyFormulas';
import { AGENCY_HEADERS } from '../ledgerCopy/ledgerCopyLayout';
import { columnLetter } from '../ledgerLayout/cellAddress';
import { toCellText } from '../ledgerLayout/cellText';
import { agencyFormulas } from '../ledgerLayout/summaryFormulas';
import { SUMMARY_LABELS, summaryPlan, type SummaryLayout, type SummaryPlan } from '../ledgerLayout/summaryPlan';
import type { SummaryResult } from './port';
import { LedgerRefusal } from './LedgerRefusal';
import { ensureAgencyAliases } from './ensureAgencyAliases';
import { readLedgerAndAliases } from './readLedgerAndAliases';
import { ALIAS_TABLE, LEDGER_TABLE, SETTINGS_SHEET, SUMMARY_SHEET } from '../ledgerLayout/workbookNames';

const T = LEDGER_TABLE;
/** The last column a build writes (the chart sits from J): a rebuild clears A through it. */
const SUMMARY_LAST_COLUMN = 'Q';

/** The chart's name, so a rebuild finds it and gives it the new data instead of adding another. */
const SUMMARY_CHART = '各板块任务状态';

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
  const plan = summaryPlan(
    read.rows({ aliases }).rows.filter((r) => !r.missing),
    aliases,
    asOf,
  );
  const { layout } = plan;
  // The agency formulas name the table: a ledger made before aliases existed gets it now.
  ensureAgencyAliases(context, { exists: aliasTable, sheet: queued.settings });

  const rebuild = !existing.isNullObject;
  const sheet = rebuild ? existing : context.workbook.worksheets.add(SUMMARY_SHEET);
  // In place: what the last build wrote goes, the sheet (and a co-author's view of it) stays.
  if (rebuild) sheet.getRange(`A:${SUMMARY_LAST_COLUMN}`).clear('All');
  writeHead(sheet, asOf, plan);
  writeSections(sheet, plan);
  if (options.customFunctions === false) writeNativeAgencies(sheet, plan.agencies, layout);
  else writeFunctionAgencies(sheet, layout);
  sheet.getRange('A:A').format.columnWidth = 240;
  sheet.getRange('B:H').format.columnWidth = 56;
  const charts = rebuild ? sheet.charts.load('items/name') : null;
  if (!charts) queueChart(sheet, plan.sections.length, layout, false);
  sheet.activate();
  await context.sync();
  if (charts) {
    queueChart(
      sheet,
      plan.sections.length,
      layout,
      charts.items.some((c) => c.name === SUMMARY_CHART),
    );
    await context.sync();
  }
  return { notice: plan.notice, layout };
}

/** The title, the as-of date (a value: type `=TODAY()` there to make it roll), the notice formula and the notice as built. */
function writeHead(sheet: Excel.Worksheet, asOf: IsoDate, plan: SummaryPlan): void {
  const title = sheet.getRange('A1');
  title.values = [[SUMMARY_LABELS.title]];
  title.format.font.bold = true;
  title.format.font.size = 14;
  const asOfRange = sheet.getRange('A2:B2');
  asOfRange.numberFormat = [['@', 'yyyy-mm-dd']];
  asOfRange.values = [[SUMMARY_LABELS.asOf, toExcelSerial(asOf)]];
  sheet.getRange('A3').values = [[SUMMARY_LABELS.notice]];
  sheet.getRange(plan.layout.noticeCell).formulas = [[plan.noticeFormula]];
  const full = sheet.getRange('A4:B4');
  full.numberFormat = [['@', '@']];
  full.values = [[SUMMARY_LABELS.noticeText, toCellText(plan.notice)]];
}

/** The section table: one row per section, a totals row. */
function writeSections(sheet: Excel.Worksheet, plan: SummaryPlan): void {
  const { sectionHeaderRow, totalRow } = plan.layout;
  sheet.getRange(`A${sectionHeaderRow}:H${sectionHeaderRow}`).values = [[...SUMMARY_LABELS.sectionHeaders]];
  sheet.getRange(`A${sectionHeaderRow}:H${sectionHeaderRow}`).format.font.bold = true;
  if (plan.sectionRows.length > 0) {
    const first = sectionHeaderRow + 1;
    const names = sheet.getRange(`A${first}:A${totalRow - 1}`);
    names.numberFormat = plan.sectionRows.map(() => ['@']);
    names.values = plan.sectionRows.map((r) => [toCellText(r.label)]);
    sheet.getRange(`B${first}:H${totalRow - 1}`).formulas = plan.sectionRows.map((r) => r.formulas);
  }
  sheet.getRange(`A${totalRow}:H${totalRow}`).formulas = [[SUMMARY_LABELS.total, ...plan.totalFormulas]];
  sheet.getRange(`A${totalRow}:H${totalRow}`).format.font.bold = true;
  sheet.getRange(`H${sectionHeaderRow + 1}:H${totalRow}`).numberFormat = Array.from(
    { length: totalRow - sectionHeaderRow },
    () => ['0.0%'],
  );
}

/** The agency table with the add-in's functions: the spilled `TASKS.AGENCIES` list and per-row counts. */
function writeFunctionAgencies(sheet: Excel.Worksheet, layout: SummaryLayout): void {
  const { agencyHeaderRow, agencyFirstRow, agencyRows, asOfCell } = layout;
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
function writeNativeAgencies(sheet: Excel.Worksheet, agencies: readonly string[], layout: SummaryLayout): void {
  const { agencyHeaderRow, agencyFirstRow, agencyRows } = layout;
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
function queueChart(sheet: Excel.Worksheet, sectionCount: number, layout: SummaryLayout, exists: boolean): void {
  if (sectionCount === 0) return;
  const { sectionHeaderRow, totalRow } = layout;
  const source = sheet.getRange(`A${sectionHeaderRow}:E${totalRow - 1}`);
  const chart = exists ? sheet.charts.getItem(SUMMARY_CHART) : sheet.charts.add('BarStacked', source, 'Columns');
  if (exists) chart.setData(source, 'Columns');
  else chart.name = SUMMARY_CHART;
  chart.title.text = '各板块任务状态';
  chart.setPosition(`J${sectionHeaderRow}`, `Q${sectionHeaderRow + 18}`);
}
