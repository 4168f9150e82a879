import { describe, expect, test } from 'vitest';
import { columnRoleLabel, formatParseIssue } from '../../src/model/formatParseIssue';
import { makeIssue } from '../../src/model/makeIssue';
import { PARSE_ISSUE_CODES, type ParseIssue } from '../../src/model/types';

const issue = (code: ParseIssue['code'], params: ParseIssue['params']): ParseIssue => ({ line: 4, severity: 'warning', code, params, message: '' });

describe('formatParseIssue', () => {
  test.each([
    [issue('missing-cell', { no: 7, cells: '完成时限|负责单位' }), '序号 7 缺少“完成时限”“负责单位”', 'Task 7 has no “完成时限”, “负责单位”'],
    [issue('duplicate-number', { no: 5, firstLine: 32 }), '序号 5 与第32行重复，此行未导入', 'Task 5 repeats the number on line 32; this row was not imported'],
    [issue('agency-corrected', { no: 6, written: '市人力资和源社会保障局', agency: '市人力资源和社会保障局' }), '序号 6 的单位“市人力资和源社会保障局”按“市人力资源和社会保障局”读入（已更正写法）', 'Task 6: the unit “市人力资和源社会保障局” was read as “市人力资源和社会保障局” (spelling corrected)'],
    [issue('year-assumed', { count: 3, year: 2025, source: 'title' }), '3 项任务的期限未写年份，按标题中的 2025 年计', "3 deadlines have no year; the title's year 2025 was used"],
    [issue('columns-inferred', { roles: 'no,task,lead,support,schedule', uncertain: 0 }), '表格没有完整的表头，已按内容推断各列：序号 · 任务 · 牵头单位 · 配合单位 · 完成时限', 'The table has no complete header; columns were inferred from their content: No. · Task · Lead · Support · Deadline'],
  ])('%#: zh-CN and en-US, no line prefix', (i, zh, en) => {
    expect(formatParseIssue(i, 'zh-CN')).toBe(zh);
    expect(formatParseIssue(i, 'en-US')).toBe(en);
  });

  test('every parser code has an English text that is not the Chinese one', () => {
    const ledgerCodes = new Set(['no-number', 'date-not-a-date', 'unknown-status', 'alias-no-name', 'alias-no-written', 'alias-conflict']);
    for (const code of PARSE_ISSUE_CODES) {
      if (ledgerCodes.has(code)) continue;
      const i = issue(code, { no: 1, text: 'x' });
      const en = formatParseIssue(i, 'en-US');
      expect(en).not.toMatch(/第\d+行/);
      expect(en).not.toBe(formatParseIssue(i, 'zh-CN'));
    }
  });

  test('makeIssue keeps the zh-CN message with its line prefix for non-pane consumers', () => {
    expect(makeIssue(2, 'error', 'missing-cell', { no: 7, cells: '完成时限' }).message).toBe('第2行：序号 7 缺少“完成时限”');
    expect(makeIssue(0, 'error', 'empty', {}).message).toBe('输入为空：请粘贴或导入任务分工表。');
  });

  test('column role labels', () => {
    expect(columnRoleLabel('leader', 'zh-CN')).toBe('责任领导');
    expect(columnRoleLabel('leader', 'en-US')).toBe('Leader');
  });
});
