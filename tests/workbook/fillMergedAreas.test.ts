import { describe, expect, it } from 'vitest';
import { fillMergedAreas } from '../../src/workbook/fillMergedAreas';

const box = { row: 10, column: 2, rows: 3, columns: 3 };
const grid = [
  ['1', '市教育局', 'x'],
  ['2', '', 'y'],
  ['3', '', ''],
];

describe('fillMergedAreas', () => {
  it('fills each cell of an area (sheet coordinates) with its top-left text, clipped to the box; the input is unchanged', () => {
    expect(fillMergedAreas(grid, box, [{ row: 10, column: 3, rows: 5, columns: 1 }])).toEqual([
      ['1', '市教育局', 'x'],
      ['2', '市教育局', 'y'],
      ['3', '市教育局', ''],
    ]);
    expect(grid[1]).toEqual(['2', '', 'y']);
  });

  it('keeps an area across the whole width once (a title or heading), also over two rows', () => {
    const heading = [
      ['一、完善体系', '', ''],
      ['', '', ''],
      ['1', '任务', '市教育局'],
    ];
    expect(fillMergedAreas(heading, box, [{ row: 10, column: 2, rows: 2, columns: 3 }])).toEqual(heading);
  });

  it('fills an area two columns wide that is not the whole width', () => {
    expect(
      fillMergedAreas([['a', '', 'c']], { row: 0, column: 0, rows: 1, columns: 3 }, [
        { row: 0, column: 0, rows: 1, columns: 2 },
      ]),
    ).toEqual([['a', 'a', 'c']]);
  });

  it('ignores an area that begins outside the box', () => {
    expect(
      fillMergedAreas(grid, box, [
        { row: 9, column: 3, rows: 3, columns: 1 },
        { row: 11, column: 1, rows: 1, columns: 2 },
      ]),
    ).toEqual(grid);
  });
});
