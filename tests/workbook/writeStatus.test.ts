import { describe, expect, test } from 'vitest';
import { toExcelSerial, type StatusUpdate } from '../../src/model';
import { loadLedger } from '../../src/workbook/loadLedger';
import { ledgerColumnIndex } from '../../src/ledgerLayout/ledgerColumnIndex';
import { readLedger } from '../../src/workbook/readLedger';
import { writeStatus } from '../../src/workbook/writeStatus';
import { createFakeExcel, type FakeExcel } from './fakeExcel';
import { IMPORTED_AT, NOW, SEED_SOURCE, seedTable } from './ledgerFixtures';

const UPDATE: StatusUpdate = { status: '推进中', note: '已起草实施方案', date: '2026-11-28', by: '王五' };

async function sortedLedger(): Promise<FakeExcel> {
  const fake = createFakeExcel();
  await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
  // Users sort and filter: positions no longer match 序号.
  fake.model.sortTable('TaskLedger', (a, b) => String(a[2]).localeCompare(String(b[2])));
  return fake;
}

function cell(fake: FakeExcel, no: number, header: string) {
  return fake.model.tableCell('TaskLedger', fake.model.rowOf('TaskLedger', no), header);
}

describe('writeStatus over the fake workbook', () => {
  test('finds the row by 序号 after a sort and writes only its user cells, in 3 syncs', async () => {
    const fake = await sortedLedger();
    const before = fake.model.tableValues('TaskLedger');
    const syncs = fake.stats.syncs;
    const result = await writeStatus(fake.context, 9, UPDATE, undefined, { now: NOW });
    // The ledger read, the row found and written (and read back), the history log created.
    expect(fake.stats.syncs - syncs).toBe(3);
    expect(result.ok).toBe(true);
    expect(cell(fake, 9, '状态')?.value).toBe('推进中');
    expect(cell(fake, 9, '进展情况')).toMatchObject({ value: '已起草实施方案', numberFormat: '@' });
    expect(cell(fake, 9, '更新日期')).toMatchObject({ value: toExcelSerial('2026-11-28'), numberFormat: 'yyyy-mm-dd' });
    expect(cell(fake, 9, '填报人')?.value).toBe('王五');
    const after = fake.model.tableValues('TaskLedger');
    const nine = fake.model.rowOf('TaskLedger', 9);
    after.forEach((row, r) => {
      if (r !== nine) expect(row).toEqual(before[r]);
    });
    const index = ledgerColumnIndex(fake.model.table('TaskLedger')!.headers());
    expect(
      after[nine]?.filter((_, c) => ![index.status, index.progress, index.updated, index.reporter].includes(c)),
    ).toEqual(
      before[nine]?.filter((_, c) => ![index.status, index.progress, index.updated, index.reporter].includes(c)),
    );
  });

  test('appends to ProgressLog on 进展记录 (created on first use), never overwriting an entry', async () => {
    const fake = await sortedLedger();
    await writeStatus(fake.context, 9, UPDATE, undefined, { now: NOW });
    await writeStatus(fake.context, 9, { ...UPDATE, status: '已完成', note: '已印发', date: '2026-11-29' }, undefined, {
      now: '2026-11-29T04:00:00.000Z',
    });
    const log = fake.model.table('ProgressLog');
    expect(log?.sheet.name).toBe('进展记录');
    expect(log?.headers()).toEqual([
      '记录时间',
      '序号',
      '原状态',
      '新状态',
      '进展情况',
      '填报日期',
      '填报人',
      '填报单位',
      '填报轮次',
      '答复编号',
    ]);
    // A status entry from the pane leaves the report columns (填报单位, 填报轮次, 答复编号) empty.
    expect(fake.model.tableValues('ProgressLog')).toEqual([
      [NOW, 9, '未启动', '推进中', '已起草实施方案', toExcelSerial('2026-11-28'), '王五', '', '', ''],
      ['2026-11-29T04:00:00.000Z', 9, '推进中', '已完成', '已印发', toExcelSerial('2026-11-29'), '王五', '', '', ''],
    ]);
  });

  test('when the history cannot be appended the ledger row is put back and the refusal says why (nothing changed without a trace)', async () => {
    const fake = await sortedLedger();
    // Both names the log could be created under are taken by sheets without the table: adding the sheet fails.
    fake.context.workbook.worksheets.add('进展记录');
    fake.context.workbook.worksheets.add('进展记录（新）');
    const before = fake.model.tableValues('TaskLedger');
    const result = await writeStatus(fake.context, 9, UPDATE, undefined, { now: NOW });
    expect(result).toEqual({
      ok: false,
      code: 'invalid',
      problem: { code: 'write-refused', params: { table: 'ProgressLog', reason: 'ItemAlreadyExists' } },
    });
    expect(fake.model.tableValues('TaskLedger')).toEqual(before);
    expect(cell(fake, 9, '状态')?.value).toBe('未启动');
  });

  test('a protected 进展记录 sheet: the entry is refused and the ledger row put back', async () => {
    const fake = await sortedLedger();
    await writeStatus(fake.context, 9, UPDATE, undefined, { now: NOW });
    fake.model.sheet('进展记录')!.protected = true;
    const before = fake.model.tableValues('TaskLedger');
    const result = await writeStatus(fake.context, 4, UPDATE, undefined, { now: NOW });
    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'write-refused', params: { table: 'ProgressLog', reason: 'AccessDenied' } },
    });
    expect(fake.model.tableValues('TaskLedger')).toEqual(before);
    expect(fake.model.tableValues('ProgressLog')).toHaveLength(1);
  });

  test('an older seven-column ProgressLog gets its entry in the first seven columns, laid out by its own columns', async () => {
    const fake = await sortedLedger();
    await writeStatus(fake.context, 9, UPDATE, undefined, { now: NOW });
    const log = fake.model.table('ProgressLog')!;
    log.colCount = 7; // as a workbook from before reporting rounds has it
    log.columnIds.length = 7;
    for (const key of [...log.sheet.cells.keys()]) if (Number(key.split(',')[1]) >= 7) log.sheet.cells.delete(key);
    const syncs = fake.stats.syncs;
    expect((await writeStatus(fake.context, 4, { ...UPDATE, note: '=x' }, undefined, { now: NOW })).ok).toBe(true);
    // Ledger read, the row written (with the log's layout), the entry appended below the log.
    expect(fake.stats.syncs - syncs).toBe(3);
    expect(log.headers()).toEqual(['记录时间', '序号', '原状态', '新状态', '进展情况', '填报日期', '填报人']);
    expect(fake.model.tableValues('ProgressLog')[1]).toEqual([
      NOW,
      4,
      '未启动',
      '推进中',
      '=x',
      toExcelSerial('2026-11-28'),
      '王五',
    ]);
    expect(fake.model.tableCell('ProgressLog', 1, '进展情况')).toMatchObject({ numberFormat: '@', quotePrefix: true });
  });

  test('an extension writes 延期至 and 延期原因; the original 截止日期 stays', async () => {
    const fake = await sortedLedger();
    const deadline = cell(fake, 2, '截止日期')?.value;
    const result = await writeStatus(
      fake.context,
      2,
      { ...UPDATE, extension: { date: '2027-06-30', reason: '资金未到位' } },
      undefined,
      { now: NOW },
    );
    expect(result.ok && result.row.extension).toEqual({ date: '2027-06-30', reason: '资金未到位' });
    expect(cell(fake, 2, '延期至')).toMatchObject({ value: toExcelSerial('2027-06-30'), numberFormat: 'yyyy-mm-dd' });
    expect(cell(fake, 2, '延期原因')?.value).toBe('资金未到位');
    expect(cell(fake, 2, '截止日期')?.value).toBe(deadline);
  });

  test('the returned row carries the new version, so a second entry with it is accepted', async () => {
    const fake = await sortedLedger();
    const { rows } = await readLedger(fake.context);
    const first = await writeStatus(fake.context, 9, UPDATE, rows.find((r) => r.no === 9)?.version, { now: NOW });
    if (!first.ok) throw new Error(first.problem.code);
    const reread = (await readLedger(fake.context)).rows.find((r) => r.no === 9);
    expect(first.row.version).toBe(reread?.version);
    expect((await writeStatus(fake.context, 9, UPDATE, first.row.version, { now: NOW })).ok).toBe(true);
  });

  test('conflict: the row changed since it was read, nothing is written', async () => {
    const fake = await sortedLedger();
    const { rows } = await readLedger(fake.context);
    const version = rows.find((r) => r.no === 9)?.version;
    fake.model.setTableCell('TaskLedger', fake.model.rowOf('TaskLedger', 9), '进展情况', '另一位同事刚填的');
    fake.model.setTableCell('TaskLedger', fake.model.rowOf('TaskLedger', 9), '填报人', '赵六');
    const syncs = fake.stats.syncs;
    const result = await writeStatus(fake.context, 9, UPDATE, version, { now: NOW });
    expect(result).toEqual({
      ok: false,
      code: 'conflict',
      problem: { code: 'row-edited', params: { no: 9, status: '未启动', reporter: '赵六' } },
    });
    expect(fake.stats.syncs - syncs).toBe(1);
    expect(cell(fake, 9, '进展情况')?.value).toBe('另一位同事刚填的');
    expect(fake.model.table('ProgressLog')).toBeUndefined();
  });

  test.each(['=SUM(1)', '+1', '-1', '@x'])(
    'a note %j is stored as text, in the ledger and in the history',
    async (note) => {
      const fake = await sortedLedger();
      await writeStatus(fake.context, 4, { ...UPDATE, note, by: note }, undefined, { now: NOW });
      for (const header of ['进展情况', '填报人']) {
        expect(cell(fake, 4, header)).toMatchObject({ value: note, numberFormat: '@', quotePrefix: true });
        expect(cell(fake, 4, header)?.formula).toBeUndefined();
      }
      await writeStatus(fake.context, 4, { ...UPDATE, note }, undefined, { now: NOW });
      const entry = fake.model.tableValues('ProgressLog')[1];
      expect(entry?.[4]).toBe(note);
      expect(fake.model.tableCell('ProgressLog', 1, '进展情况')).toMatchObject({ numberFormat: '@' });
      expect(fake.model.tableCell('ProgressLog', 1, '进展情况')?.formula).toBeUndefined();
    },
  );

  test.each([
    [{ ...UPDATE, by: ' ' }, ['by']],
    [{ ...UPDATE, date: '2026/11/28' }, ['date']],
    [{ ...UPDATE, extension: { date: '2027-01-01', reason: '' } }, ['extension.reason']],
  ])('invalid input is refused naming the fields that failed (%#)', async (update, fields) => {
    const fake = await sortedLedger();
    const syncs = fake.stats.syncs;
    const result = await writeStatus(fake.context, 9, update, undefined, { now: NOW });
    expect(result).toEqual({ ok: false, code: 'invalid', problem: { code: 'update-invalid', params: { fields } } });
    expect(fake.stats.syncs).toBe(syncs);
  });

  test('unknown 序号 and a missing ledger are reported as data', async () => {
    const fake = await sortedLedger();
    expect(await writeStatus(fake.context, 99, UPDATE, undefined, { now: NOW })).toEqual({
      ok: false,
      code: 'not-found',
      problem: { code: 'task-gone', params: { no: 99 } },
    });
    const empty = createFakeExcel();
    expect(await writeStatus(empty.context, 1, UPDATE, undefined, { now: NOW })).toMatchObject({
      ok: false,
      code: 'no-ledger',
    });
  });
});
