import { describe, expect, it } from 'vitest';
import { applyOutcome } from '../../src/ledgerLayout/applyOutcome';

const change = (no: number, answerId: string) => ({
  no,
  oldStatus: '未启动',
  oldProgress: '',
  date: '2026-11-20',
  source: { answerId },
});

// Four answers in the plan and one skipped by it; 'd' was found in the log, 'c' held back as a conflict.
const plan = { skipped: [{}], history: [{}, {}, {}, {}] };
const sorted = {
  conflicts: [{ no: 3, kind: 'conflict' as const, status: '推进中' }],
  stale: [],
  fresh: [{ answerId: 'a' }, { answerId: 'b' }],
  toWrite: [change(1, 'a'), change(2, 'b')],
  notFound: [],
};

describe('applyOutcome', () => {
  it('counts what was logged, skipped, written and held back', () => {
    expect(applyOutcome(plan, sorted)).toEqual({
      ok: true,
      applied: 2,
      skipped: 3,
      updated: [1, 2],
      notFound: [],
      conflicts: [{ no: 3, kind: 'conflict', status: '推进中' }],
    });
  });

  it('takes an answer the write held back out of the logged and written ones and lists it', () => {
    const late = [
      { answerId: 'b', held: { no: 2, kind: 'stale' as const, date: '2026-11-20', updated: '2026-11-28' } },
    ];
    expect(applyOutcome(plan, sorted, late)).toEqual({
      ok: true,
      applied: 1,
      skipped: 3,
      updated: [1],
      notFound: [],
      conflicts: [{ no: 3, kind: 'conflict', status: '推进中' }],
      stale: [{ no: 2, kind: 'stale', date: '2026-11-20', updated: '2026-11-28' }],
    });
  });

  it('leaves out the held-back lists when nothing was held back', () => {
    const none = { ...sorted, conflicts: [] };
    expect(Object.keys(applyOutcome({ skipped: [], history: [{}, {}] }, none))).toEqual([
      'ok',
      'applied',
      'skipped',
      'updated',
      'notFound',
    ]);
  });
});
