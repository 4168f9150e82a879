import { describe, expect, test } from 'vitest';
import { toExcelSerial } from '../../src/model';
import { loadLedger } from '../../src/workbook/loadLedger';
import { readLedger } from '../../src/workbook/readLedger';
import { warnDaysFromCells } from '../../src/ledgerLayout/warnDaysFromCells';
import { createFakeExcel, type FakeExcel } from './fakeExcel';
import { IMPORTED_AT, SEED_SOURCE, seedTable } from './ledgerFixtures';

async function seeded(): Promise<FakeExcel> {
  const fake = createFakeExcel();
  await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
  return fake;
}

/** A ledger body row in header order from a partial record. */

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
      {
        line: 7,
        severity: 'warning',
        code: 'unknown-status',
        params: { no: 7, cell: 'L8', text: '搞定了', status: '未启动' },
      },
      {
        line: 7,
        severity: 'warning',
        code: 'date-not-a-date',
        params: { no: 7, column: '更新日期', cell: 'N8', text: '2026年1月5日' },
      },
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

  test("the workbook's 预警天数 (台账设置!B1) comes back with the rows, in the same single sync", async () => {
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
    expect(await readLedger(fake.context)).toEqual({ rows: [], issues: [], meta: null, aliases: {}, groups: {} });
    expect(fake.stats.syncs - before).toBe(2);
  });
});
