import { describe, expect, test } from 'vitest';
import { toExcelSerial, type TaskTable } from '../../src/model';
import { loadLedger } from '../../src/workbook/loadLedger';
import { ledgerColumnIndex } from '../../src/ledgerLayout/ledgerColumnIndex';
import { warningFormulaR1C1 } from '../../src/ledgerLayout/warningFormula';
import { IMPORT_META_SETTING } from '../../src/ledgerLayout/workbookNames';
import { createFakeExcel, type FakeExcel } from './fakeExcel';
import { IMPORTED_AT, makeTask, SEED_SOURCE, seedTable } from './ledgerFixtures';

// Written out by hand (预警 in column 16, 状态 11, 截止日期 8, 延期至 9): done; overdue (a date, passed); 滞后 when
// 滞后计入预警 is 是; no date → 正常; 临期 within 预警天数; else 正常.
const WARNING_R1C1 =
  '=IF(OR(RC[-4]="已完成",RC[-4]="已办结"),"已完成",IF(AND(RC[-6]&RC[-7]<>"",IF(RC[-6]="",RC[-7],RC[-6])<TODAY()),"逾期",' +
  'IF(AND(RC[-4]="滞后",滞后计入预警="是"),"滞后",IF(RC[-6]&RC[-7]="","正常",IF(IF(RC[-6]="",RC[-7],RC[-6])-TODAY()<=预警天数,"临期","正常")))))';

async function freshLedger(table: TaskTable = seedTable()): Promise<FakeExcel> {
  const fake = createFakeExcel();
  await loadLedger(fake.context, table, SEED_SOURCE, { importedAt: IMPORTED_AT });
  return fake;
}

function cellOf(fake: FakeExcel, no: number, header: string) {
  return fake.model.tableCell('TaskLedger', fake.model.rowOf('TaskLedger', no), header);
}

describe('loadLedger: first load', () => {
  test('writes the seed as TaskLedger on 任务台账 with the exact headers, in 4 syncs (one failed lookup, one to remember the column ids)', async () => {
    const fake = createFakeExcel();
    const summary = await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
    expect(summary.added).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(summary).toMatchObject({ changed: [], unchanged: [], missing: [] });
    const table = fake.model.table('TaskLedger');
    expect(table?.sheet.name).toBe('任务台账');
    expect(table?.headers()).toEqual([
      '序号',
      '板块',
      '工作任务',
      '负责单位',
      '牵头单位',
      '配合单位',
      '共同负责',
      '时间进度',
      '截止日期',
      '延期至',
      '延期原因',
      '状态',
      '进展情况',
      '更新日期',
      '填报人',
      '预警',
      '来源状态',
    ]);
    expect(fake.model.tableValues('TaskLedger')).toHaveLength(24);
    expect(fake.stats).toMatchObject({ syncs: 4, failedSyncs: 1 });
  });

  test('task 2: raw and normalised units, the deadline as a dated serial, user columns at defaults', async () => {
    const fake = await freshLedger();
    const row = fake.model.tableValues('TaskLedger')[1] ?? [];
    expect(row.slice(0, 12)).toEqual([
      2,
      '一、构建现代职业教育衔接沟通体系',
      '创新发展高等职业教育，确保川北幼专2016年专科办学水平合格评估达标，创建四川健康产业职业技术学院，形成与我市产业布局相协调的职业院校格局。',
      '市教育局牵头，市发展改革委、市财政局、市人力资源和社会保障局等配合',
      '市教育局',
      '市发展改革委、市财政局、市人力资源和社会保障局',
      '',
      '2015年底前出台具体措施',
      toExcelSerial('2015-12-31'),
      '',
      '',
      '未启动',
    ]);
    expect(cellOf(fake, 2, '截止日期')?.numberFormat).toBe('yyyy-mm-dd');
    expect(cellOf(fake, 2, '工作任务')?.numberFormat).toBe('@');
    expect(cellOf(fake, 2, '来源状态')?.value).toBe('在表');
  });

  test('a joint list goes to 共同负责; an ongoing task has no deadline', async () => {
    const fake = await freshLedger();
    expect(cellOf(fake, 1, '共同负责')?.value).toBe('市教育局、市人力资源和社会保障局');
    expect(cellOf(fake, 1, '牵头单位')?.value).toBe('');
    expect(cellOf(fake, 1, '截止日期')?.value).toBe('');
  });

  test('预警 is the same R1C1 formula on every row (a calculated column)', async () => {
    const fake = await freshLedger();
    const formulas = fake.model
      .tableValues('TaskLedger')
      .map((_, r) => fake.model.tableCell('TaskLedger', r, '预警')?.formulaR1C1);
    expect(new Set(formulas)).toEqual(new Set([WARNING_R1C1]));
  });

  test('formats: frozen header, widths, wrap, the 状态 drop-down, three row colours keyed on 预警', async () => {
    const fake = await freshLedger();
    const table = fake.model.table('TaskLedger');
    expect(table?.sheet.frozenRows).toBe(1);
    expect(table?.style).toBe('TableStyleMedium2');
    expect(fake.model.formats).toContainEqual({
      sheet: '任务台账',
      address: 'C:C',
      property: 'columnWidth',
      value: 300,
    });
    expect(fake.model.formats).toContainEqual({
      sheet: '任务台账',
      address: 'C2:C25',
      property: 'wrapText',
      value: true,
    });
    expect(table?.validations).toEqual([
      expect.objectContaining({
        column: '状态',
        rule: { list: { inCellDropDown: true, source: '未启动,推进中,滞后,已完成' } },
      }),
    ]);
    // The colours follow 预警配色 (台账设置!B6): conditions that exclude each other, so their priority never matters.
    expect(fake.model.conditionalFormats).toEqual([
      {
        address: 'A2:Q25',
        type: 'Custom',
        formula: '=OR($P2="逾期",AND($P2="滞后",预警配色<>"蓝黄红"))',
        fill: '#FFC7CE',
      },
      {
        address: 'A2:Q25',
        type: 'Custom',
        formula: '=OR(AND($P2="临期",预警配色<>"蓝黄红"),AND($P2="滞后",预警配色="蓝黄红"))',
        fill: '#FFEB9C',
      },
      { address: 'A2:Q25', type: 'Custom', formula: '=AND($P2="临期",预警配色="蓝黄红")', fill: '#BDD7EE' },
      { address: 'A2:Q25', type: 'Custom', formula: '=$P2="已完成"', fill: '#C6EFCE' },
    ]);
  });

  test('creates the due-soon window 预警天数 = 7 on 台账设置 and records the import', async () => {
    const fake = await freshLedger();
    expect(fake.model.names.get('预警天数')).toMatchObject({ sheet: '台账设置', address: 'B1' });
    expect(fake.model.sheet('台账设置')?.cell(0, 1)?.value).toBe(7);
    expect(JSON.parse(String(fake.model.settings.get(IMPORT_META_SETTING)))).toEqual({
      source: '内置示例',
      hash: expect.stringMatching(/^[0-9a-f]{16}$/) as unknown,
      importedAt: IMPORTED_AT,
      taskCount: 24,
    });
  });

  test('takes 任务台账2 when a sheet named 任务台账 exists without the table', async () => {
    const fake = createFakeExcel();
    fake.context.workbook.worksheets.add('任务台账');
    await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
    expect(fake.model.table('TaskLedger')?.sheet.name).toBe('任务台账2');
  });
});

describe('loadLedger: text that looks like a formula stays text', () => {
  test.each(['=SUM(1)', '+1', '-1', '@x', '2016'])('task text %j', async (text) => {
    const table: TaskTable = {
      title: '',
      sections: [{ no: 1, numeral: '一', title: '测试' }],
      tasks: [makeTask(1, text, { units: text })],
      issues: [],
    };
    const fake = await freshLedger(table);
    for (const header of ['工作任务', '负责单位']) {
      const cell = cellOf(fake, 1, header);
      expect(cell?.numberFormat).toBe('@');
      expect(cell?.value).toBe(text);
      expect(cell?.formula).toBeUndefined();
    }
  });

  test('the values sent carry a quote prefix where Excel would see a formula', async () => {
    const table: TaskTable = {
      title: '',
      sections: [],
      tasks: [makeTask(1, '=SUM(1)'), makeTask(2, '普通文本')],
      issues: [],
    };
    const fake = await freshLedger(table);
    expect(cellOf(fake, 1, '工作任务')?.quotePrefix).toBe(true);
    expect(cellOf(fake, 2, '工作任务')?.quotePrefix).toBeUndefined();
  });
});

describe('loadLedger: reload merges, never overwrites', () => {
  async function enteredLedger(): Promise<FakeExcel> {
    const fake = await freshLedger();
    const { model } = fake;
    // A coordinator's entries on task 3, a column of their own, and a sort by 序号 descending.
    const set = (no: number, header: string, value: string | number): void =>
      model.setTableCell('TaskLedger', model.rowOf('TaskLedger', no), header, value);
    set(3, '状态', '推进中');
    set(3, '进展情况', '已召开推进会');
    set(3, '更新日期', toExcelSerial('2026-11-20'));
    set(3, '填报人', '张三');
    set(3, '延期至', toExcelSerial('2027-03-31'));
    set(3, '延期原因', '等待批复');
    model.insertTableColumn('TaskLedger', 12, '备注');
    set(3, '备注', '自加列');
    model.sortTable('TaskLedger', (a, b) => Number(b[0]) - Number(a[0]));
    return fake;
  }

  test('the same table again: everything unchanged, nothing users entered touched, 2 syncs', async () => {
    const fake = await enteredLedger();
    const before = JSON.stringify(fake.model.tableValues('TaskLedger'));
    const syncs = fake.stats.syncs;
    const summary = await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
    expect(summary).toEqual({
      added: [],
      changed: [],
      unchanged: Array.from({ length: 24 }, (_, i) => i + 1),
      missing: [],
    });
    expect(JSON.stringify(fake.model.tableValues('TaskLedger'))).toBe(before);
    expect(fake.stats.syncs - syncs).toBe(2);
  });

  test('a revised table: changed text updated in place, new task appended, vanished task marked 已移除', async () => {
    const fake = await enteredLedger();
    const revised = seedTable();
    revised.tasks = revised.tasks
      .filter((t) => t.no !== 24)
      .map((t) => (t.no === 3 ? { ...t, text: '修订后的任务三' } : t));
    revised.tasks.push(makeTask(25, '新增任务', { section: 4 }));
    const summary = await loadLedger(fake.context, revised, { name: '修订稿', text: 'x' }, { importedAt: IMPORTED_AT });
    expect(summary.added).toEqual([25]);
    expect(summary.changed).toEqual([3]);
    expect(summary.missing).toEqual([24]);
    expect(summary.unchanged).toHaveLength(22);

    expect(cellOf(fake, 3, '工作任务')?.value).toBe('修订后的任务三');
    expect(cellOf(fake, 3, '状态')?.value).toBe('推进中');
    expect(cellOf(fake, 3, '进展情况')?.value).toBe('已召开推进会');
    expect(cellOf(fake, 3, '更新日期')?.value).toBe(toExcelSerial('2026-11-20'));
    expect(cellOf(fake, 3, '填报人')?.value).toBe('张三');
    expect(cellOf(fake, 3, '延期至')?.value).toBe(toExcelSerial('2027-03-31'));
    expect(cellOf(fake, 3, '延期原因')?.value).toBe('等待批复');
    expect(cellOf(fake, 3, '备注')?.value).toBe('自加列');

    expect(cellOf(fake, 24, '来源状态')?.value).toBe('已移除');
    expect(cellOf(fake, 24, '工作任务')?.value).not.toBe('');
    const rows = fake.model.tableValues('TaskLedger');
    expect(rows).toHaveLength(25);
    expect(fake.model.rowOf('TaskLedger', 25)).toBe(24);
    expect(cellOf(fake, 25, '状态')?.value).toBe('未启动');
    expect(cellOf(fake, 25, '工作任务')?.numberFormat).toBe('@');
    expect(cellOf(fake, 25, '备注')?.value).toBe('');
    // The inserted 备注 column moved 预警 one to the right: the new row's formula follows the real positions.
    const index = ledgerColumnIndex(fake.model.table('TaskLedger')!.headers());
    expect(cellOf(fake, 25, '预警')?.formulaR1C1).toBe(
      warningFormulaR1C1(
        { warning: index.warning, status: index.status, deadline: index.deadline, extensionDate: index.extensionDate },
        { lagging: true },
      ),
    );
  });

  test('a removed task that comes back is 在表 again and counted as changed', async () => {
    const fake = await freshLedger();
    const without = seedTable();
    without.tasks = without.tasks.filter((t) => t.no !== 5);
    await loadLedger(fake.context, without, SEED_SOURCE, { importedAt: IMPORTED_AT });
    expect(cellOf(fake, 5, '来源状态')?.value).toBe('已移除');
    const summary = await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
    expect(summary.changed).toEqual([5]);
    expect(cellOf(fake, 5, '来源状态')?.value).toBe('在表');
  });

  test('a deleted source column comes back at the end, filled from the source', async () => {
    const fake = await freshLedger();
    const table = fake.model.table('TaskLedger')!;
    fake.model.deleteTableColumn('TaskLedger', '牵头单位');
    const summary = await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
    expect(summary.changed).toEqual([]);
    expect(table.headers().at(-1)).toBe('牵头单位');
    expect(cellOf(fake, 2, '牵头单位')?.value).toBe('市教育局');
  });
});
