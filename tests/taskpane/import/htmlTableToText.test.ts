// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { htmlTableToText } from '../../../src/taskpane/import/htmlTableToText';

describe('htmlTableToText', () => {
  test.each([
    ['Excel cells', '<table><tr><td>1</td><td>任务</td></tr><tr><td>2</td><td>任务二</td></tr></table>', '1\t任务\n2\t任务二'],
    ['Word paragraphs in a cell keep their break, quoted', '<table><tr><td><p>1</p></td><td><p>第一段</p><p>第二段</p></td></tr></table>', '1\t"第一段\n第二段"'],
    ['quotes are doubled', '<table><tr><td>“双师型”与"引号"</td></tr></table>', '"“双师型”与""引号"""'],
    ['non-breaking spaces collapse', '<table><tr><th>序号</th><td>&nbsp;市教育局&nbsp; 牵头</td></tr></table>', '序号\t市教育局 牵头'],
  ])('%s', (_, html, expected) => {
    expect(htmlTableToText(html)).toBe(expected);
  });

  test('HTML without a table is not a table', () => {
    expect(htmlTableToText('<p>只是一段文字</p>')).toBeNull();
  });
});
