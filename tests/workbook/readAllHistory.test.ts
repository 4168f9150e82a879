import { describe, expect, test } from 'vitest';
import { loadLedger } from '../../src/workbook/loadLedger';
import { readAllHistory } from '../../src/workbook/readAllHistory';
import { writeStatus } from '../../src/workbook/writeStatus';
import { createFakeExcel } from './fakeExcel';
import { IMPORTED_AT, NOW, SEED_SOURCE, seedTable } from './ledgerFixtures';

describe('readAllHistory', () => {
  test('returns every entry of every task, in table order, in two syncs (layout, then the columns in one chunk)', async () => {
    const fake = createFakeExcel();
    await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
    await writeStatus(fake.context, 5, { status: '推进中', note: '启动', date: '2026-10-25', by: '甲' }, undefined, {
      now: '2026-10-25T01:00:00.000Z',
    });
    await writeStatus(fake.context, 6, { status: '滞后', note: '=待定', date: '2026-10-26', by: '乙' }, undefined, {
      now: NOW,
    });
    await writeStatus(fake.context, 5, { status: '已完成', note: '完成', date: '2026-11-25', by: '甲' }, undefined, {
      now: NOW,
    });
    const syncs = fake.stats.syncs;
    expect(await readAllHistory(fake.context)).toEqual([
      {
        time: '2026-10-25T01:00:00.000Z',
        no: 5,
        previousStatus: '未启动',
        status: '推进中',
        note: '启动',
        date: '2026-10-25',
        by: '甲',
        agency: '',
        round: '',
        answerId: '',
      },
      {
        time: NOW,
        no: 6,
        previousStatus: '未启动',
        status: '滞后',
        note: '=待定',
        date: '2026-10-26',
        by: '乙',
        agency: '',
        round: '',
        answerId: '',
      },
      {
        time: NOW,
        no: 5,
        previousStatus: '推进中',
        status: '已完成',
        note: '完成',
        date: '2026-11-25',
        by: '甲',
        agency: '',
        round: '',
        answerId: '',
      },
    ]);
    expect(fake.stats.syncs - syncs).toBe(2);
  });

  test('no history table yet: no entries', async () => {
    const fake = createFakeExcel();
    expect(await readAllHistory(fake.context)).toEqual([]);
  });
});
