import { describe, expect, test } from 'vitest';
import { boxAddress, columnLetter, parseAddress } from '../../src/ledgerLayout/cellAddress';

describe('cell addresses', () => {
  test.each([
    [0, 'A'],
    [16, 'Q'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });

  test.each([
    ['任务台账!A1:Q25', { sheet: '任务台账', row: 0, col: 0, rowCount: 25, colCount: 17 }],
    ["'任务 台账'!C3", { sheet: '任务 台账', row: 2, col: 2, rowCount: 1, colCount: 1 }],
    ['$B$2:$D$4', { sheet: '', row: 1, col: 1, rowCount: 3, colCount: 3 }],
  ])('parses %s', (address, box) => {
    expect(parseAddress(address)).toEqual(box);
  });

  test('rejects what is not an address', () => {
    expect(parseAddress('Sheet1!A:A')).toBeNull();
  });

  test.each([
    [[1, 0, 24, 17], 'A2:Q25'],
    [[0, 2, 1, 1], 'C1'],
  ] as const)('box %j is %s', ([row, col, rows, cols], address) => {
    expect(boxAddress(row, col, rows, cols)).toBe(address);
  });
});
