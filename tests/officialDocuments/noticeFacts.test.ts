import { describe, expect, it } from 'vitest';
import type { WarningRule } from '../../src/model/warningRule';
import { noticeFacts, percentText } from '../../src/officialDocuments/noticeFacts';
import { generatedLedger, seedLedger } from './ledgerFixture';

const DATES_ONLY: WarningRule = { preset: '红黄绿', dueSoonDays: 7, laggingCounts: false };
const LAGGING_COUNTS: WarningRule = { preset: '蓝黄红', dueSoonDays: 7, laggingCounts: true };

describe('noticeFacts', () => {
  it('counts a generated ledger as it was built (100 tasks on 2026-06-30)', () => {
    const f = noticeFacts(generatedLedger(100), '2026-06-30', LAGGING_COUNTS);
    expect([f.total, f.done, f.donePercent, f.overdue, f.lagging, f.late.length, f.dueSoon, f.inProgress]).toEqual([
      100,
      10,
      '10',
      20,
      10,
      30,
      10,
      60,
    ]);
    expect(new Set(f.notReported)).toEqual(
      new Set(['市农业农村局', '市生态环境局', '市教育局', '市人力资源和社会保障局']),
    );
    expect(f.behind.reduce((n, u) => n + u.count, 0)).toBe(30);
  });

  it('without 滞后 counting, reported 滞后 stays in progress', () => {
    const f = noticeFacts(generatedLedger(100), '2026-06-30', DATES_ONLY);
    expect([f.overdue, f.lagging, f.late.length, f.inProgress]).toEqual([20, 0, 20, 70]);
  });

  it('the seed with statuses on 2026-11-29: four done, eight overdue, two reported 滞后', () => {
    const f = noticeFacts(seedLedger(), '2026-11-29', LAGGING_COUNTS);
    expect([f.total, f.done, f.donePercent, f.overdue, f.lagging]).toEqual([24, 4, '16.7', 8, 2]);
    expect(f.late.map((j) => j.task.no)).toEqual([5, 6, 9, 12, 13, 14, 17, 21, 23, 24]);
    expect(f.late.find((j) => j.task.no === 9)?.lateSince).toBe('2015-09-01');
    expect(f.late.find((j) => j.task.no === 5)?.lateSince).toBe('2015-08-20');
  });

  it('percentText rounds to one decimal and drops .0', () => {
    expect([percentText(1, 3), percentText(1, 4), percentText(0, 0), percentText(2, 2)]).toEqual([
      '33.3',
      '25',
      '0',
      '100',
    ]);
  });
});
