import { describe, expect, it, test } from 'vitest';
import { warningLevel, warningLight, warningPresetOf, type WarningRule } from '../../src/model/warningRule';
import { composeNotice } from '../../src/model/composeNotice';
import { countBySection, filterTasks } from '../../src/model/queries';
import type { TrackedTask } from '../../src/model/types';

const RGY: WarningRule = { preset: '红黄绿', dueSoonDays: 7, laggingCounts: false };
const RGY_LATE: WarningRule = { preset: '红黄绿', dueSoonDays: 7, laggingCounts: true };
const BYR: WarningRule = { preset: '蓝黄红', dueSoonDays: 7, laggingCounts: true };
const BYR_DATES: WarningRule = { preset: '蓝黄红', dueSoonDays: 3, laggingCounts: false };
const AS_OF = '2026-11-29';

describe('warningLevel', () => {
  test.each([
    // deadline, status, rule, level
    ['2026-11-28', '推进中', RGY, 'overdue'],
    ['2026-11-28', '已办结', RGY, 'done'],
    ['2026-11-29', '推进中', RGY, 'dueSoon'],
    ['2026-12-06', '推进中', RGY, 'dueSoon'],
    ['2026-12-07', '推进中', RGY, 'onTrack'],
    ['2026-12-31', '滞后', RGY, 'onTrack'],
    ['2026-12-31', '滞后', RGY_LATE, 'lagging'],
    ['2026-12-01', '滞后', RGY_LATE, 'lagging'],
    ['2026-11-01', '滞后', RGY_LATE, 'overdue'],
    [null, '滞后', RGY_LATE, 'lagging'],
    [null, '滞后', RGY, 'onTrack'],
    [null, '推进中', BYR, 'onTrack'],
    ['2026-12-02', '推进中', BYR_DATES, 'dueSoon'],
    ['2026-12-03', '推进中', BYR_DATES, 'onTrack'],
    ['2026-12-03', 'delayed', BYR, 'lagging'],
  ] as const)('%s %s → %s', (deadline, status, rule, level) => {
    expect(warningLevel({ deadline, status }, AS_OF, rule)).toBe(level);
  });
});

describe('warningLight', () => {
  test.each([
    ['2026-11-28', '推进中', RGY, 'red'],
    ['2026-12-01', '推进中', RGY, 'yellow'],
    ['2026-12-31', '滞后', RGY_LATE, 'red'],
    ['2026-12-31', '推进中', RGY, 'green'],
    ['2026-11-28', '推进中', BYR, 'red'],
    ['2026-12-31', '滞后', BYR, 'yellow'],
    ['2026-12-01', '推进中', BYR, 'blue'],
    ['2026-12-31', '推进中', BYR, 'green'],
    ['2026-11-01', '已完成', BYR, 'green'],
  ] as const)('%s %s (%o) → %s', (deadline, status, rule, light) => {
    expect(warningLight({ deadline, status }, AS_OF, rule)).toBe(light);
  });
});

describe('warningPresetOf', () => {
  it('reads the two presets and refuses anything else', () => {
    expect(warningPresetOf(' 蓝黄红 ')).toBe('蓝黄红');
    expect(warningPresetOf('红黄绿')).toBe('红黄绿');
    expect(warningPresetOf('红绿')).toBeNull();
    expect(warningPresetOf(3)).toBeNull();
  });
});

describe("the rule in the pane's queries: 临期 filter, per-section counts and the notice", () => {
  // On 2026-11-29, window 7: task 1 due in 3 days (推进中), task 2 due in 3 days but reported 滞后, task 3 overdue.
  const base = {
    section: 1,
    text: '任务',
    units: '市教育局',
    assignments: [{ agency: '市教育局', role: 'lead' as const }],
    schedule: '',
    ongoing: false,
    ambiguous: false,
    leaders: [],
    line: 1,
    progress: '',
    updated: null,
    reporter: '',
    extension: null,
  };
  const tasks: TrackedTask[] = [
    { ...base, no: 1, deadline: '2026-12-02', status: '推进中' },
    { ...base, no: 2, deadline: '2026-12-02', status: '滞后' },
    { ...base, no: 3, deadline: '2026-11-20', status: '推进中' },
  ];
  const counts: WarningRule = { preset: '蓝黄红', dueSoonDays: 7, laggingCounts: true };
  const dates: WarningRule = { preset: '蓝黄红', dueSoonDays: 7, laggingCounts: false };

  test('filterTasks: 临期 leaves out the 滞后 task only when 滞后 counts', () => {
    expect(filterTasks(tasks, { dueSoonOnly: true }, { asOf: '2026-11-29', warnDays: 7 }).map((t) => t.no)).toEqual([
      1, 2,
    ]);
    expect(
      filterTasks(tasks, { dueSoonOnly: true }, { asOf: '2026-11-29', warnDays: 7, rule: dates }).map((t) => t.no),
    ).toEqual([1, 2]);
    expect(
      filterTasks(tasks, { dueSoonOnly: true }, { asOf: '2026-11-29', warnDays: 7, rule: counts }).map((t) => t.no),
    ).toEqual([1]);
  });

  test('countBySection: overdue 1 either way; 临期 2 by the dates, 1 when 滞后 counts', () => {
    const sections = [{ no: 1, numeral: '一', title: '测试' }];
    expect(countBySection(tasks, sections, { asOf: '2026-11-29', warnDays: 7, rule: dates })[0]).toMatchObject({
      overdue: 1,
      dueSoon: 2,
    });
    expect(countBySection(tasks, sections, { asOf: '2026-11-29', warnDays: 7, rule: counts })[0]).toMatchObject({
      overdue: 1,
      dueSoon: 1,
    });
  });

  test('composeNotice lists 临期 under the rule', () => {
    expect(composeNotice(tasks, '2026-11-29', { warnDays: 7, rule: dates })).toContain(
      '临期（7天内到期）2项：第1项（市教育局牵头）、第2项（市教育局牵头）。',
    );
    expect(composeNotice(tasks, '2026-11-29', { warnDays: 7, rule: counts })).toContain(
      '临期（7天内到期）1项：第1项（市教育局牵头）。',
    );
  });
});
