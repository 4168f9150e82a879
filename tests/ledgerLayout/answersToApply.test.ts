import { describe, expect, it } from 'vitest';
import { answersToApply } from '../../src/ledgerLayout/answersToApply';

// A ledger of three tasks (序号 1, 2, 5): columns 序号, 状态, 进展情况, 更新日期.
const ledger = {
  values: [
    [1, '未启动', '', ''],
    [2, '推进中', '已起草', 46350],
    [5, '未启动', '', ''],
  ],
  index: { status: 1, progress: 2, updated: 3 },
  positionByNo: new Map([
    [1, 0],
    [2, 1],
    [5, 2],
  ]),
};

const change = (no: number, answerId: string, oldStatus = '未启动', oldProgress = '', date = '2026-11-20') => ({
  no,
  oldStatus,
  oldProgress,
  date,
  source: { answerId },
});
const answer = (answerId: string) => ({ answerId });

describe('answersToApply', () => {
  it('writes the changes of new answers whose row is as the plan saw it', () => {
    const sorted = answersToApply(
      { changes: [change(1, 'a'), change(5, 'b')], history: [answer('a'), answer('b')] },
      new Set(),
      ledger,
    );
    expect(sorted.toWrite.map((c) => c.no)).toEqual([1, 5]);
    expect(sorted.fresh).toEqual([{ answerId: 'a' }, { answerId: 'b' }]);
    expect(sorted).toMatchObject({ conflicts: [], stale: [], notFound: [] });
  });

  it('leaves out answers already in the log, and logs an answer repeated in the plan once', () => {
    const sorted = answersToApply(
      { changes: [change(1, 'a'), change(5, 'b')], history: [answer('a'), answer('b'), answer('b')] },
      new Set(['a']),
      ledger,
    );
    expect(sorted.fresh).toEqual([{ answerId: 'b' }]);
    expect(sorted.toWrite.map((c) => c.no)).toEqual([5]);
  });

  it('holds back an edited row and an older answer: neither written nor logged', () => {
    const sorted = answersToApply(
      {
        changes: [change(1, 'a', '推进中'), change(2, 'b', '推进中', '已起草', '2026-11-20')],
        history: [answer('a'), answer('b'), answer('c')],
      },
      new Set(),
      ledger,
    );
    expect(sorted.conflicts).toEqual([{ no: 1, kind: 'conflict', status: '未启动' }]);
    expect(sorted.stale).toEqual([{ no: 2, kind: 'stale', date: '2026-11-20', updated: '2026-11-24' }]);
    expect(sorted.fresh).toEqual([{ answerId: 'c' }]);
    expect(sorted.toWrite).toEqual([]);
  });

  it('logs the answer of a task no longer in the ledger and names the task', () => {
    const sorted = answersToApply({ changes: [change(9, 'z')], history: [answer('z')] }, new Set(), ledger);
    expect(sorted.fresh).toEqual([{ answerId: 'z' }]);
    expect(sorted.toWrite).toEqual([]);
    expect(sorted.notFound).toEqual([9]);
  });
});
