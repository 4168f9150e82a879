/**
 * The 汇总 sheet in the file, with Excel's native functions only, so WPS, Excel without the add-in and LibreOffice
 * compute it on open (the file asks for a full recalculation). The same layout and formulas as the Excel port's
 * `buildSummary` on a host without custom functions: its section formulas (`sectionFormulas`, `noticeFormula`) and the
 * ledger copy's agency formulas (`agencyRowFormulas`), with the table's structured references (`TaskLedger[状态]`)
 * written as the absolute ranges they cover now (`'任务台账'!$L$2:$L$25`): a host that does not resolve structured
 * references in a file still computes them; a build after a reload covers the new rows.
 * An existing 汇总 is emptied and written again (the sheet, its chart and anything outside its cells stay); a missing
 * one is added. Dates take the ledger's own date style (the 截止日期 cells'), so styles.xml is never rewritten.
 */
import { composeNotice, countByAgency, toExcelSerial, type IsoDate } from '../model';
import { agencyRowFormulas, type CopyRanges } from '../ledgerCopy/copyFormulas';
import { AGENCY_HEADERS } from '../ledgerCopy/ledgerCopyLayout';
import { columnLetter } from '../ledgerLayout/cellAddress';
import { ledgerColumnIndex } from '../ledgerLayout/ledgerColumnIndex';
import { LEDGER_COLUMNS } from '../ledgerLayout/ledgerColumns';
import type { LedgerRow } from '../ledgerLayout/ledgerRow';
import { LEDGER_TABLE, SUMMARY_SHEET } from '../ledgerLayout/workbookNames';
import { noticeFormula, sectionFormulas } from '../workbook/buildSummary';
import type { LedgerSnapshot, SummaryResult } from '../workbook/port';
import { FileUnsupported } from './fileRefusal';
import type { LedgerFile, TableBlock } from './ledgerFile';
import type { SheetXml } from './sheetXml';

/** Spare rows under the agency list, as the Excel port leaves. */
const SPARE_AGENCY_ROWS = 5;

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

function sectionsOf(rows: readonly LedgerRow[]): string[] {
  const titles = new Map<string, number>();
  for (const row of rows) {
    const order = row.section ?? Number.MAX_SAFE_INTEGER;
    const seen = titles.get(row.sectionTitle);
    if (seen === undefined || order < seen) titles.set(row.sectionTitle, order);
  }
  return [...titles.entries()].sort((a, b) => a[1] - b[1]).map(([title]) => title);
}

/** Writes one row of cells from column A (formulas start with `=`). */
function writeRow(
  sheet: SheetXml,
  row: number,
  cells: readonly (string | number | null)[],
  from = 0,
  style: string | null = null,
): void {
  cells.forEach((v, k) => {
    if (v === null) return;
    sheet.set(row - 1, from + k, typeof v === 'string' && v.startsWith('=') ? { formula: v.slice(1) } : v, style);
  });
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
  const col = (key: (typeof LEDGER_COLUMNS)[number]['key']): string =>
    a1(`${LEDGER_TABLE}[${String(ledger.header[index[key]] ?? '')}]`);
  const live = snapshot.rows.filter((r) => !r.missing);
  const sections = sectionsOf(live);
  const agencies = countByAgency(live, { aliases: snapshot.aliases }).map((a) => a.agency);
  const dateStyle = ledger.block.sheet.style(ledger.block.row + 1, ledger.block.col + index.deadline);

  const existing = await file.sheet(SUMMARY_SHEET);
  const sheet = existing ?? (await file.addSheet(SUMMARY_SHEET, { widths: [40, 10, 10, 10, 10, 10, 10, 10] }));
  sheet.clear();
  const sectionHeaderRow = 5;
  const totalRow = sectionHeaderRow + sections.length + 1;
  const agencyHeaderRow = totalRow + 2;
  const asOfCell = '$B$2';
  const notice = composeNotice(live, asOf);
  writeRow(sheet, 1, ['重点任务推进情况汇总']);
  writeRow(sheet, 2, ['截至日期']);
  writeRow(sheet, 2, [toExcelSerial(asOf)], 1, dateStyle);
  writeRow(sheet, 3, ['通报', noticeFormula(totalRow, asOfCell)]);
  writeRow(sheet, 4, ['通报全文（生成时）', notice]);
  writeRow(sheet, sectionHeaderRow, ['板块', '已完成', '推进中', '滞后', '未启动', '任务数', '逾期', '完成率']);
  sections.forEach((s, i) => {
    const row = sectionHeaderRow + 1 + i;
    writeRow(sheet, row, [
      s === '' ? '（未分板块）' : s,
      ...sectionFormulas(s === '' ? '""' : `$A${row}`, row, asOfCell).map(a1),
    ]);
  });
  const sum = (c: string): string =>
    sections.length === 0 ? '=0' : `=SUM(${c}${sectionHeaderRow + 1}:${c}${totalRow - 1})`;
  writeRow(sheet, totalRow, [
    '合计',
    sum('B'),
    sum('C'),
    sum('D'),
    sum('E'),
    sum('F'),
    sum('G'),
    `=IF(F${totalRow}=0,0,B${totalRow}/F${totalRow})`,
  ]);
  const ranges: CopyRanges = {
    sectionNo: '',
    sourceState: col('sourceState'),
    status: col('status'),
    warning: col('warning'),
    lead: `"、"&${col('lead')}&"、"`,
    support: `"、"&${col('support')}&"、"`,
    joint: `"、"&${col('joint')}&"、"`,
  };
  writeRow(sheet, agencyHeaderRow, [...AGENCY_HEADERS]);
  for (let i = 0; i < agencies.length + SPARE_AGENCY_ROWS; i += 1) {
    const row = agencyHeaderRow + 1 + i;
    writeRow(sheet, row, [
      agencies[i] ?? null,
      ...agencyRowFormulas(ranges, row).map((f) => `=IF($A${row}="","",${f.slice(1)})`),
    ]);
  }
  const part = file.pkg.sheets.get(SUMMARY_SHEET);
  if (part !== undefined) file.markWritten({ sheetPart: part });
  return { notice, layout: { sectionHeaderRow, totalRow, agencyHeaderRow, sections, agencies } };
}
