import { describe, expect, test } from 'vitest';
import { getWorkbookId } from '../../src/workbook/getWorkbookId';
import { loadLedger } from '../../src/workbook/loadLedger';
import { createFakeExcel, FakeWorkbookModel, type FakeExcel } from './fakeExcel';
import { IMPORTED_AT, SEED_SOURCE, seedTable } from './ledgerFixtures';

const FIRST = 'wb-1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';
const SECOND = 'wb-22222222-2222-4222-8222-222222222222';
const ids = (...list: string[]): (() => string) => {
  const queue = [...list];
  return () => queue.shift() ?? 'wb-out-of-ids';
};
const KEY = 'keyTaskLedger.workbookId';

async function withLedger(): Promise<FakeExcel> {
  const fake = createFakeExcel();
  await loadLedger(fake.context, seedTable(), SEED_SOURCE, { importedAt: IMPORTED_AT });
  return fake;
}

function mirror(fake: FakeExcel): unknown[] {
  const sheet = fake.model.sheet('台账设置');
  return [0, 1, 2].map((c) => sheet?.cell(3, c)?.value);
}

describe('getWorkbookId', () => {
  test('creates the id on first use (2 syncs), stores it in the settings and on 台账设置!A4:C4, then returns it (1 sync), also in a new session', async () => {
    const fake = await withLedger();
    const newId = ids(FIRST, SECOND);
    let start = fake.stats.syncs;
    expect(await getWorkbookId(fake.context, newId)).toBe(FIRST);
    expect(fake.stats.syncs - start).toBe(2);
    expect(fake.model.settings.get(KEY)).toBe(FIRST);
    expect(mirror(fake)).toEqual(['台账编号', FIRST, '各单位报送表据此识别本台账，请勿修改']);
    expect(fake.model.sheet('台账设置')?.cell(3, 1)?.numberFormat).toBe('@');
    start = fake.stats.syncs;
    expect(await getWorkbookId(fake.context, newId)).toBe(FIRST);
    expect(fake.stats.syncs - start).toBe(1);
    const reopened = createFakeExcel(fake.model);
    expect(await getWorkbookId(reopened.context, newId)).toBe(FIRST);
    expect(reopened.stats.syncs).toBe(1);
  });

  test('a host that dropped the add-in settings: the id comes back from the mirror cell and is stored again', async () => {
    const fake = await withLedger();
    await getWorkbookId(fake.context, ids(FIRST));
    fake.model.settings.delete(KEY);
    expect(await getWorkbookId(fake.context, ids(SECOND))).toBe(FIRST);
    expect(fake.model.settings.get(KEY)).toBe(FIRST);
  });

  test('a cleared mirror is written again from the settings; a user’s own A4 is never overwritten', async () => {
    const fake = await withLedger();
    await getWorkbookId(fake.context, ids(FIRST));
    const sheet = fake.model.sheet('台账设置')!;
    for (const c of [0, 1, 2]) sheet.cells.delete(`3,${c}`);
    expect(await getWorkbookId(fake.context, ids(SECOND))).toBe(FIRST);
    expect(mirror(fake)).toEqual(['台账编号', FIRST, '各单位报送表据此识别本台账，请勿修改']);
    sheet.ensure(3, 0).value = '负责人';
    sheet.ensure(3, 1).value = '张三';
    const start = fake.stats.syncs;
    expect(await getWorkbookId(fake.context, ids(SECOND))).toBe(FIRST);
    expect(fake.stats.syncs - start).toBe(1);
    expect(mirror(fake).slice(0, 2)).toEqual(['负责人', '张三']);
  });

  test('without a 台账设置 sheet (no ledger yet) the settings alone hold it: 3 syncs the first time, 2 after', async () => {
    const fake = createFakeExcel();
    expect(await getWorkbookId(fake.context, ids(FIRST))).toBe(FIRST);
    expect(fake.stats.syncs).toBe(3);
    expect(await getWorkbookId(fake.context, ids(SECOND))).toBe(FIRST);
    expect(fake.stats.syncs).toBe(5);
    expect(fake.model.sheets).toEqual([]);
  });

  test.each([[''], ['not an id'], [42], [{ id: 'wb-x' }]])(
    'a stored value that is not an id (%j) is replaced',
    async (stored) => {
      const model = new FakeWorkbookModel();
      model.settings.set(KEY, stored);
      const fake = createFakeExcel(model);
      expect(await getWorkbookId(fake.context, ids(SECOND))).toBe(SECOND);
      expect(model.settings.get(KEY)).toBe(SECOND);
    },
  );

  test('the import metadata setting is left alone', async () => {
    const fake = await withLedger();
    const meta = fake.model.settings.get('keyTaskLedger.importMeta');
    await getWorkbookId(fake.context, ids(FIRST));
    expect(fake.model.settings.get('keyTaskLedger.importMeta')).toBe(meta);
  });
});
