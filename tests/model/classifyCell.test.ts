import { describe, expect, test } from 'vitest';
import { classifyCell, isAgencyList, isPersonList } from '../../src/model/classifyCell';

describe('classifyCell', () => {
  test.each([
    ['12', 'number'],
    ['（3）', 'number'],
    ['10月底前', 'schedule'],
    ['2026年第三季度', 'schedule'],
    ['持续推进', 'schedule'],
    ['年内', 'schedule'],
    ['市营商办', 'agencies'],
    ['市工信局、市市场监管局', 'agencies'],
    ['市教育局牵头，市财政局等配合', 'agencies'],
    ['各县（市、区）政府', 'agencies'],
    ['李卫东、周海燕', 'person'],
    ['何志强副市长', 'person'],
    ['已建成基站186个，完成年度任务的62%。', 'progress'],
    ['截至9月底已完成改造71公里。', 'progress'],
    ['新建社区养老服务站15个。', 'task'],
    ['任务。', 'task'],
    ['', 'empty'],
  ])('%s → %s', (cell, kind) => {
    expect(classifyCell(cell)).toBe(kind);
  });

  test('an agency list is never a person list, and the other way round', () => {
    expect(isAgencyList('县民政局')).toBe(true);
    expect(isPersonList('县民政局')).toBe(false);
    expect(isAgencyList('赵永刚')).toBe(false);
    expect(isPersonList('赵永刚')).toBe(true);
  });
});
