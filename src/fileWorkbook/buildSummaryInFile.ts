/**
 * The 汇总 sheet in the file, with Excel's native functions only, so WPS, Excel without the add-in and LibreOffice
 * compute it on open (the file asks for a full recalculation). The same layout and formulas as the Excel port's
 * `buildSummary` on a host without custom functions (the same `summaryPlan` of `src/ledgerLayout`) and the
 * ledger copy's agency formulas (`agencyRowFormulas`), with the table's structured references (`TaskLedger[状态]`)
 * written as the absolute ranges they cover now (`'任务台账'!$L$2:$L$25`): a host that does not resolve structured
 * references in a file still computes them; a build after a reload covers the new rows.
 * An existing 汇总 is emptied and written again (the sheet, its chart and anything outside its cells stay); a missing
 * one is added. Dates take the ledger's own date style (the 截止日期 cells'), so styles.xml is never rewritten.
 */
import { toExcelSerial, type IsoDate } from '../model';
import { agencyRowFormulas, type CopyRanges } from '../ledgerCopy/copyFormulas';
import { AGENCY_HEADERS } from '../ledgerCopy/ledgerCopyLayout';
import { columnLetter } from '../ledgerLayout/cellAddress';
import { ledgerColumnIndex } from '../ledgerLayout/ledgerColumnIndex';
import type { LedgerColumnKey } from '../ledgerLayout/ledgerColumns';
import { SUMMARY_LABELS, summaryPlan, type SummaryPlan } from '../ledgerLayout/summaryPlan';
import { LEDGER_TABLE, SUMMARY_SHEET } from '../ledgerLayout/workbookNames';
import type { LedgerSnapshot, SummaryResult } from '../workbook/port';
import { FileUnsupported } from './fileRefusal';
import type { LedgerFile, TableBlock } from './ledgerFile';
import type { CellInput, SheetXml } from './sheetXml';

/** Where the summary's parts are (1-based rows), for tests. */
export interface FileSummaryLayout {
  sectionHeaderRow: number;
  totalRow: number;
  agencyHeaderRow: number;
  sections: string[];
  agencies: string[];
}

/** `TaskLedger[header]` → the absolute range of that column's body on the ledger's sheet. */
function structuredToA1(formula: string, block: TableBlock, sheetName: string, header: readonly unknown[]): string {
  const first = block.row + 2;
  const last = block.row + block.rowCount;
  return formula.replace(new RegExp(`${LEDGER_TABLE}\\[([^\\]]+)\\]`, 'g'), (whole, name: string) => {
    const k = header.findIndex((h) => String(h).trim() === name);
    if (k < 0) return whole;
    const col = columnLetter(block.col + k);
    return `'${sheetName.replace(/'/g, "''")}'!$${col}$${first}:$${col}$${last}`;
  });
}

/** A formula as the model writes it (`=…`), for the sheet. */
const formula = (f: string): CellInput => ({ formula: f.slice(1) });

/** Writes one row of cells from column A; text stays text (a label or agency starting with `=` is not a formula). */
function writeRow(
  sheet: SheetXml,
  row: number,
  cells: readonly (CellInput | null)[],
  from = 0,
  style: string | null = null,
): void {
  cells.forEach((v, k) => {
    if (v !== null) sheet.set(row - 1, from + k, v, style);
  });
}

/** The head, the section rows and the totals row, the formulas' structured references made absolute by `a1`. */
function writeSections(
  sheet: SheetXml,
  plan: SummaryPlan,
  asOf: IsoDate,
  dateStyle: string | null,
  a1: (f: string) => string,
): void {
  const { sectionHeaderRow, totalRow } = plan.layout;
  writeRow(sheet, 1, [SUMMARY_LABELS.title]);
  writeRow(sheet, 2, [SUMMARY_LABELS.asOf]);
  writeRow(sheet, 2, [toExcelSerial(asOf)], 1, dateStyle);
  writeRow(sheet, 3, [SUMMARY_LABELS.notice, formula(plan.noticeFormula)]);
  writeRow(sheet, 4, [SUMMARY_LABELS.noticeText, plan.notice]);
  writeRow(sheet, sectionHeaderRow, [...SUMMARY_LABELS.sectionHeaders]);
  plan.sectionRows.forEach((r, i) =>
    writeRow(sheet, sectionHeaderRow + 1 + i, [r.label, ...r.formulas.map((f) => formula(a1(f)))]),
  );
  writeRow(sheet, totalRow, [SUMMARY_LABELS.total, ...plan.totalFormulas.map(formula)]);
}

/** The agency table: the agencies known now as values, the ledger copy's native formulas beside them. */
function writeAgencies(sheet: SheetXml, plan: SummaryPlan, ranges: CopyRanges): void {
  const { agencyHeaderRow, agencyRows } = plan.layout;
  writeRow(sheet, agencyHeaderRow, [...AGENCY_HEADERS]);
  for (let i = 0; i < agencyRows; i += 1) {
    const row = agencyHeaderRow + 1 + i;
    writeRow(sheet, row, [
      plan.agencies[i] ?? null,
      ...agencyRowFormulas(ranges, row).map((f) => formula(`=IF($A${row}="","",${f.slice(1)})`)),
    ]);
  }
}

/**
 * Writes 汇总 for `asOf` from the snapshot the port read; returns the model's notice (with its item lists).
 * @example (await buildSummaryInFile(file, await readLedger(file), '2026-11-29')).notice // '截至2026年11月29日，3项任务中…'
 */
export async function buildSummaryInFile(
  file: LedgerFile,
  snapshot: LedgerSnapshot,
  asOf: IsoDate,
): Promise<SummaryResult & { layout: FileSummaryLayout }> {
  const ledger = await file.tableValues(LEDGER_TABLE);
  const ledgerSheet = [...file.pkg.sheets].find(([, part]) => part === ledger?.block.table.sheetPart)?.[0];
  if (!ledger || ledgerSheet === undefined) throw new FileUnsupported({ operation: 'summary' });
  const index = ledgerColumnIndex(ledger.header);
  const a1 = (f: string): string => structuredToA1(f, ledger.block, ledgerSheet, ledger.header);
  const col = (key: LedgerColumnKey): string => a1(`${LEDGER_TABLE}[${String(ledger.header[index[key]] ?? '')}]`);
  const plan = summaryPlan(
    snapshot.rows.filter((r) => !r.missing),
    snapshot.aliases,
    asOf,
  );
  const dateStyle = ledger.block.sheet.style(ledger.block.row + 1, ledger.block.col + index.deadline);
  const existing = await file.sheet(SUMMARY_SHEET);
  const sheet = existing ?? (await file.addSheet(SUMMARY_SHEET, { widths: [40, 10, 10, 10, 10, 10, 10, 10] }));
  sheet.clear();
  writeSections(sheet, plan, asOf, dateStyle, a1);
  writeAgencies(sheet, plan, {
    sectionNo: '',
    sourceState: col('sourceState'),
    status: col('status'),
    warning: col('warning'),
    lead: `"、"&${col('lead')}&"、"`,
    support: `"、"&${col('support')}&"、"`,
    joint: `"、"&${col('joint')}&"、"`,
  });
  const part = file.pkg.sheets.get(SUMMARY_SHEET);
  if (part !== undefined) file.markWritten({ sheetPart: part });
  const { sectionHeaderRow, totalRow, agencyHeaderRow } = plan.layout;
  return {
    notice: plan.notice,
    layout: { sectionHeaderRow, totalRow, agencyHeaderRow, sections: plan.sections, agencies: plan.agencies },
  };
}
