import { describe, expect, test } from 'vitest';
import { gridToTabText } from '../../src/model/gridToTabText';
import { parseTaskTable } from '../../src/model/parseTaskTable';

describe('gridToTabText', () => {
  test('joins cells with tabs and rows with newlines, quoting cells with breaks, tabs or quotes', () => {
    expect(
      gridToTabText([
        ['序号', '任务'],
        ['1', '甲\n乙'],
        ['2', '说"好"'],
        ['3', 'a\tb'],
      ]),
    ).toBe('序号\t任务\n1\t"甲\n乙"\n2\t"说""好"""\n3\t"a\tb"');
  });

  test('a merged 牵头单位 cell expanded over two rows reaches both tasks', () => {
    const grid = [
      ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
      ['1', '建立制度。', '市教育局', '市财政局\n市人社局', '2025年底前'],
      ['2', '推进工作。', '市教育局', '', '持续实施'],
    ];
    const table = parseTaskTable(gridToTabText(grid));
    expect(table.tasks.map((t) => t.assignments)).toEqual([
      [
        { agency: '市教育局', role: 'lead' },
        { agency: '市财政局', role: 'support' },
        { agency: '市人力资源和社会保障局', role: 'support' },
      ],
      [{ agency: '市教育局', role: 'lead' }],
    ]);
  });

  test('empty grid and non-string cells', () => {
    expect(gridToTabText([])).toBe('');
    expect(gridToTabText([['a', 3 as unknown as string]])).toBe('a\t');
  });
});
