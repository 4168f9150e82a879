import { describe, expect, it } from 'vitest';
import { statusEntryValues } from '../../src/ledgerLayout/statusEntryValues';

describe('statusEntryValues', () => {
  it('writes 状态, 进展情况, 更新日期 (a serial) and 填报人', () => {
    expect(statusEntryValues({ status: '推进中', note: '已起草', date: '2026-11-29', by: '张三' })).toEqual({
      status: '推进中',
      progress: '已起草',
      updated: 46355,
      reporter: '张三',
    });
  });

  it('adds 延期至 and 延期原因 when the entry grants an extension', () => {
    const values = statusEntryValues({
      status: '滞后',
      note: '资金未到位',
      date: '2026-11-20',
      by: '李四',
      extension: { date: '2026-11-25', reason: '等待省文件' },
    });
    expect(values).toEqual({
      status: '滞后',
      progress: '资金未到位',
      updated: 46346,
      reporter: '李四',
      extensionDate: 46351,
      extensionReason: '等待省文件',
    });
  });
});
