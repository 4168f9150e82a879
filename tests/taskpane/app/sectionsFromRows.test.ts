import { describe, expect, test } from 'vitest';
import { chineseNumeral, sectionsFromRows } from '../../../src/taskpane/app/sectionsFromRows';

describe('sectionsFromRows', () => {
  test.each([
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [34, '三十四'],
    [120, '120'],
  ])('chineseNumeral(%i) is %s', (n, numeral) => {
    expect(chineseNumeral(n)).toBe(numeral);
  });

  test('rebuilds numbered sections from the 板块 cells, in order, once each', () => {
    const rows = [
      { section: 2, sectionTitle: '二、提升职业教育综合实力' },
      { section: 1, sectionTitle: '一、构建现代职业教育衔接沟通体系' },
      { section: 2, sectionTitle: '二、提升职业教育综合实力' },
      { section: 3, sectionTitle: '（三）保障' },
      { section: 4, sectionTitle: '落实职责' },
      { section: null, sectionTitle: '' },
    ];
    expect(sectionsFromRows(rows)).toEqual([
      { no: 1, numeral: '一', title: '构建现代职业教育衔接沟通体系' },
      { no: 2, numeral: '二', title: '提升职业教育综合实力' },
      { no: 3, numeral: '三', title: '保障' },
      { no: 4, numeral: '四', title: '落实职责' },
    ]);
  });
});
