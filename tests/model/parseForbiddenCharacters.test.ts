// Issue 21: characters XML 1.0 forbids are dropped by the parser on the way in, with an issue saying how many.
import { describe, expect, it } from 'vitest';
import { formatParseIssue } from '../../src/model/formatParseIssue';
import { parseTaskTable } from '../../src/model/parseTaskTable';

describe('parseTaskTable drops characters XML forbids', () => {
  it('removes C0 controls, U+FFFE, U+FFFF and a lone surrogate from the cells, and says how many', () => {
    const text =
      '序号\t工作任务\t负责单位\t时间进度\n1\t建立\u0001现代职业\uFFFE学校制度。\t市教育局\uFFFF\t2016年\ud800底前\n';
    const table = parseTaskTable(text);
    expect(table.tasks.map((t) => [t.text, t.units, t.schedule])).toEqual([
      ['建立现代职业学校制度。', '市教育局', '2016年底前'],
    ]);
    const removed = table.issues.filter((i) => i.code === 'characters-removed');
    expect(removed).toEqual([{ line: 0, severity: 'warning', code: 'characters-removed', params: { count: 4 } }]);
  });

  it('keeps tab, line feed, carriage return and a valid surrogate pair, and adds no issue', () => {
    const table = parseTaskTable('序号\t工作任务\t负责单位\t时间进度\r\n1\t推进𠀋字工作。\t市教育局\t2016年底前\r\n');
    expect(table.tasks[0]?.text).toBe('推进𠀋字工作。');
    expect(table.issues.some((i) => i.code === 'characters-removed')).toBe(false);
  });

  it('renders the issue in zh-CN and en-US', () => {
    const issue = { line: 0, severity: 'warning' as const, code: 'characters-removed' as const, params: { count: 3 } };
    expect(formatParseIssue(issue, 'zh-CN')).toBe(
      '已去掉 3 个不可见的控制字符（XML 不允许，写入文件后会使 WPS、LibreOffice 显示不出文字）',
    );
    expect(formatParseIssue(issue, 'en-US')).toBe(
      '3 invisible control characters were removed (XML forbids them; in a file they make WPS and LibreOffice show no text)',
    );
  });
});
