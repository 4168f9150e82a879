import { describe, expect, test } from 'vitest';
import { composeNotice, toExcelSerial } from '../../src/model';
import { agencyFormulas, noticeFormula, sectionFormulas } from '../../src/ledgerLayout/summaryFormulas';
import { buildSummary } from '../../src/workbook/buildSummary';
import { loadLedger } from '../../src/workbook/loadLedger';
import { readLedger } from '../../src/workbook/readLedger';
import { writeStatus } from '../../src/workbook/writeStatus';
import { createFakeExcel, type FakeExcel } from './fakeExcel';
import { IMPORTED_AT, NOW, SEED_SOURCE, seedTable } from './ledgerFixtures';

async function ledger(): Promise<FakeExcel> {
  const fake = createFakeExcel();
  await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
  await writeStatus(fake.context, 3, { status: '已完成', note: '完成', date: '2026-11-01', by: '甲' }, undefined, {
    now: NOW,
  });
  return fake;
}

function formulaAt(fake: FakeExcel, address: string): string | undefined {
  const sheet = fake.model.sheet('汇总');
  const m = /^([A-Z])(\d+)$/.exec(address);
  if (!sheet || !m) return undefined;
  const cell = sheet.cell(Number(m[2]) - 1, (m[1] ?? 'A').charCodeAt(0) - 65);
  return cell?.formula ?? String(cell?.value);
}

describe('buildSummary', () => {
  test('returns the model notice and writes the as-of date as a value, in 2 syncs', async () => {
    const fake = await ledger();
    const syncs = fake.stats.syncs;
    const result = await buildSummary(fake.context, '2026-11-29');
    expect(fake.stats.syncs - syncs).toBe(2);
    const { rows } = await readLedger(fake.context);
    expect(result.notice).toBe(composeNotice(rows, '2026-11-29'));
    expect(result.notice.startsWith('截至2026年11月29日，24项任务中已完成1项，占4.2%；')).toBe(true);
    const sheet = fake.model.sheet('汇总');
    expect(sheet?.cell(1, 1)).toMatchObject({ value: toExcelSerial('2026-11-29'), numberFormat: 'yyyy-mm-dd' });
    expect(sheet?.cell(3, 1)?.value).toBe(result.notice);
  });

  test('per section: live COUNTIFS / SUMPRODUCT formulas over TaskLedger, a totals row, the notice formula', async () => {
    const fake = await ledger();
    const { layout } = await buildSummary(fake.context, '2026-11-29');
    expect(layout).toMatchObject({ sectionHeaderRow: 5, totalRow: 10, agencyHeaderRow: 12, agencyFirstRow: 13 });
    expect(formulaAt(fake, 'A6')).toBe('一、构建现代职业教育衔接沟通体系');
    expect(formulaAt(fake, 'A9')).toBe('四、落实政府和部门职责');
    sectionFormulas('$A6', 6, '$B$2').forEach((f, i) =>
      expect(formulaAt(fake, `${String.fromCharCode(66 + i)}6`)).toBe(f),
    );
    expect(formulaAt(fake, 'B6')).toBe(
      '=COUNTIFS(TaskLedger[板块],$A6,TaskLedger[来源状态],"<>已移除",TaskLedger[状态],"已完成")+COUNTIFS(TaskLedger[板块],$A6,TaskLedger[来源状态],"<>已移除",TaskLedger[状态],"已办结")',
    );
    expect(formulaAt(fake, 'G6')).toBe(
      '=SUMPRODUCT((TaskLedger[板块]=$A6)*(TaskLedger[来源状态]<>"已移除")*(TaskLedger[状态]<>"已完成")*(TaskLedger[状态]<>"已办结")' +
        '*(((TaskLedger[延期至]<>"")*TaskLedger[延期至]+(TaskLedger[延期至]="")*TaskLedger[截止日期])>0)' +
        '*(((TaskLedger[延期至]<>"")*TaskLedger[延期至]+(TaskLedger[延期至]="")*TaskLedger[截止日期])<$B$2))',
    );
    expect(formulaAt(fake, 'F10')).toBe('=SUM(F6:F9)');
    expect(formulaAt(fake, 'B3')).toBe(noticeFormula(10, '$B$2'));
    expect(noticeFormula(10, '$B$2')).toBe(
      '=IF(F10=0,"截至"&YEAR($B$2)&"年"&MONTH($B$2)&"月"&DAY($B$2)&"日，"&"暂无任务。","截至"&YEAR($B$2)&"年"&MONTH($B$2)&"月"&DAY($B$2)&"日，"' +
        '&F10&"项任务中已完成"&B10&"项，占"&ROUND(B10/F10*100,1)&"%；推进中"&C10&"项；滞后"&D10&"项；未启动"&E10&"项；逾期"&G10&"项。")',
    );
  });

  test('per agency: the spilled TASKS.AGENCIES list with per-row TASKS.* counts beside it', async () => {
    const fake = await ledger();
    const { layout } = await buildSummary(fake.context, '2026-11-29');
    expect(formulaAt(fake, 'A13')).toBe('=TASKS.AGENCIES(TaskLedger[负责单位],"any",AgencyAliases)');
    expect(formulaAt(fake, 'B13')).toBe(
      '=IF($A13="","",TASKS.AGENCYCOUNT(TaskLedger[负责单位],$A13,"lead",AgencyAliases))',
    );
    expect(formulaAt(fake, 'E13')).toBe(
      '=IF($A13="","",TASKS.OVERDUECOUNT(TaskLedger[时间进度],TaskLedger[状态],$B$2,TaskLedger[负责单位],$A13,"lead",AgencyAliases))',
    );
    const last = layout.agencyFirstRow + layout.agencyRows - 1;
    agencyFormulas(last, '$B$2').forEach((f, i) =>
      expect(formulaAt(fake, `${String.fromCharCode(66 + i)}${last}`)).toBe(f),
    );
    expect(formulaAt(fake, `B${last + 1}`)).toBe('undefined');
  });

  test('a stacked bar chart of status by section', async () => {
    const fake = await ledger();
    await buildSummary(fake.context, '2026-11-29');
    expect(fake.model.sheet('汇总')?.charts).toEqual([
      {
        type: 'BarStacked',
        name: '各板块任务状态',
        source: 'A5:E9',
        seriesBy: 'Columns',
        title: '各板块任务状态',
        position: ['J5', 'Q23'],
      },
    ]);
  });

  test('rebuilding updates 汇总 in place (the same sheet, its chart given the new data), in 3 syncs, and nothing else', async () => {
    const fake = await ledger();
    await buildSummary(fake.context, '2026-11-28');
    const sheet = fake.model.sheet('汇总');
    const chart = sheet?.charts[0];
    sheet!.ensure(40, 0).value = '上次生成时的旧内容';
    const ledgerBefore = JSON.stringify(fake.model.tableValues('TaskLedger'));
    const syncs = fake.stats.syncs;
    await buildSummary(fake.context, '2026-11-29');
    expect(fake.stats.syncs - syncs).toBe(3);
    expect(fake.model.sheet('汇总')).toBe(sheet);
    expect(fake.model.sheets.map((s) => s.name).sort()).toEqual(['任务台账', '台账设置', '汇总', '进展记录'].sort());
    expect(sheet?.cell(1, 1)?.value).toBe(toExcelSerial('2026-11-29'));
    expect(sheet?.cell(40, 0)).toBeUndefined();
    expect(sheet?.charts).toEqual([chart]);
    expect(JSON.stringify(fake.model.tableValues('TaskLedger'))).toBe(ledgerBefore);
  });

  test('without the custom functions the agency table uses native formulas over the live columns, agencies as values', async () => {
    const fake = await ledger();
    const { layout } = await buildSummary(fake.context, '2026-11-29', { customFunctions: false });
    const sheet = fake.model.sheet('汇总')!;
    const row = layout.agencyFirstRow;
    expect(sheet.cell(layout.agencyHeaderRow - 1, 7)?.value).toBe('牵头已完成');
    expect(sheet.cell(row - 1, 0)).toMatchObject({ value: '市教育局', numberFormat: '@' });
    expect(sheet.cell(row - 1, 1)?.formula).toBe(
      `=IF($A${row}="","",SUMPRODUCT(ISNUMBER(FIND("、"&$A${row}&"、","、"&TaskLedger[牵头单位]&"、"))*(TaskLedger[来源状态]<>"已移除")))`,
    );
    const all = [...sheet.cells.values()].map((c) => c.formula ?? '').join('\n');
    expect(all).not.toContain('TASKS.');
  });

  test('without a ledger it rejects with a refusal as data', async () => {
    const fake = createFakeExcel();
    await expect(buildSummary(fake.context, '2026-11-29')).rejects.toMatchObject({
      name: 'LedgerRefusal',
      problem: { code: 'no-ledger', params: {} },
    });
  });
});
