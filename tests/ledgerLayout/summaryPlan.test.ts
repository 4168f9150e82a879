import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../src/ledgerLayout/ledgerRow';
import { summaryPlan } from '../../src/ledgerLayout/summaryPlan';

function task(no: number, section: number | null, sectionTitle: string, agency: string, status: string): LedgerRow {
  return {
    no,
    section,
    sectionTitle,
    text: `任务${no}`,
    units: agency,
    assignments: [{ agency, role: 'lead' }],
    schedule: '',
    deadline: null,
    ongoing: false,
    ambiguous: false,
    leaders: [],
    line: no,
    status,
    progress: '',
    updated: null,
    reporter: '',
    extension: null,
    missing: false,
    version: `v${no}`,
  } as LedgerRow;
}

// Section 二 listed first in the ledger, then 一, then a task outside any section; 教育局 is 市教育局 by alias.
const live = [
  task(1, 2, '二、保障措施', '市财政局', '推进中'),
  task(2, 1, '一、构建体系', '教育局', '已完成'),
  task(3, null, '', '市教育局', '未启动'),
];

describe('summaryPlan', () => {
  it('orders sections by their number, tasks outside any section last, and merges agencies by alias', () => {
    const plan = summaryPlan(live, { 教育局: '市教育局' }, '2026-11-29');
    expect(plan.sections).toEqual(['一、构建体系', '二、保障措施', '']);
    expect(plan.agencies.slice().sort()).toEqual(['市教育局', '市财政局'].sort());
  });

  it('lays the sheet out below the head: sections from row 6, totals, then agencies with five spare rows', () => {
    expect(summaryPlan(live, {}, '2026-11-29').layout).toEqual({
      asOfCell: '$B$2',
      noticeCell: 'B3',
      sectionHeaderRow: 5,
      totalRow: 9,
      agencyHeaderRow: 11,
      agencyFirstRow: 12,
      agencyRows: 8,
    });
  });

  it('labels each section row (tasks outside a section as （未分板块）) and sums the rows above the totals', () => {
    const plan = summaryPlan(live, {}, '2026-11-29');
    expect(plan.sectionRows.map((r) => r.label)).toEqual(['一、构建体系', '二、保障措施', '（未分板块）']);
    expect(plan.sectionRows[0]?.formulas[4]).toBe('=COUNTIFS(TaskLedger[板块],$A6,TaskLedger[来源状态],"<>已移除")');
    expect(plan.sectionRows[2]?.formulas[4]).toBe('=COUNTIFS(TaskLedger[板块],"",TaskLedger[来源状态],"<>已移除")');
    expect(plan.totalFormulas).toEqual([
      '=SUM(B6:B8)',
      '=SUM(C6:C8)',
      '=SUM(D6:D8)',
      '=SUM(E6:E8)',
      '=SUM(F6:F8)',
      '=SUM(G6:G8)',
      '=IF(F9=0,0,B9/F9)',
    ]);
    expect(plan.noticeFormula.startsWith('=IF(F9=0,')).toBe(true);
    expect(plan.notice).toBe(
      '截至2026年11月29日，3项任务中已完成1项，占33.3%；推进中1项；滞后0项；未启动1项；逾期0项。',
    );
  });

  it('without tasks: no section rows, totals of zero right under the header', () => {
    const plan = summaryPlan([], {}, '2026-11-29');
    expect(plan.layout).toMatchObject({ totalRow: 6, agencyHeaderRow: 8, agencyRows: 5 });
    expect(plan.totalFormulas).toEqual(['=0', '=0', '=0', '=0', '=0', '=0', '=IF(F6=0,0,B6/F6)']);
    expect(plan.notice).toBe('截至2026年11月29日，暂无任务。');
  });
});
