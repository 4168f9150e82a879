import { describe, expect, it } from 'vitest';
import { mergesInBox } from '../../src/workbook/mergesInBox';

describe('mergesInBox', () => {
  const box = { row: 2, column: 1, rows: 4, columns: 3 };
  it('gives areas relative to the box, clipped to it', () => {
    expect(mergesInBox(box, [{ row: 3, column: 2, rows: 9, columns: 1 }])).toEqual([
      { row: 1, col: 1, rowSpan: 3, colSpan: 1 },
    ]);
  });
  it('leaves out an area across the whole width, one that begins outside, and one clipped to a single cell', () => {
    expect(
      mergesInBox(box, [
        { row: 2, column: 1, rows: 1, columns: 3 },
        { row: 0, column: 1, rows: 4, columns: 1 },
        { row: 5, column: 3, rows: 2, columns: 2 },
      ]),
    ).toEqual([]);
  });
});
