import { describe, expect, it } from 'vitest';
import { rowAfterEntry } from '../../src/ledgerLayout/rowAfterEntry';
import type { LedgerRow } from '../../src/ledgerLayout/ledgerRow';

// Only the fields rowAfterEntry reads or must keep; the rest of a task does not matter to it.
const before = {
  no: 9,
  text: '完善职业教育经费投入机制',
  sectionTitle: '二、保障措施',
  missing: false,
  status: '未开始',
  progress: '',
  updated: null,
  reporter: '',
  extension: { date: '2016-03-31', reason: '等待省文件' },
  version: 'v1',
} as unknown as LedgerRow;

describe('rowAfterEntry', () => {
  it('takes the entry’s status, note, date and reporter and the new version, and keeps the rest of the row', () => {
    const after = rowAfterEntry(before, { status: '推进中', note: '已起草', date: '2015-09-01', by: '张三' }, 'v2');
    expect(after).toEqual({
      no: 9,
      text: '完善职业教育经费投入机制',
      sectionTitle: '二、保障措施',
      missing: false,
      status: '推进中',
      progress: '已起草',
      updated: '2015-09-01',
      reporter: '张三',
      extension: { date: '2016-03-31', reason: '等待省文件' },
      version: 'v2',
    });
  });

  it('replaces the extension when the entry grants one', () => {
    const after = rowAfterEntry(
      before,
      {
        status: '推进中',
        note: '延期',
        date: '2015-09-01',
        by: '李四',
        extension: { date: '2016-06-30', reason: '资金未到位' },
      },
      'v3',
    );
    expect(after.extension).toEqual({ date: '2016-06-30', reason: '资金未到位' });
    expect(before.extension).toEqual({ date: '2016-03-31', reason: '等待省文件' });
  });
});
