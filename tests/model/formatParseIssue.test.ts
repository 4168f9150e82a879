import { describe, expect, test } from 'vitest';
import { columnRoleLabel, formatParseIssue } from '../../src/model/formatParseIssue';
import { makeIssue } from '../../src/model/makeIssue';
import { PARSE_ISSUE_CODES, type ParseIssue } from '../../src/model/types';

const issue = (code: ParseIssue['code'], params: ParseIssue['params']): ParseIssue => ({
  line: 4,
  severity: 'warning',
  code,
  params,
});

describe('formatParseIssue', () => {
  test.each([
    [
      issue('missing-cell', { no: 7, cells: '完成时限|负责单位' }),
      '序号 7 缺少“完成时限”“负责单位”',
      'Task 7 has no “完成时限”, “负责单位”',
    ],
    [
      issue('duplicate-number', { no: 5, firstLine: 32 }),
      '序号 5 与第32行重复，此行未导入',
      'Task 5 repeats the number on line 32; this row was not imported',
    ],
    [
      issue('agency-corrected', { no: 6, written: '市人力资和源社会保障局', agency: '市人力资源和社会保障局' }),
      '序号 6 的单位“市人力资和源社会保障局”按“市人力资源和社会保障局”读入（已更正写法）',
      'Task 6: the unit “市人力资和源社会保障局” was read as “市人力资源和社会保障局” (spelling corrected)',
    ],
    [
      issue('year-assumed', { count: 3, year: 2025, source: 'title' }),
      '3 项任务的期限未写年份，按标题中的 2025 年计',
      "3 deadlines have no year; the title's year 2025 was used",
    ],
    [
      issue('columns-inferred', { roles: 'no,task,lead,support,schedule' }),
      '表格没有完整的表头，已按内容推断各列（不确定，请核对）：序号 · 任务 · 牵头单位 · 配合单位 · 完成时限',
      'The table has no complete header; the columns were inferred from their content (not sure: please check): No. · Task · Lead · Support · Deadline',
    ],
    [
      issue('date-in-text', { no: 2, date: '2025-12-31' }),
      '序号 2 的任务内容中有日期 2025-12-31；表格没有时限列，未设为期限，请确认',
      'Task 2: the task text names the date 2025-12-31; the table has no deadline column, so it was not set as the deadline — please confirm',
    ],
  ])('%#: zh-CN and en-US, no line prefix', (i, zh, en) => {
    expect(formatParseIssue(i, 'zh-CN')).toBe(zh);
    expect(formatParseIssue(i, 'en-US')).toBe(en);
  });

  test('every code has an English text that is not the Chinese one', () => {
    for (const code of PARSE_ISSUE_CODES) {
      const i = issue(code, { no: 1, text: 'x' });
      const en = formatParseIssue(i, 'en-US');
      expect(en).not.toMatch(/第\d+行/);
      expect(en).not.toBe(formatParseIssue(i, 'zh-CN'));
    }
  });

  test('makeIssue is data only: no text', () => {
    expect(makeIssue(2, 'error', 'missing-cell', { no: 7, cells: '完成时限' })).toEqual({
      line: 2,
      severity: 'error',
      code: 'missing-cell',
      params: { no: 7, cells: '完成时限' },
    });
  });

  test.each([
    [
      issue('no-number', { row: 3, cell: 'A3', text: '' }),
      '第3行没有有效的序号（A3：“”），该行未读入',
      'Row 3 has no valid task number (A3: “”) and was not read',
    ],
    [
      issue('unknown-status', { no: 7, cell: 'L8', text: '搞定了', status: '未启动' }),
      '第7项“状态”（L8）为“搞定了”，不是已知状态，按“未启动”处理',
      'Task 7: the status “搞定了” (L8) is not a known status; read as Not started',
    ],
    [
      issue('date-not-a-date', { no: 7, column: '更新日期', cell: 'N8', text: '2026年1月5日' }),
      '第7项“更新日期”（N8）是文本“2026年1月5日”，不是日期',
      'Task 7: “更新日期” (N8) is the text “2026年1月5日”, not a date',
    ],
    [
      issue('alias-conflict', {
        row: 6,
        cell: 'E6:F6',
        written: '人社局',
        before: '市人力资源和社会保障局',
        canonical: '市人社部门',
      }),
      '单位别名第6行（E6:F6）：写法“人社局”已对应“市人力资源和社会保障局”，又写为“市人社部门”，按前者',
      'Unit aliases, row 6 (E6:F6): “人社局” already stands for “市人力资源和社会保障局” and is also written as “市人社部门”; the first is kept',
    ],
    [
      issue('units-unparsed', { no: 4, kind: 'marker', text: '牵头' }),
      '序号 4 “牵头”前没有单位名称',
      'Task 4: some responsible units could not be read (no unit is named before “牵头”)',
    ],
    [issue('units-empty', { no: 4 }), '序号 4 负责单位为空', 'Task 4: no responsible units'],
  ])('%#: ledger and units codes from params', (i, zh, en) => {
    expect(formatParseIssue(i, 'zh-CN')).toBe(zh);
    expect(formatParseIssue(i, 'en-US')).toBe(en);
  });

  test('column role labels', () => {
    expect(columnRoleLabel('leader', 'zh-CN')).toBe('责任领导');
    expect(columnRoleLabel('leader', 'en-US')).toBe('Leader');
  });
});
