import { describe, expect, it } from 'vitest';
import { gridToTabText, parseTaskTable } from '../../src/model';
import { readSelectionGrid } from '../../src/workbook/readSelectionGrid';
import { readSheetTables } from '../../src/workbook/readSheetTables';
import { MAX_IMPORT_CELLS } from '../../src/workbook/sheetGrid';
import { createSheetDouble, sheetFrom, type DoubleWorkbook } from './sheetDouble';

const LEDGER = [
  ['序号', '工作任务', '牵头单位', '时间进度', '进展情况', '备注'],
  ['1', '建立现代职业学校制度。', '市教育局', '2015/12/31', '已出台实施意见', '重点'],
  ['2', '推进中高职衔接。', '市人社局', '持续实施', '', ''],
  ['3', '=SUM(A1)', '市经信委', '2016年6月底前', '', ''],
];

function book(overrides: Partial<DoubleWorkbook> = {}): DoubleWorkbook {
  return { sheets: [sheetFrom('台账', LEDGER, 1, 1)], active: '台账', selection: ['B2:G5'], tables: [], ...overrides };
}

describe('readSelectionGrid', () => {
  it('reads the selected cells as text in two syncs', async () => {
    const { context, stats } = createSheetDouble(book());
    const read = await readSelectionGrid(context);
    expect(read).toEqual({ ok: true, grid: { sheet: '台账', address: 'B2:G5', table: null, grid: LEDGER } });
    expect(stats.syncs).toBe(2);
  });

  it('clips a whole-column selection to the rows that hold values', async () => {
    const { context, stats } = createSheetDouble(book({ selection: ['A:D'] }));
    const read = await readSelectionGrid(context);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.grid.address).toBe('B2:D5');
    expect(read.grid.grid).toEqual(LEDGER.map((r) => r.slice(0, 3)));
    expect(stats.syncs).toBe(2);
  });

  it('feeds the parser like a paste: three tasks, a formula-looking cell stays text', async () => {
    const { context } = createSheetDouble(book());
    const read = await readSelectionGrid(context);
    if (!read.ok) throw new Error(read.error.code);
    const table = parseTaskTable(gridToTabText(read.grid.grid));
    expect(table.tasks.map((t) => [t.no, t.units])).toEqual([
      [1, '市教育局牵头'],
      [2, '市人社局牵头'],
      [3, '市经信委牵头'],
    ]);
    expect(table.tasks[2]?.text).toBe('=SUM(A1)');
  });

  it.each([
    ['several areas', { selection: ['B2:C3', 'E5:F6'] }, { code: 'multiple-areas', params: {} }],
    ['cells without values', { selection: ['K20:M30'] }, { code: 'empty', params: {} }],
    ['an empty sheet', { sheets: [sheetFrom('台账', [])] }, { code: 'empty', params: {} }],
  ])('refuses %s', async (_, overrides, error) => {
    const { context } = createSheetDouble(book(overrides));
    expect(await readSelectionGrid(context)).toEqual({ ok: false, error });
  });

  it('refuses more than MAX_IMPORT_CELLS cells before reading any text', async () => {
    const sheet = sheetFrom('台账', [['序号', '工作任务']]);
    sheet.cells.set(`${MAX_IMPORT_CELLS / 2},1`, '末行');
    const { context, stats } = createSheetDouble(book({ sheets: [sheet], selection: ['A:B'] }));
    expect(await readSelectionGrid(context)).toEqual({ ok: false, error: { code: 'too-large', params: { cells: MAX_IMPORT_CELLS + 2, limit: MAX_IMPORT_CELLS } } });
    expect(stats.syncs).toBe(1);
    expect(stats.responseBytes).toEqual([0]);
  });

  it('reads a large selection in blocks that each stay under the 5 MB response limit', async () => {
    const long = '推进职业教育与产业协同发展，完善校企合作机制，建设实训基地，'.repeat(6); // 180 CJK characters
    const rows = Array.from({ length: 9000 }, (_, i) => [String(i + 1), long, '市教育局牵头，市财政局配合', '2016年底前']);
    const { context, stats } = createSheetDouble(book({ sheets: [sheetFrom('台账', rows)], selection: ['A1:D9000'] }));
    const read = await readSelectionGrid(context);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.grid.grid).toHaveLength(9000);
    expect(read.grid.grid[8999]).toEqual(['9000', long, '市教育局牵头，市财政局配合', '2016年底前']);
    expect(Math.max(...stats.responseBytes)).toBeLessThanOrEqual(5 * 1024 * 1024);
    // 9,000 rows of ~600 bytes: about 5 MB per 4 MB budget, so a handful of syncs, not one per row.
    expect(stats.syncs).toBeGreaterThanOrEqual(3);
    expect(stats.syncs).toBeLessThanOrEqual(6);
  });
});

describe('readSheetTables', () => {
  it('reads the active sheet’s tables, the add-in’s own last', async () => {
    const sheet = sheetFrom('台账', LEDGER, 1, 1);
    for (const [r, row] of [['序号', '工作任务'], ['1', 'x']].entries()) row.forEach((t, c) => sheet.cells.set(`${10 + r},${c}`, t));
    const tables = [
      { name: 'TaskLedger', sheet: '台账', address: 'A11:B12' },
      { name: '表1', sheet: '台账', address: 'B2:G5' },
    ];
    const { context, stats } = createSheetDouble(book({ sheets: [sheet], tables }));
    const read = await readSheetTables(context);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.grids.map((g) => [g.table, g.address])).toEqual([
      ['表1', 'B2:G5'],
      ['TaskLedger', 'A11:B12'],
    ]);
    expect(read.grids[0]?.grid).toEqual(LEDGER);
    expect(stats.syncs).toBe(4);
  });

  it('reads the used range of a sheet without tables', async () => {
    const { context, stats } = createSheetDouble(book());
    const read = await readSheetTables(context);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.grids).toEqual([{ sheet: '台账', address: 'B2:G5', table: null, grid: LEDGER }]);
    expect(stats.syncs).toBe(2);
  });

  it('names a table too large to read and refuses an empty sheet', async () => {
    const sheet = sheetFrom('台账', LEDGER, 1, 1);
    const { context } = createSheetDouble(book({ sheets: [sheet], tables: [{ name: '大表', sheet: '台账', address: 'A1:Z5000' }, { name: '表1', sheet: '台账', address: 'B2:G5' }] }));
    const read = await readSheetTables(context);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.tooLarge).toEqual(['大表']);
    expect(read.grids.map((g) => g.table)).toEqual(['表1']);
    const empty = createSheetDouble(book({ sheets: [sheetFrom('台账', [])] }));
    expect(await readSheetTables(empty.context)).toEqual({ ok: false, error: { code: 'empty', params: {} } });
  });
});
