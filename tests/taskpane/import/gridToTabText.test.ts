import { describe, expect, test } from 'vitest';
import { gridToTabText } from '../../../src/taskpane/import/gridToTabText';

describe('gridToTabText', () => {
  test.each([
    ['plain cells', [['1', '任务', '市教育局'], ['2', '任务二', '']], '1\t任务\t市教育局\n2\t任务二\t'],
    ['a line break is quoted', [['1', '市教育局\n市财政局']], '1\t"市教育局\n市财政局"'],
    ['quotes are doubled', [['“双师型”与"引号"']], '"“双师型”与""引号"""'],
    ['a tab inside a cell is quoted', [['a\tb']], '"a\tb"'],
  ])('%s', (_, grid, expected) => {
    expect(gridToTabText(grid)).toBe(expected);
  });
});
