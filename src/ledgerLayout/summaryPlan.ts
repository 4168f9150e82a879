/**
 * What the 汇总 sheet holds, decided once for both ports: the live tasks' sections (in the ledger's order) and
 * agencies, where each part goes (1-based rows), the fixed labels, each section row's label and formulas, the totals
 * row, and the model's notice. The Excel port writes it with ranges and formats, the file port cell by cell.
 */
import { composeNotice, countByAgency, type AgencyAliases, type IsoDate } from '../model';
import type { LedgerRow } from './ledgerRow';
import { noticeFormula, sectionFormulas, totalFormulas } from './summaryFormulas';

/** Spare rows under the agency list, so agencies added by a later reload still get their counts. */
const SPARE_AGENCY_ROWS = 5;
const SECTION_HEADER_ROW = 5;

/** The sheet's fixed words (written into a workbook officials read: Chinese). */
export const SUMMARY_LABELS = {
  title: '重点任务推进情况汇总',
  asOf: '截至日期',
  notice: '通报',
  noticeText: '通报全文（生成时）',
  total: '合计',
  noSection: '（未分板块）',
  sectionHeaders: ['板块', '已完成', '推进中', '滞后', '未启动', '任务数', '逾期', '完成率'],
} as const;

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

export interface SummaryPlan {
  layout: SummaryLayout;
  /** Section titles ('' for tasks outside any section) and agencies, in the sheet's order. */
  sections: string[];
  agencies: string[];
  /** The notice as the model words it, with its item lists. */
  notice: string;
  noticeFormula: string;
  /** Per section: its label (column A) and formulas (B–H). */
  sectionRows: { label: string; formulas: string[] }[];
  /** The totals row's formulas (B–H). */
  totalFormulas: string[];
}

/** Section titles in the order of their first appearance's section number (tasks without one last). */
function sectionsOf(rows: readonly LedgerRow[]): string[] {
  const titles = new Map<string, number>();
  for (const row of rows) {
    const order = row.section ?? Number.MAX_SAFE_INTEGER;
    const seen = titles.get(row.sectionTitle);
    if (seen === undefined || order < seen) titles.set(row.sectionTitle, order);
  }
  return [...titles.entries()].sort((a, b) => a[1] - b[1]).map(([title]) => title);
}

/**
 * The 汇总 of the `live` tasks (removed ones left out by the caller) as of `asOf`.
 * @example summaryPlan(live, aliases, '2026-11-29').layout.totalRow // 10 with four sections
 */
export function summaryPlan(live: readonly LedgerRow[], aliases: AgencyAliases, asOf: IsoDate): SummaryPlan {
  const sections = sectionsOf(live);
  const agencies = countByAgency(live, { aliases }).map((a) => a.agency);
  const asOfCell = '$B$2';
  const sectionHeaderRow = SECTION_HEADER_ROW;
  const totalRow = sectionHeaderRow + sections.length + 1;
  const agencyHeaderRow = totalRow + 2;
  const layout: SummaryLayout = {
    asOfCell,
    noticeCell: 'B3',
    sectionHeaderRow,
    totalRow,
    agencyHeaderRow,
    agencyFirstRow: agencyHeaderRow + 1,
    agencyRows: agencies.length + SPARE_AGENCY_ROWS,
  };
  const sectionRows = sections.map((s, i) => {
    const row = sectionHeaderRow + 1 + i;
    const label = s === '' ? SUMMARY_LABELS.noSection : s;
    return { label, formulas: sectionFormulas(s === '' ? '""' : `$A${row}`, row, asOfCell) };
  });
  return {
    layout,
    sections,
    agencies,
    notice: composeNotice(live, asOf),
    noticeFormula: noticeFormula(totalRow, asOfCell),
    sectionRows,
    totalFormulas: totalFormulas(sectionHeaderRow, totalRow),
  };
}
