import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, test, vi } from 'vitest';
import { toExcelSerial } from '../../src/model';
import { loadLedger } from '../../src/workbook/loadLedger';
import { LEDGER_COLUMNS } from '../../src/workbook/ledgerColumns';
import { readLedger } from '../../src/workbook/readLedger';
import { warnDaysFromCells } from '../../src/workbook/readWarnDays';
import { IMPORT_META_SETTING } from '../../src/workbook/workbookNames';
import { createFakeExcel, type FakeExcel } from './fakeExcel';
import { IMPORTED_AT, SEED_SOURCE, seedTable } from './ledgerFixtures';

const HEADERS = LEDGER_COLUMNS.map((c) => c.header);

async function seeded(): Promise<FakeExcel> {
  const fake = createFakeExcel();
  await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
  return fake;
}

/** A ledger body row in header order from a partial record. */
function bodyRow(cells: Partial<Record<string, string | number>>): (string | number)[] {
  return HEADERS.map((h) => cells[h] ?? '');
}

describe('readLedger over the fake workbook', () => {
  test('reads the 24 seed rows back as typed rows with the import metadata, in one sync', async () => {
    const fake = await seeded();
    const before = fake.stats.syncs;
    const snapshot = await readLedger(fake.context);
    expect(fake.stats.syncs - before).toBe(1);
    expect(snapshot.rows).toHaveLength(24);
    expect(snapshot.issues).toEqual([]);
    expect(snapshot.meta).toMatchObject({ source: '内置示例', importedAt: IMPORTED_AT, taskCount: 24 });
    const two = snapshot.rows.find((r) => r.no === 2);
    expect(two).toMatchObject({
      section: 1,
      sectionTitle: '一、构建现代职业教育衔接沟通体系',
      deadline: '2015-12-31',
      ongoing: false,
      status: '未启动',
      progress: '',
      updated: null,
      reporter: '',
      extension: null,
      missing: false,
      line: 3,
    });
    expect(two?.assignments).toContainEqual({ agency: '市教育局', role: 'lead' });
    expect(snapshot.rows.map((r) => r.section)).toEqual(seedTable().tasks.map((t) => t.section));
  });

  test('an unknown status and a date typed as text are issues naming the cell; the row is kept', async () => {
    const fake = await seeded();
    const at = fake.model.rowOf('TaskLedger', 7);
    fake.model.setTableCell('TaskLedger', at, '状态', '搞定了');
    fake.model.setTableCell('TaskLedger', at, '更新日期', '2026年1月5日');
    fake.model.setTableCell('TaskLedger', fake.model.rowOf('TaskLedger', 8), '状态', '已办结');
    const snapshot = await readLedger(fake.context);
    const seven = snapshot.rows.find((r) => r.no === 7);
    expect(seven).toMatchObject({ status: '未启动', updated: '2026-01-05' });
    expect(snapshot.rows.find((r) => r.no === 8)?.status).toBe('已完成');
    expect(snapshot.issues).toEqual([
      { line: 7, severity: 'warning', code: 'unknown-status', params: {}, message: '第7项“状态”（L8）为“搞定了”，不是已知状态，按“未启动”处理' },
      { line: 7, severity: 'warning', code: 'date-not-a-date', params: {}, message: '第7项“更新日期”（N8）是文本“2026年1月5日”，不是日期' },
    ]);
  });

  test('an extension and a user-edited row change the row and its version', async () => {
    const fake = await seeded();
    const first = await readLedger(fake.context);
    const at = fake.model.rowOf('TaskLedger', 2);
    fake.model.setTableCell('TaskLedger', at, '延期至', toExcelSerial('2027-06-30'));
    fake.model.setTableCell('TaskLedger', at, '延期原因', '资金未到位');
    const second = await readLedger(fake.context);
    const before = first.rows.find((r) => r.no === 2);
    const after = second.rows.find((r) => r.no === 2);
    expect(after?.extension).toEqual({ date: '2027-06-30', reason: '资金未到位' });
    expect(after?.version).not.toBe(before?.version);
    expect(second.rows.find((r) => r.no === 3)?.version).toBe(first.rows.find((r) => r.no === 3)?.version);
  });

  test('the workbook\'s 预警天数 (台账设置!B1) comes back with the rows, in the same single sync', async () => {
    const fake = await seeded();
    expect((await readLedger(fake.context)).warnDays).toBe(7);
    fake.model.sheet('台账设置')?.ensure(0, 1);
    const cell = fake.model.sheet('台账设置')?.cell(0, 1);
    if (cell) cell.value = 14;
    const before = fake.stats.syncs;
    expect((await readLedger(fake.context)).warnDays).toBe(14);
    expect(fake.stats.syncs - before).toBe(1);
  });

  test.each([
    [[['预警天数', 3]], 3],
    [[['预警天数', '5']], 5],
    [[['预警天数', 0]], 0],
    [[['预警天数', -1]], null],
    [[['预警天数', 2.5]], null],
    [[['预警天数', '']], null],
    [[['别的', 3]], null],
    [[], null],
  ])('warnDaysFromCells(%j) is %j', (cells, expected) => {
    expect(warnDaysFromCells(cells)).toBe(expected);
  });

  test('no ledger: an empty snapshot (the metadata, if any, still comes back)', async () => {
    const fake = createFakeExcel();
    const before = fake.stats.syncs;
    expect(await readLedger(fake.context)).toEqual({ rows: [], issues: [], meta: null, aliases: {} });
    expect(fake.stats.syncs - before).toBe(2);
  });
});

describe('readLedger over office-addin-mock', () => {
  function mockContext(body: (string | number)[][]) {
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          tables: {
            ledger: {
              header: { values: [HEADERS] },
              body: {
                rowIndex: 1,
                columnIndex: 0,
                rowCount: body.length,
                columnCount: HEADERS.length,
                top: { values: body },
                getIntersectionOrNullObject() {
                  return (this as unknown as { top: unknown }).top;
                },
              },
              worksheet: { getRange: () => ({}) },
              getHeaderRowRange() {
                return (this as unknown as { header: unknown }).header;
              },
              getDataBodyRange() {
                return (this as unknown as { body: unknown }).body;
              },
            },
            aliases: { body: { values: [['教育局', '市教育局'], ['', '']], rowIndex: 2, columnIndex: 4 }, settingsCells: { values: [['预警天数', 10]] } },
            getItem(name: string) {
              const self = this as unknown as { ledger: unknown; aliases: { body: unknown; settingsCells: unknown } };
              if (name === 'AgencyAliases') {
                return {
                  getDataBodyRange: () => self.aliases.body,
                  worksheet: {
                    getRange: (address: string) => {
                      expect(address).toBe('A1:B1');
                      return self.aliases.settingsCells;
                    },
                  },
                };
              }
              return self.ledger;
            },
          },
          settings: {
            meta: { value: JSON.stringify({ source: 'S', hash: '00000000', importedAt: IMPORTED_AT, taskCount: 2 }), isNullObject: false },
            getItemOrNullObject(key: string) {
              expect(key).toBe(IMPORT_META_SETTING);
              return (this as unknown as { meta: unknown }).meta;
            },
          },
        },
      },
    });
    const holder = mock as unknown as { context: Excel.RequestContext & { workbook: { settings: { meta: { isNullObject: boolean } } } } };
    // office-addin-mock treats isNullObject as data that needs a load; Office.js fills it on every sync.
    holder.context.workbook.settings.meta.isNullObject = false;
    (holder.context.workbook.tables as unknown as { ledger: { body: { top: { isNullObject: boolean } } } }).ledger.body.top.isNullObject = false;
    const sync = vi.spyOn(holder.context, 'sync');
    return { context: holder.context, sync };
  }

  test('rows, issues and metadata from the values Excel returns, in one sync', async () => {
    const { context, sync } = mockContext([
      bodyRow({ 序号: 1, 板块: '一、甲', 工作任务: '任务一', 负责单位: '市教育局牵头，市财政局配合', 时间进度: '2016年6月30日前', 截止日期: toExcelSerial('2016-06-30'), 状态: '推进中', 填报人: '李四' }),
      bodyRow({ 序号: 2, 板块: '二、乙', 工作任务: '任务二', 负责单位: '市财政局', 时间进度: '持续实施', 状态: '不知道' }),
    ]);
    const snapshot = await readLedger(context);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(snapshot.meta?.source).toBe('S');
    expect(snapshot.rows.map((r) => [r.no, r.section, r.status, r.deadline, r.ongoing, r.reporter])).toEqual([
      [1, 1, '推进中', '2016-06-30', false, '李四'],
      [2, 2, '未启动', null, true, ''],
    ]);
    expect(snapshot.rows[0]?.assignments).toEqual([
      { agency: '市教育局', role: 'lead' },
      { agency: '市财政局', role: 'support' },
    ]);
    expect(snapshot.issues.map((i) => [i.line, i.code])).toEqual([[2, 'unknown-status']]);
    expect(snapshot.aliases).toEqual({ 教育局: '市教育局' });
    expect(snapshot.warnDays).toBe(10);
  });

  test('the AgencyAliases table, read in the same sync, renames what it lists', async () => {
    const { context, sync } = mockContext([bodyRow({ 序号: 1, 工作任务: '任务一', 负责单位: '教育局牵头，市财政局配合', 时间进度: '持续实施', 状态: '推进中' })]);
    const snapshot = await readLedger(context);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(snapshot.rows[0]?.assignments).toEqual([
      { agency: '市教育局', role: 'lead' },
      { agency: '市财政局', role: 'support' },
    ]);
  });
});
