/**
 * The Office.js double's own rules: each test fails when its rule is taken out of `fakeExcel.ts`.
 */
import { describe, expect, test } from 'vitest';
import { createFakeExcel, FakeExcelError, PAYLOAD_LIMIT_BYTES, type FakeExcel } from './fakeExcel';

/** A sheet `S` with a 3-column table `T` at A1:C3 (header + 2 rows), synced. */
async function withTable(): Promise<FakeExcel> {
  const fake = createFakeExcel();
  const sheet = fake.context.workbook.worksheets.add('S');
  sheet.getRange('A1:C3').values = [
    ['a', 'b', 'c'],
    [1, 2, 3],
    [4, 5, 6],
  ];
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

  test('autoFill copies an R1C1 formula down a column it extends, and refuses a destination that does not contain the source', async () => {
    const fake = await withTable();
    const sheet = fake.context.workbook.worksheets.getItem('S');
    sheet.getRange('D2').formulasR1C1 = [['=RC[-1]*2']];
    sheet.getRange('D2').autoFill(sheet.getRange('D2:D3'), 'FillCopy');
    await fake.context.sync();
    expect(fake.model.sheet('S')?.cell(2, 3)?.formulaR1C1).toBe('=RC[-1]*2');
    sheet.getRange('D2').autoFill(sheet.getRange('D3:D4'), 'FillCopy');
    expect(await syncError(fake)).toBe('InvalidArgument');
    sheet.getRange('D2').autoFill(sheet.getRange('D2:E3'), 'FillCopy');
    expect(await syncError(fake)).toBe('InvalidArgument');
    expect(fake.model.sheet('S')?.cell(3, 3)).toBeUndefined();
    fake.model.sheet('S')!.protected = true;
    sheet.getRange('D2').autoFill(sheet.getRange('D2:D5'), 'FillCopy');
    expect(await syncError(fake)).toBe('AccessDenied');
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
    const added = fake.context.workbook.tables
      .getItem('T')
      .rows.add(undefined, [
        ['', '', ''],
        ['', '', ''],
      ])
      .getRange()
      .load('rowCount, rowIndex');
    await fake.context.sync();
    expect([added.rowCount, added.rowIndex]).toEqual([1, 3]);
    added.values = [
      ['x', 'y', 'z'],
      ['x', 'y', 'z'],
    ];
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
    expect(columns.items.map((c) => [c.id, c.name])).toEqual([
      [4, 'new'],
      [1, 'a'],
      [2, 'B!'],
      [3, 'c'],
    ]);
    expect(byId.values).toEqual([[2], [5]]);
  });
});

describe('fakeExcel: how Excel stores what is written (cellInput.ts)', () => {
  async function stored(
    input: unknown,
    format = 'General',
  ): Promise<{ value: unknown; formula?: string | undefined; numberFormat: string }> {
    const fake = createFakeExcel();
    const range = fake.context.workbook.worksheets.add('S').getRange('A1');
    range.numberFormat = [[format]];
    range.values = [[input]];
    await fake.context.sync();
    const cell = fake.model.sheet('S')!.cell(0, 0)!;
    return { value: cell.value, formula: cell.formula, numberFormat: cell.numberFormat };
  }

  test.each([
    ['-5', -5],
    ['+5', 5],
    ['1,234.5', 1234.5],
    ['50%', 0.5],
    ['TRUE', true],
    ['2024-01-05', 45296],
    ['2024/1/5', 45296],
    ['2024年1月5日', 45296],
    ['2024年9月', 45536],
    ['13800138000', 13800138000],
  ])('a General cell reads %j as %j, not as text', async (input, value) => {
    expect((await stored(input)).value).toBe(value);
  });

  test('dates get a date format; formulas stay formulas; a sign before a non-number is a formula', async () => {
    expect((await stored('2024-01-05')).numberFormat).toBe('yyyy-mm-dd');
    expect(await stored('=1+1')).toMatchObject({ formula: '=1+1' });
    expect(await stored('-A1')).toMatchObject({ formula: '=-A1' });
  });

  test.each(['-5', '2024-01-05', '=1+1', 'TRUE', '2024年9月'])(
    'a Text cell, or the quote prefix, keeps %j as text',
    async (input) => {
      expect((await stored(input, '@')).value).toBe(input);
      expect((await stored(`'${input}`)).value).toBe(input);
    },
  );

  test('a cell holds at most 32,767 characters', async () => {
    expect((await stored('字'.repeat(32_767))).value).toHaveLength(32_767);
    const fake = createFakeExcel();
    fake.context.workbook.worksheets.add('S').getRange('A1').values = [['x'.repeat(40_000)]];
    expect(await syncError(fake)).toBe('InvalidArgument');
  });
});

describe('fakeExcel: tables, protection, names, conflicts', () => {
  test('values written just below a table expand it; a number format alone does not', async () => {
    const fake = await withTable();
    const sheet = fake.context.workbook.worksheets.getItem('S');
    sheet.getRange('A4:C4').numberFormat = [['@', '@', '@']];
    await fake.context.sync();
    expect(fake.model.table('T')?.rowCount).toBe(3);
    sheet.getRange('A4:C5').values = [
      [7, 8, 9],
      [10, 11, 12],
    ];
    await fake.context.sync();
    expect(fake.model.table('T')?.rowCount).toBe(5);
    sheet.getRange('E6').values = [['beside, not below']];
    await fake.context.sync();
    expect(fake.model.table('T')?.rowCount).toBe(5);
  });

  test('a protected workbook structure refuses new and deleted sheets', async () => {
    const fake = await withTable();
    fake.model.structureProtected = true;
    fake.context.workbook.worksheets.add('New');
    expect(await syncError(fake)).toBe('AccessDenied');
    fake.context.workbook.worksheets.getItem('S').delete();
    expect(await syncError(fake)).toBe('AccessDenied');
    expect(fake.model.sheets.map((s) => s.name)).toEqual(['S']);
  });

  test('a protected sheet refuses freezing rows, a table style, clearing filters and applying a filter', async () => {
    const fake = await withTable();
    fake.model.table('T')!.filters.set('a', ['1']);
    fake.model.sheet('S')!.protected = true;
    const sheet = fake.context.workbook.worksheets.getItem('S');
    const table = fake.context.workbook.tables.getItem('T');
    sheet.freezePanes.freezeRows(1);
    expect(await syncError(fake)).toBe('AccessDenied');
    table.style = 'TableStyleLight9';
    expect(await syncError(fake)).toBe('AccessDenied');
    table.clearFilters();
    expect(await syncError(fake)).toBe('AccessDenied');
    table.columns.getItem('b').filter.applyValuesFilter(['2']);
    expect(await syncError(fake)).toBe('AccessDenied');
    expect(fake.model.sheet('S')!.frozenRows).toBe(0);
    expect([...fake.model.table('T')!.filters.keys()]).toEqual(['a']);
  });

  test('sheet names: invalid ones fail with InvalidArgument, a taken one (any case) with ItemAlreadyExists', async () => {
    const fake = await withTable();
    for (const name of ['x'.repeat(32), '进展[1]', 'a/b', "'quoted'", 'History', '']) {
      fake.context.workbook.worksheets.add(name);
      expect(await syncError(fake)).toBe('InvalidArgument');
    }
    fake.context.workbook.worksheets.add('s');
    expect(await syncError(fake)).toBe('ItemAlreadyExists');
    fake.context.workbook.worksheets.add('x'.repeat(31));
    await fake.context.sync();
  });

  test('table names: a taken one (any case) or an invalid one fails with InvalidArgument', async () => {
    const fake = await withTable();
    const table = fake.context.workbook.worksheets.getItem('S').tables.add('E1:F2', true);
    for (const name of ['t', 'A1', 'has space', '1st']) {
      table.name = name;
      expect(await syncError(fake)).toBe('InvalidArgument');
    }
    table.name = 'U';
    await fake.context.sync();
    expect(fake.model.table('U')).toBeDefined();
  });

  test('a table over merged cells fails with MergedRangeConflict', async () => {
    const fake = await withTable();
    fake.model.sheet('S')!.merged.push({ row: 5, col: 0, rowCount: 2, colCount: 1 });
    fake.context.workbook.worksheets.getItem('S').tables.add('A5:B8', true);
    expect(await syncError(fake)).toBe('MergedRangeConflict');
  });

  test('insert below a table shifts what is there; it refuses to cut a table or a merged area (InsertDeleteConflict)', async () => {
    const fake = await withTable();
    const s = fake.model.sheet('S')!;
    s.ensure(3, 0).value = 'note';
    fake.context.workbook.tables.getItem('T').getRange().getRowsBelow(2).insert('Down');
    await fake.context.sync();
    expect(s.cell(5, 0)?.value).toBe('note');
    expect(s.cell(3, 0)).toBeUndefined();
    fake.context.workbook.worksheets.getItem('S').tables.add('B10:D11', true);
    await fake.context.sync();
    fake.context.workbook.tables.getItem('T').getRange().getRowsBelow(1).insert('Down');
    expect(await syncError(fake)).toBe('InsertDeleteConflict');
    s.merged.push({ row: 20, col: 2, rowCount: 2, colCount: 2 });
    fake.context.workbook.worksheets.getItem('S').getRange('A15:C15').insert('Down');
    expect(await syncError(fake)).toBe('InsertDeleteConflict');
  });

  test('a filtered table refuses rows.add and an insert that would shift its rows (FilteredRangeConflict)', async () => {
    const fake = await withTable();
    fake.model.table('T')!.filters.set('a', ['1']);
    fake.context.workbook.tables.getItem('T').rows.add(undefined, [[7, 8, 9]]);
    expect(await syncError(fake)).toBe('FilteredRangeConflict');
    fake.context.workbook.worksheets.getItem('S').getRange('A1:C1').insert('Down');
    expect(await syncError(fake)).toBe('FilteredRangeConflict');
  });

  test('a read of more than 5,000,000 cells fails with RangeExceedsLimit', async () => {
    const fake = await withTable();
    fake.context.workbook.worksheets.getItem('S').getRange('A:E').load('values');
    expect(await syncError(fake)).toBe('RangeExceedsLimit');
    // The same five columns' position needs no cells read.
    const where = fake.context.workbook.worksheets.getItem('S').getRange('A:E').load('rowCount, columnCount');
    await fake.context.sync();
    expect(where.rowCount * where.columnCount).toBe(5_242_880);
  });

  test("load('name') fills only the name", async () => {
    const fake = await withTable();
    const table = fake.context.workbook.tables.getItemOrNullObject('T').load('name');
    const other = fake.context.workbook.tables.getItem('T').load('name');
    await fake.context.sync();
    expect(table.name).toBe('T');
    expect(() => table.id).toThrow(/PropertyNotLoaded/);
    expect(() => other.id).toThrow(/PropertyNotLoaded/);
  });

  test('find: the first matching cell of the range, ItemNotFound (or a null object) when none; one cell searches the sheet', async () => {
    const fake = await withTable();
    const column = fake.context.workbook.tables.getItem('T').columns.getItem('a').getRange();
    const hit = column.find('4', { completeMatch: true, matchCase: true }).load('rowIndex, columnIndex');
    const none = column.findOrNullObject('7', { completeMatch: true }).load('rowIndex');
    const fromCell = fake.context.workbook.worksheets
      .getItem('S')
      .getRange('A1')
      .find('6', { completeMatch: true })
      .load('rowIndex, columnIndex');
    await fake.context.sync();
    expect([hit.rowIndex, hit.columnIndex]).toEqual([2, 0]);
    expect(none.isNullObject).toBe(true);
    expect([fromCell.rowIndex, fromCell.columnIndex]).toEqual([2, 2]);
    column.find('7', { completeMatch: true });
    expect(await syncError(fake)).toBe('ItemNotFound');
  });

  test('a co-author acts between two syncs, never inside one', async () => {
    const fake = await withTable();
    const seen: number[] = [];
    fake.betweenSyncs = (sync) => {
      seen.push(sync);
      fake.model.setTableCell('T', 0, 'b', 'theirs');
    };
    const range = fake.context.workbook.tables.getItem('T').getDataBodyRange().load('values');
    await fake.context.sync();
    expect(range.values[0]?.[1]).toBe('theirs');
    expect(seen).toEqual([2]);
  });
});
