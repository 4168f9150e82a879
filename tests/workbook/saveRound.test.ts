import { describe, expect, test } from 'vitest';
import { toExcelSerial } from '../../src/model';
import type { Round } from '../../src/reports';
import { readRounds } from '../../src/workbook/readRounds';
import { saveRound } from '../../src/workbook/saveRound';
import { createFakeExcel, FakeSheet } from './fakeExcel';

const NOVEMBER: Round = {
  id: 'r-2026-11',
  name: '2026年11月',
  dueDate: '2026-11-25',
  createdAt: '2026-11-01T01:00:00.000Z',
};
const DECEMBER: Round = {
  id: 'r-2026-12',
  name: '2026年12月',
  dueDate: '2026-12-25',
  createdAt: '2026-12-01T01:00:00.000Z',
};
const HEADERS = ['轮次编号', '轮次名称', '截止日期', '创建时间', '已报送单位'];

describe('saveRound and readRounds', () => {
  test('the first round creates the 填报轮次 sheet and table (3 syncs); it reads back in 1 sync', async () => {
    const fake = createFakeExcel();
    expect(await saveRound(fake.context, NOVEMBER)).toEqual({ ok: true });
    expect(fake.stats.syncs).toBe(3);
    const table = fake.model.table('ReportRounds');
    expect(table?.sheet.name).toBe('填报轮次');
    expect(table?.headers()).toEqual(HEADERS);
    expect(fake.model.tableValues('ReportRounds')).toEqual([
      ['r-2026-11', '2026年11月', '2026-11-25', '2026-11-01T01:00:00.000Z', ''],
    ]);
    expect(fake.model.tableCell('ReportRounds', 0, '截止日期')?.numberFormat).toBe('@');
    const start = fake.stats.syncs;
    expect(await readRounds(fake.context)).toEqual({ rounds: [{ round: NOVEMBER, answered: new Map() }], issues: [] });
    expect(fake.stats.syncs - start).toBe(1);
  });

  test('a second round is added (2 syncs); saving a round again updates its row and keeps who answered', async () => {
    const fake = createFakeExcel();
    await saveRound(fake.context, NOVEMBER);
    fake.model.setTableCell('ReportRounds', 0, '已报送单位', '市教育局 2026-11-20；市财政局 2026-11-26');
    let start = fake.stats.syncs;
    expect(await saveRound(fake.context, DECEMBER)).toEqual({ ok: true });
    expect(fake.stats.syncs - start).toBe(2);
    start = fake.stats.syncs;
    expect(await saveRound(fake.context, { ...NOVEMBER, name: '2026年11月（补）', dueDate: '2026-11-30' })).toEqual({
      ok: true,
    });
    expect(fake.stats.syncs - start).toBe(2);
    expect(fake.model.tableValues('ReportRounds')).toEqual([
      [
        'r-2026-11',
        '2026年11月（补）',
        '2026-11-30',
        '2026-11-01T01:00:00.000Z',
        '市教育局 2026-11-20；市财政局 2026-11-26',
      ],
      ['r-2026-12', '2026年12月', '2026-12-25', '2026-12-01T01:00:00.000Z', ''],
    ]);
    const { rounds } = await readRounds(fake.context);
    expect(rounds.map((r) => r.round.name)).toEqual(['2026年11月（补）', '2026年12月']);
    expect([...(rounds[0]?.answered ?? [])]).toEqual([
      ['市教育局', '2026-11-20'],
      ['市财政局', '2026-11-26'],
    ]);
  });

  test.each([
    [{ ...DECEMBER, name: ' ' }, 'invalid'],
    [{ ...DECEMBER, id: '' }, 'invalid'],
    [{ ...DECEMBER, dueDate: '2026-13-01' }, 'invalid'],
  ])('a bad round is refused before any sync (%#)', async (round, code) => {
    const fake = createFakeExcel();
    expect(await saveRound(fake.context, round)).toMatchObject({ ok: false, code });
    expect(fake.stats.syncs).toBe(0);
  });

  test('a name another round has is refused, nothing written', async () => {
    const fake = createFakeExcel();
    await saveRound(fake.context, NOVEMBER);
    expect(await saveRound(fake.context, { ...DECEMBER, name: '2026年11月' })).toEqual({
      ok: false,
      code: 'duplicate-name',
      problem: { code: 'round-name-taken', params: { name: '2026年11月' } },
    });
    expect(fake.model.tableValues('ReportRounds')).toHaveLength(1);
  });

  test('a 填报轮次 sheet made by hand is kept: the table goes on 填报轮次（新）', async () => {
    const fake = createFakeExcel();
    fake.model.sheets.push(new FakeSheet('填报轮次'));
    await saveRound(fake.context, NOVEMBER);
    expect(fake.model.table('ReportRounds')?.sheet.name).toBe('填报轮次（新）');
  });

  test('columns moved by users are found by header; a due date typed as a date and a broken row are read', async () => {
    const fake = createFakeExcel();
    await saveRound(fake.context, NOVEMBER);
    await saveRound(fake.context, DECEMBER);
    fake.model.insertTableColumn('ReportRounds', 0, '备注');
    await saveRound(fake.context, { ...DECEMBER, createdAt: '2026-12-02T00:00:00.000Z' });
    expect(fake.model.tableValues('ReportRounds')[1]).toEqual([
      '',
      'r-2026-12',
      '2026年12月',
      '2026-12-25',
      '2026-12-02T00:00:00.000Z',
      '',
    ]);
    // Typed over by hand: a real date (a serial number) is read; text that is no date is an issue.
    fake.model.setTableCell('ReportRounds', 1, '截止日期', toExcelSerial('2026-12-28'));
    fake.model.setTableCell('ReportRounds', 0, '截止日期', '下周');
    const read = await readRounds(fake.context);
    expect(read.rounds.map((r) => [r.round.id, r.round.dueDate])).toEqual([['r-2026-12', '2026-12-28']]);
    expect(read.issues).toEqual([{ code: 'bad-round-row', params: { name: '2026年11月', dueDate: '下周' } }]);
  });

  test('no table yet: no rounds', async () => {
    expect(await readRounds(createFakeExcel().context)).toEqual({ rounds: [], issues: [] });
  });
});
