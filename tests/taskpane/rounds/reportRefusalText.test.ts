// A returned file refused before it is read is data (code + params); the pane words it per locale.
import { describe, expect, it } from 'vitest';
import { reportRefusalText } from '../../../src/taskpane/rounds/reportRefusalText';
import { roundsStrings } from '../../../src/taskpane/rounds/roundsStrings';

describe('reportRefusalText', () => {
  it.each([
    [
      { code: 'too-large', params: { what: 'file', bytes: 52_428_800, limit: 10_485_760 } } as const,
      '文件大小为 50.0 MB，超过 10 MB 的上限，未读取。填报表通常不足 100 KB，请确认是否选错了文件。',
      'The file is 50.0 MB, over the 10 MB limit; not read. A report workbook is usually under 100 KB: check that the right file was chosen.',
    ],
    [
      { code: 'zip-altered', params: { reason: 'unlisted-bytes', entry: 'xl/workbook.xml' } } as const,
      '文件的压缩结构自相矛盾（unlisted-bytes：xl/workbook.xml），是写成之后被改动过的文件，未读取。请让填报单位在 Excel 或 WPS 中另存为 .xlsx 后重新发送。',
      "The file's zip structure contradicts itself (unlisted-bytes: xl/workbook.xml): it was altered after it was written; not read: ask the agency to save it again as .xlsx in Excel or WPS and resend it.",
    ],
    [
      { code: 'unreadable', params: { what: 'too-many-entries', entries: 5000, limit: 1000 } } as const,
      '文件内部含 5000 个部件，超过 1000 个的上限，不像填报表，未读取。',
      'The file holds 5000 parts, more than the 1000 a report workbook may have; not read.',
    ],
    [
      { code: 'not-xlsx', params: { what: 'legacy' } } as const,
      '这是旧格式（.xls / .et）的表格，未读取。请在 Excel 或 WPS 中“另存为”Excel 工作簿（*.xlsx）后再发送。',
      'An old-format sheet (.xls / .et), not read: save it as an Excel workbook (*.xlsx) in Excel or WPS and send it again.',
    ],
  ])('%# in zh-CN and en-US', (refusal, zh, en) => {
    expect(reportRefusalText(refusal, 'zh-CN')).toBe(zh);
    expect(reportRefusalText(refusal, 'en-US')).toBe(en);
  });

  it('cuts a long entry name to 60 characters', () => {
    expect(
      reportRefusalText({ code: 'unreadable', params: { what: 'part-shape', part: 'x'.repeat(5_000) } }, 'en-US'),
    ).toBe(`“${'x'.repeat(60)}” in the file has more elements or deeper nesting than a report workbook's; not read.`);
  });

  it('the rounds strings word a refused file by its params in each locale', () => {
    const refused = { code: 'empty-file' as const, params: {}, severity: 'error' as const };
    expect(roundsStrings('zh-CN').issue('a.xlsx', refused)).toBe(
      'a.xlsx：文件是空的（0 字节），请让填报单位重新发送。（empty-file）',
    );
    expect(roundsStrings('en-US').issue('a.xlsx', refused)).toBe(
      'a.xlsx: The file is empty (0 bytes): ask the agency to send it again. (empty-file)',
    );
  });
});
