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
  it('reads the selected cells as text in three syncs (measure, text, merged areas: none)', async () => {
    const { context, stats } = createSheetDouble(book());
    const read = await readSelectionGrid(context);
    expect(read).toEqual({
      ok: true,
      grid: { sheet: '台账', address: 'B2:G5', table: null, grid: LEDGER, merges: [] },
    });
    expect(stats.syncs).toBe(3);
  });

  it('clips a whole-column selection to the rows that hold values', async () => {
    const { context, stats } = createSheetDouble(book({ selection: ['A:D'] }));
    const read = await readSelectionGrid(context);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.grid.address).toBe('B2:D5');
    expect(read.grid.grid).toEqual(LEDGER.map((r) => r.slice(0, 3)));
    expect(stats.syncs).toBe(3);
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
    expect(await readSelectionGrid(context)).toEqual({
      ok: false,
      error: { code: 'too-large', params: { cells: MAX_IMPORT_CELLS + 2, limit: MAX_IMPORT_CELLS } },
    });
    expect(stats.syncs).toBe(1);
    expect(stats.responseBytes).toEqual([0]);
  });

  it('reads a large selection in blocks that each stay under the 5 MB response limit', async () => {
    const long = '推进职业教育与产业协同发展，完善校企合作机制，建设实训基地，'.repeat(6); // 180 CJK characters
    const rows = Array.from({ length: 9000 }, (_, i) => [
      String(i + 1),
      long,
      '市教育局牵头，市财政局配合',
      '2016年底前',
    ]);
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
    for (const [r, row] of [
      ['序号', '工作任务'],
      ['1', 'x'],
    ].entries())
      row.forEach((t, c) => sheet.cells.set(`${10 + r},${c}`, t));
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
    expect(stats.syncs).toBe(5);
  });

  it('reads the used range of a sheet without tables', async () => {
    const { context, stats } = createSheetDouble(book());
    const read = await readSheetTables(context);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.grids).toEqual([{ sheet: '台账', address: 'B2:G5', table: null, grid: LEDGER, merges: [] }]);
    expect(stats.syncs).toBe(3);
  });

  it('names a table too large to read and refuses an empty sheet', async () => {
    const sheet = sheetFrom('台账', LEDGER, 1, 1);
    const { context } = createSheetDouble(
      book({
        sheets: [sheet],
        tables: [
          { name: '大表', sheet: '台账', address: 'A1:Z5000' },
          { name: '表1', sheet: '台账', address: 'B2:G5' },
        ],
      }),
    );
    const read = await readSheetTables(context);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.tooLarge).toEqual(['大表']);
    expect(read.grids.map((g) => g.table)).toEqual(['表1']);
    const empty = createSheetDouble(book({ sheets: [sheetFrom('台账', [])] }));
    expect(await readSheetTables(empty.context)).toEqual({ ok: false, error: { code: 'empty', params: {} } });
  });
});

// A table as coordinators lay it out in Excel: the title and a section heading merged across the width, one 牵头单位
// merged down the three tasks it leads. Only the top-left cell of a merged area holds text.
const MERGED_TABLE = [
  ['重点任务分工表', '', '', ''],
  ['序号', '工作任务', '牵头单位', '时间进度'],
  ['一、完善体系', '', '', ''],
  ['1', '建立现代职业学校制度。', '市教育局', '2016年底前'],
  ['2', '推进中高职衔接。', '', '持续实施'],
  ['3', '扩大中职招生。', '', '2015年9月'],
  ['4', '加强实训基地建设。', '市人社局', '2016年6月底前'],
];
const MERGES = ['A1:D1', 'A3:D3', 'C4:C6'];

describe('merged cells (Range.getMergedAreasOrNullObject, ExcelApi 1.13)', () => {
  const merged = (selection = 'A1:D7') =>
    book({ sheets: [{ ...sheetFrom('台账', MERGED_TABLE), merged: MERGES }], selection: [selection] });

  it('fills a 牵头单位 merged down three rows into each, keeps the title and the section heading once; 4 syncs', async () => {
    const { context, stats } = createSheetDouble(merged());
    const read = await readSelectionGrid(context);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.grid.grid.map((r) => r[2])).toEqual([
      '',
      '牵头单位',
      '',
      '市教育局',
      '市教育局',
      '市教育局',
      '市人社局',
    ]);
    expect(read.grid.grid[0]).toEqual(['重点任务分工表', '', '', '']);
    expect(read.grid.grid[2]).toEqual(['一、完善体系', '', '', '']);
    // The 牵头单位 area is the grid's merge; the title and heading across the width are not.
    expect(read.grid.merges).toEqual([{ row: 3, col: 2, rowSpan: 3, colSpan: 1 }]);
    expect(stats.syncs).toBe(4);
    const table = parseTaskTable(gridToTabText(read.grid.grid));
    expect(table.tasks.map((t) => [t.no, t.units])).toEqual([
      [1, '市教育局牵头'],
      [2, '市教育局牵头'],
      [3, '市教育局牵头'],
      [4, '市人社局牵头'],
    ]);
    expect(table.sections.map((x) => x.title)).toEqual(['完善体系']);
  });

  it('without the merged areas (as before) tasks 2 and 3 had no lead: the test of the fill itself', async () => {
    const { context } = createSheetDouble(book({ sheets: [sheetFrom('台账', MERGED_TABLE)], selection: ['A1:D7'] }));
    const read = await readSelectionGrid(context);
    if (!read.ok) throw new Error(read.error.code);
    const table = parseTaskTable(gridToTabText(read.grid.grid));
    expect(table.tasks.find((t) => t.no === 2)?.units).not.toBe('市教育局牵头');
  });

  it('a selection that begins inside a merged area does not see it (Excel reports only areas whose top-left cell is selected)', async () => {
    const { context } = createSheetDouble(merged('A5:D7'));
    const read = await readSelectionGrid(context);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.grid.grid.map((r) => r[2])).toEqual(['', '', '市人社局']);
  });

  it('more than 512 merged areas: read again in halves, every one filled', async () => {
    const rows = Array.from({ length: 1_200 }, (_, i) =>
      i % 2 === 0 ? [String(i / 2 + 1), `任务${i}。`, `单位${i}`] : [String((i - 1) / 2 + 1.5), `任务${i}。`, ''],
    );
    const merges = Array.from({ length: 600 }, (_, k) => `C${2 * k + 1}:C${2 * k + 2}`);
    const { context, stats } = createSheetDouble(
      book({ sheets: [{ ...sheetFrom('台账', rows), merged: merges }], selection: ['A1:C1200'] }),
    );
    const read = await readSelectionGrid(context);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.grid.grid.every((r, i) => r[2] === `单位${i - (i % 2)}`)).toBe(true);
    // measure, text, the whole box (fails: 600 areas), then two halves of 300, each probe + areas.
    expect(stats.syncs).toBe(7);
  });

  it('readSheetTables fills the merged cells of the used range too', async () => {
    const { context } = createSheetDouble(merged());
    const read = await readSheetTables(context);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.grids[0]?.grid.map((r) => r[2])).toEqual([
      '',
      '牵头单位',
      '',
      '市教育局',
      '市教育局',
      '市教育局',
      '市人社局',
    ]);
  });
});
