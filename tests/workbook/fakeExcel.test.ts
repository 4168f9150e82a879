/**
 * The Office.js double's own rules: each test fails when its rule is taken out of `fakeExcel.ts`.
 */
import { describe, expect, test } from 'vitest';
import { createFakeExcel, FakeExcelError, PAYLOAD_LIMIT_BYTES, type FakeExcel } from './fakeExcel';

/** A sheet `S` with a 3-column table `T` at A1:C3 (header + 2 rows), synced. */
async function withTable(): Promise<FakeExcel> {
  const fake = createFakeExcel();
  const sheet = fake.context.workbook.worksheets.add('S');
  sheet.getRange('A1:C3').values = [['a', 'b', 'c'], [1, 2, 3], [4, 5, 6]];
  sheet.tables.add('A1:C3', true).name = 'T';
  await fake.context.sync();
  return fake;
}

async function syncError(fake: FakeExcel): Promise<string> {
  try {
    await fake.context.sync();
  } catch (error) {
    return (error as FakeExcelError).code;
  }
  return 'no error';
}

describe('fakeExcel: the rules Excel enforces', () => {
  test('operations run at sync, not when queued', async () => {
    const fake = createFakeExcel();
    fake.context.workbook.worksheets.add('S').getRange('A1').values = [['x']];
    expect(fake.model.sheet('S')).toBeUndefined();
    await fake.context.sync();
    expect(fake.model.sheet('S')?.cell(0, 0)?.value).toBe('x');
  });

  test('an array of another size than the range fails the sync with InvalidArgument', async () => {
    const fake = await withTable();
    fake.context.workbook.worksheets.getItem('S').getRange('E1:E2').values = [['only one row']];
    expect(await syncError(fake)).toBe('InvalidArgument');
    fake.context.workbook.worksheets.getItem('S').getRange('E1').numberFormat = [['@', '@']];
    expect(await syncError(fake)).toBe('InvalidArgument');
    fake.context.workbook.worksheets.getItem('S').getRange('E1:F1').formulas = [['=1']];
    expect(await syncError(fake)).toBe('InvalidArgument');
    expect(fake.model.sheet('S')?.cell(0, 4)).toBeUndefined();
  });

  test('a failing operation stops the batch: what ran before stays, what comes after does not run', async () => {
    const fake = await withTable();
    const sheet = fake.context.workbook.worksheets.getItem('S');
    sheet.getRange('E1').values = [['before']];
    sheet.getRange('E2:E3').values = [['wrong size']];
    sheet.getRange('E4').values = [['after']];
    expect(await syncError(fake)).toBe('InvalidArgument');
    expect(fake.model.sheet('S')?.cell(0, 4)?.value).toBe('before');
    expect(fake.model.sheet('S')?.cell(3, 4)).toBeUndefined();
  });

  test('rows.add returns the top added row: its range is one row, so an N-row write into it fails', async () => {
    const fake = await withTable();
    const added = fake.context.workbook.tables.getItem('T').rows.add(undefined, [['', '', ''], ['', '', '']]).getRange().load('rowCount, rowIndex');
    await fake.context.sync();
    expect([added.rowCount, added.rowIndex]).toEqual([1, 3]);
    added.values = [['x', 'y', 'z'], ['x', 'y', 'z']];
    expect(await syncError(fake)).toBe('InvalidArgument');
  });

  test('getItem of a missing table, sheet or column fails the sync with ItemNotFound', async () => {
    const fake = await withTable();
    fake.context.workbook.tables.getItem('Nope').getDataBodyRange().load('values');
    expect(await syncError(fake)).toBe('ItemNotFound');
    fake.context.workbook.worksheets.getItem('Nope').getRange('A1').load('values');
    expect(await syncError(fake)).toBe('ItemNotFound');
    fake.context.workbook.tables.getItem('T').columns.getItem('zz').getDataBodyRange().load('values');
    expect(await syncError(fake)).toBe('ItemNotFound');
  });

  test('getItemOrNullObject gives a null object, readable after a sync', async () => {
    const fake = await withTable();
    const missing = fake.context.workbook.tables.getItemOrNullObject('Nope').load('name');
    const present = fake.context.workbook.tables.getItemOrNullObject('T').load('name');
    expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
    await fake.context.sync();
    expect([missing.isNullObject, present.isNullObject, present.name]).toEqual([true, false, 'T']);
  });

  test('a property is readable only once loaded and synced, and only the one loaded (PropertyNotLoaded)', async () => {
    const fake = await withTable();
    const body = fake.context.workbook.tables.getItem('T').getDataBodyRange().load('rowCount');
    expect(() => body.rowCount).toThrow(/PropertyNotLoaded/);
    await fake.context.sync();
    expect(body.rowCount).toBe(2);
    expect(() => body.values).toThrow(/PropertyNotLoaded/);
  });

  test('a request over 5 MB fails whole: nothing in it runs', async () => {
    const fake = await withTable();
    const sheet = fake.context.workbook.worksheets.getItem('S');
    sheet.getRange('E1').values = [['small']];
    const big = 'x'.repeat(PAYLOAD_LIMIT_BYTES);
    sheet.getRange('E2').values = [[big]];
    expect(await syncError(fake)).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.model.sheet('S')?.cell(0, 4)).toBeUndefined();
  });

  test('a response over 5 MB fails, and nothing read is returned', async () => {
    const fake = await withTable();
    fake.model.sheet('S')!.ensure(10, 0).value = 'y'.repeat(PAYLOAD_LIMIT_BYTES);
    const range = fake.context.workbook.worksheets.getItem('S').getRange('A11').load('values');
    expect(await syncError(fake)).toBe('ResponsePayloadSizeLimitExceeded');
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
  });

  test('a table cannot overlap another, by tables.add or by resize', async () => {
    const fake = await withTable();
    const sheet = fake.context.workbook.worksheets.getItem('S');
    sheet.tables.add('C3:D5', true);
    expect(await syncError(fake)).toBe('InvalidArgument');
    sheet.tables.add('A6:C7', true).name = 'U';
    await fake.context.sync();
    fake.context.workbook.tables.getItem('T').resize('A1:C6');
    expect(await syncError(fake)).toBe('InvalidArgument');
    fake.context.workbook.tables.getItem('T').resize('A1:C5');
    await fake.context.sync();
    expect(fake.model.table('T')?.rowCount).toBe(5);
  });

  test('resize keeps the header row', async () => {
    const fake = await withTable();
    fake.context.workbook.tables.getItem('T').resize('A2:C5');
    expect(await syncError(fake)).toBe('InvalidArgument');
  });

  test('writes to a protected sheet fail with AccessDenied', async () => {
    const fake = await withTable();
    fake.model.sheet('S')!.protected = true;
    fake.context.workbook.worksheets.getItem('S').getRange('E1').values = [['x']];
    expect(await syncError(fake)).toBe('AccessDenied');
    fake.context.workbook.tables.getItem('T').resize('A1:C4');
    expect(await syncError(fake)).toBe('AccessDenied');
    expect(fake.model.sheet('S')?.cell(0, 4)).toBeUndefined();
  });

  test('a table column keeps its id when renamed or moved, and is found by it', async () => {
    const fake = await withTable();
    fake.model.renameTableColumn('T', 'b', 'B!');
    fake.model.insertTableColumn('T', 0, 'new');
    const columns = fake.context.workbook.tables.getItem('T').columns.load('items/id, items/name');
    const byId = fake.context.workbook.tables.getItem('T').columns.getItem(2).getDataBodyRange().load('values');
    await fake.context.sync();
    expect(columns.items.map((c) => [c.id, c.name])).toEqual([[4, 'new'], [1, 'a'], [2, 'B!'], [3, 'c']]);
    expect(byId.values).toEqual([[2], [5]]);
  });
});
