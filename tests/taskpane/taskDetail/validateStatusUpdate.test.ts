import { describe, expect, test } from 'vitest';
import { ZH_CN } from '../../../src/taskpane/i18n/strings';
import { validateStatusUpdate, type StatusDraft } from '../../../src/taskpane/taskDetail/validateStatusUpdate';

const zh = ZH_CN;
const valid: StatusDraft = {
  status: '推进中',
  note: '已完成调研',
  date: '2026-11-29',
  by: ' 张三 ',
  extend: false,
  extensionDate: '',
  extensionReason: '',
};

describe('validateStatusUpdate', () => {
  test('a valid draft becomes a StatusUpdate (trimmed reporter, no extension)', () => {
    expect(validateStatusUpdate(valid, zh)).toEqual({
      ok: true,
      update: { status: '推进中', note: '已完成调研', date: '2026-11-29', by: '张三' },
    });
  });

  test.each([
    ['empty reporter', { by: '  ' }, { by: '请填写填报人。' }],
    ['unknown status', { status: '办理中' }, { status: '请选择状态。' }],
    ['no date', { date: '' }, { date: '请选择填报日期（年-月-日）。' }],
    ['note too long', { note: '字'.repeat(4001) }, { note: '进展情况不能超过 4000 字。' }],
    [
      'extension without reason',
      { extend: true, extensionDate: '2027-01-31', extensionReason: ' ' },
      { extensionReason: '延期需要写明原因。' },
    ],
    [
      'extension with nothing',
      { extend: true },
      { extensionDate: '请选择新的期限（年-月-日）。', extensionReason: '延期需要写明原因。' },
    ],
  ])('%s', (_, change, errors) => {
    expect(validateStatusUpdate({ ...valid, ...change }, zh)).toEqual({ ok: false, errors });
  });

  test('an extension with date and reason is kept', () => {
    const result = validateStatusUpdate(
      { ...valid, extend: true, extensionDate: '2027-01-31', extensionReason: '等待文件' },
      zh,
    );
    expect(result.ok && result.update.extension).toEqual({ date: '2027-01-31', reason: '等待文件' });
  });
});
