import { describe, expect, it } from 'vitest';
import { roundsStrings } from '../../../src/taskpane/rounds/roundsStrings';

describe('a returned report’s problem in the English pane', () => {
  const en = roundsStrings('en-US');
  const zh = roundsStrings('zh-CN');

  it('is English from its code, with the file, row and task number, and none of the reader’s Chinese sentence', () => {
    const issue = { code: 'missing-status' as const, message: '已填写内容但未选择“状态”；该行未导入。', row: 7, no: 3 };
    expect(en.issue('市教育局.xlsx', issue)).toBe(
      '市教育局.xlsx row 7, task 3: Filled in without a status; row not imported (missing-status)',
    );
    expect(zh.issue('市教育局.xlsx', issue)).toBe(
      '市教育局.xlsx 第 7 行：已填写内容但未选择“状态”；该行未导入。（missing-status）',
    );
  });

  it('a whole-file problem starts with a capital', () => {
    const issue = { code: 'empty-file' as const, message: '文件是空的（0 字节），请让填报单位重新发送。' };
    expect(en.issue('a.xlsx', issue)).toBe(
      'a.xlsx: The file is empty (0 bytes); ask the agency to send it again (empty-file)',
    );
  });
});
