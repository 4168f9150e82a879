import { describe, expect, test } from 'vitest';
import { columnSamples } from '../../../src/taskpane/import/columnSamples';

describe('columnSamples', () => {
  test('the first non-empty cell of each column, from rows of the full width', () => {
    const text =
      '一、稳定就业\n1\t城镇新增就业3万人。\t市人社局\t\t2025年12月底\n2\t开展技能培训。\t市人社局\t市财政局\t持续实施';
    expect(columnSamples(text, 5)).toEqual(['1', '城镇新增就业3万人。', '市人社局', '市财政局', '2025年12月底']);
  });

  test('quoted cells with line breaks and doubled quotes, CRLF rows; long cells are shortened', () => {
    const text =
      '1\t"市教育局\n市财政局"\t"说""明"\r\n2\t完善职业教育资助政策，建立健全覆盖全体学生的资助体系并加强监管。\t乙';
    expect(columnSamples(text, 3)).toEqual(['1', '市教育局 市财政局', '说"明']);
    expect(columnSamples('1\t完善职业教育资助政策，建立健全覆盖全体学生的资助体系并加强监管。', 2)[1]).toBe(
      '完善职业教育资助政策，建立健全覆盖全体学生的资助…',
    );
  });

  test('the header row is skipped when there is one; missing columns stay empty', () => {
    expect(columnSamples('序号\t任务\t单位\n1\t甲\t', 3, true)).toEqual(['1', '甲', '']);
  });
});
