import { describe, expect, test } from 'vitest';
import { toExcelSerial } from '../../src/model';
import { applyFilter, NO_MATCH_VALUE } from '../../src/workbook/applyFilter';
import { clearFilter } from '../../src/workbook/clearFilter';
import { loadLedger } from '../../src/workbook/loadLedger';
import { writeStatus } from '../../src/workbook/writeStatus';
import { createFakeExcel, type FakeExcel } from './fakeExcel';
import { IMPORTED_AT, NOW, SEED_SOURCE, seedTable } from './ledgerFixtures';

async function ledger(): Promise<FakeExcel> {
  const fake = createFakeExcel();
  await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
  return fake;
}

describe('applyFilter / clearFilter', () => {
  test('a status filter becomes a values filter on 序号 with exactly the matching tasks, in 2 syncs', async () => {
    const fake = await ledger();
    await writeStatus(fake.context, 4, { status: '滞后', note: '', date: '2026-11-01', by: '甲' }, undefined, {
      now: NOW,
    });
    await writeStatus(fake.context, 11, { status: '滞后', note: '', date: '2026-11-01', by: '甲' }, undefined, {
      now: NOW,
    });
    const syncs = fake.stats.syncs;
    expect(await applyFilter(fake.context, { status: '滞后' }, '2026-11-29', 7)).toEqual([4, 11]);
    expect(fake.stats.syncs - syncs).toBe(2);
    expect([...fake.model.table('TaskLedger')!.filters]).toEqual([['序号', ['4', '11']]]);
  });

  test('agency + role + section combine through the model, the sheet shows the same rows', async () => {
    const fake = await ledger();
    const shown = await applyFilter(fake.context, { agency: '市人社局', role: 'lead', section: 1 }, '2026-11-29', 7);
    expect(shown).toEqual([5, 6]);
    expect(fake.model.table('TaskLedger')!.filters.get('序号')).toEqual(['5', '6']);
  });

  test('overdue counts an extension: 延期至 in the future takes the task off the overdue list', async () => {
    const fake = await ledger();
    const overdue = await applyFilter(fake.context, { overdueOnly: true }, '2026-11-29', 7);
    expect(overdue).toContain(2);
    fake.model.setTableCell('TaskLedger', fake.model.rowOf('TaskLedger', 2), '延期至', toExcelSerial('2027-06-30'));
    fake.model.setTableCell('TaskLedger', fake.model.rowOf('TaskLedger', 2), '延期原因', '资金');
    expect(await applyFilter(fake.context, { overdueOnly: true }, '2026-11-29', 7)).not.toContain(2);
  });

  test("临期 under the pane's rule: a task reported 滞后 is left out when 滞后 counts, as the 预警 column shows it 滞后", async () => {
    const fake = await ledger();
    // Tasks 2 and 3 extended to 3 days after the as-of day; task 3 reported 滞后.
    for (const no of [2, 3])
      fake.model.setTableCell('TaskLedger', fake.model.rowOf('TaskLedger', no), '延期至', toExcelSerial('2026-12-02'));
    fake.model.setTableCell('TaskLedger', fake.model.rowOf('TaskLedger', 3), '状态', '滞后');
    expect(await applyFilter(fake.context, { dueSoonOnly: true }, '2026-11-29', 7)).toEqual([2, 3]);
    expect(
      await applyFilter(fake.context, { dueSoonOnly: true }, '2026-11-29', 7, {
        rule: { preset: '蓝黄红', dueSoonDays: 7, laggingCounts: false },
      }),
    ).toEqual([2, 3]);
    expect(
      await applyFilter(fake.context, { dueSoonOnly: true }, '2026-11-29', 7, {
        rule: { preset: '蓝黄红', dueSoonDays: 7, laggingCounts: true },
      }),
    ).toEqual([2]);
    expect(fake.model.table('TaskLedger')!.filters.get('序号')).toEqual(['2']);
  });

  test('nothing matches: every row is hidden; clearFilter shows all again', async () => {
    const fake = await ledger();
    expect(await applyFilter(fake.context, { keyword: '不存在的关键词' }, '2026-11-29', 7)).toEqual([]);
    expect(fake.model.table('TaskLedger')!.filters.get('序号')).toEqual([NO_MATCH_VALUE]);
    await clearFilter(fake.context);
    expect(fake.model.table('TaskLedger')!.filters.size).toBe(0);
  });

  test('without a ledger both do nothing', async () => {
    const fake = createFakeExcel();
    expect(await applyFilter(fake.context, {}, '2026-11-29', 7)).toEqual([]);
    await expect(clearFilter(fake.context)).resolves.toBeUndefined();
  });
});
