import { describe, expect, test } from 'vitest';
import { getWorkbookId } from '../../src/workbook/getWorkbookId';
import { createFakeExcel, FakeWorkbookModel } from './fakeExcel';

const ids = (...list: string[]): (() => string) => {
  const queue = [...list];
  return () => queue.shift() ?? 'wb-out-of-ids';
};

describe('getWorkbookId', () => {
  test('creates the id on first use (2 syncs), then returns the same one (1 sync), also from a new session', async () => {
    const fake = createFakeExcel();
    const newId = ids('wb-1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed', 'wb-22222222-2222-4222-8222-222222222222');
    expect(await getWorkbookId(fake.context, newId)).toBe('wb-1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed');
    expect(fake.stats.syncs).toBe(2);
    expect(fake.model.settings.get('keyTaskLedger.workbookId')).toBe('wb-1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed');
    expect(await getWorkbookId(fake.context, newId)).toBe('wb-1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed');
    expect(fake.stats.syncs).toBe(3);
    const reopened = createFakeExcel(fake.model);
    expect(await getWorkbookId(reopened.context, newId)).toBe('wb-1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed');
    expect(reopened.stats.syncs).toBe(1);
  });

  test.each([[''], ['not an id'], [42], [{ id: 'wb-x' }]])('a stored value that is not an id (%j) is replaced', async (stored) => {
    const model = new FakeWorkbookModel();
    model.settings.set('keyTaskLedger.workbookId', stored);
    const fake = createFakeExcel(model);
    expect(await getWorkbookId(fake.context, ids('wb-33333333-3333-4333-8333-333333333333'))).toBe('wb-33333333-3333-4333-8333-333333333333');
    expect(model.settings.get('keyTaskLedger.workbookId')).toBe('wb-33333333-3333-4333-8333-333333333333');
  });

  test('the import metadata setting is left alone', async () => {
    const model = new FakeWorkbookModel();
    model.settings.set('keyTaskLedger.importMeta', '{"source":"s"}');
    await getWorkbookId(createFakeExcel(model).context, ids('wb-44444444-4444-4444-8444-444444444444'));
    expect(model.settings.get('keyTaskLedger.importMeta')).toBe('{"source":"s"}');
  });
});
