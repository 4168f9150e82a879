// Small readers used by parseTaskTable: pipes, the first-listed convention, leader headings, people,
// title years and silent corrections.
import { describe, expect, test } from 'vitest';
import { pipeTableToTabText } from '../../src/model/pipeTableToTabText';
import { firstListedLeads, stripFirstListedNote } from '../../src/model/firstListedLeads';
import { leaderOfHeading } from '../../src/model/leaderOfHeading';
import { splitPeople } from '../../src/model/splitPeople';
import { yearOfTitle } from '../../src/model/yearOfTitle';
import { silentCorrections } from '../../src/model/silentCorrections';

describe('pipeTableToTabText', () => {
  test('Markdown with a separator row, line for line', () => {
    expect(pipeTableToTabText('| 序号 | 任务 |\n|:---:|---|\n| 1 | 建立制度。 |')).toBe('序号\t任务\n\n1\t建立制度。');
  });
  test('rows without outer pipes, and an empty cell kept', () => {
    expect(pipeTableToTabText('序号 | 任务 | 配合 | 时限\n1 | 甲 |  | 年底前')).toBe(
      '序号\t任务\t配合\t时限\n1\t甲\t\t年底前',
    );
  });
  test('prose with a stray pipe is not a table', () => {
    expect(pipeTableToTabText('说明：A|B 两种写法\n另一行')).toBeNull();
  });
});

describe('the first-listed-leads convention', () => {
  test.each([
    ['省工信厅、省科技厅（列第一位者为牵头单位，下同）', { text: '省工信厅、省科技厅', scope: 'onward' }],
    ['负责单位（列第一位者为牵头单位）', { text: '负责单位', scope: 'row' }],
    ['市教育局、市财政局', { text: '市教育局、市财政局', scope: 'none' }],
  ])('%s', (text, note) => {
    expect(stripFirstListedNote(text)).toEqual(note);
  });
  test.each([
    ['市文旅局、市商务局、各区政府', '市文旅局牵头，市商务局、各区政府配合'],
    ['各县（市、区）政府、市财政局', '各县（市、区）政府牵头，市财政局配合'],
    ['市文旅局', '市文旅局牵头'],
    ['省国资委、省工商联分别牵头', '省国资委、省工商联分别牵头'],
  ])('%s → %s', (units, written) => {
    expect(firstListedLeads(units)).toBe(written);
  });
});

describe('leaderOfHeading', () => {
  test.each([
    ['王海涛区长牵头重点工作', '王海涛区长'],
    ['刘某某副市长牵头重点工作', '刘某某副市长'],
    ['周永林副市长分管工作', '周永林副市长'],
    ['完善城市功能品质', null],
    ['市发改委牵头重点工作', null],
  ])('%s → %s', (title, leader) => {
    expect(leaderOfHeading(title)).toBe(leader);
  });
});

describe('splitPeople', () => {
  test.each([
    ['李卫东、周海燕', ['李卫东', '周海燕']],
    ['张华、刘晓燕。', ['张华', '刘晓燕']],
    ['郭建平副市长，何志强副市长', ['郭建平副市长', '何志强副市长']],
    ['', []],
  ])('%s', (text, people) => {
    expect(splitPeople(text)).toEqual(people);
  });
});

describe('yearOfTitle', () => {
  test.each([
    ['2025年民生实事任务分解表', 2025],
    ['区卫生健康系统2025年重点工作任务', 2025],
    ['二〇二六年工作要点', 2026],
    ['２０２４年计划', 2024],
    ['重点任务分工表', undefined],
  ])('%s → %s', (title, year) => {
    expect(yearOfTitle(title)).toBe(year);
  });
});

describe('silentCorrections', () => {
  test('a known misspelling and a distributed 和 are reported with what was read', () => {
    expect(silentCorrections('市人力资和源社会保障局牵头，市和县区人民政府配合')).toEqual([
      { code: 'agency-corrected', params: { written: '市人力资和源社会保障局', agency: '市人力资源和社会保障局' } },
      {
        code: 'agency-split',
        params: { written: '市和县区人民政府', count: 2, agencies: '市人民政府、各县区人民政府' },
      },
    ]);
    expect(silentCorrections('市教育局')).toEqual([]);
  });
});
