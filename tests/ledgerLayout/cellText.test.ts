import { describe, expect, test } from 'vitest';
import { fromCellText, toCellText } from '../../src/ledgerLayout/cellText';

describe('toCellText / fromCellText', () => {
  test.each([
    ['=SUM(1)', "'=SUM(1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ["'quoted", "''quoted"],
    ['市教育局牵头', '市教育局牵头'],
    ['', ''],
  ])('%s is sent as %s', (text, sent) => {
    expect(toCellText(text)).toBe(sent);
  });

  test.each([
    [42369, '42369'],
    [true, 'true'],
    [null, ''],
    [undefined, ''],
    ["'=SUM(1)", '=SUM(1)'],
  ])('reads %s as %s', (value, text) => {
    expect(fromCellText(value)).toBe(text);
  });
});
