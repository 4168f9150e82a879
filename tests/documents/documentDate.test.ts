import { describe, expect, it } from 'vitest';
import { dateInText, yearInTitle } from '../../src/documents/documentDate';

describe('dateInText', () => {
  it.each([
    ['广元市人民政府办公室 2015年8月12日', '2015-08-12'],
    ['二〇一五年八月十二日', '2015-08-12'],
    ['二O一六年十二月三十一日印发', '2016-12-31'],
    ['２０１６年３月１日', '2016-03-01'],
    ['印发日期：2016-03-01', '2016-03-01'],
    ['2015年2月30日', null],
    ['2015年底前完成', null],
    ['安排500亿元', null],
  ])('%s → %s', (text, expected) => {
    expect(dateInText(text)).toBe(expected);
  });
});

describe('yearInTitle', () => {
  it.each([
    ['2016年全市重点工作任务分工', 2016],
    ['二〇一七年政府工作报告重点任务分工', 2017],
    ['2015—2017年行动计划任务分工', 2015],
    ['重点任务分工及进度安排表', null],
  ])('%s → %s', (title, expected) => {
    expect(yearInTitle(title)).toBe(expected);
  });
});
