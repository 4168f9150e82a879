import { describe, expect, test } from 'vitest';
import type { Status, TrackedTask, WarningRule } from '../../../src/model';
import { deadlineInfo } from '../../../src/taskpane/shared/deadlineInfo';
import { ZH_CN } from '../../../src/taskpane/i18n/strings';
import { EN_US } from '../../../src/taskpane/i18n/strings.enUS';

const zh = ZH_CN;
const en = EN_US;
const RYG: WarningRule = { preset: '红黄绿', dueSoonDays: 7, laggingCounts: false };

function task(
  deadline: string | null,
  ongoing: boolean,
  status: Status = '推进中',
  extension: TrackedTask['extension'] = null,
): TrackedTask {
  return {
    no: 1,
    section: 1,
    text: '任务',
    units: '市教育局',
    assignments: [{ agency: '市教育局', role: 'lead' }],
    schedule: '',
    deadline,
    ongoing,
    ambiguous: false,
    leaders: [],
    line: 1,
    status,
    progress: '',
    updated: null,
    reporter: '',
    extension,
  };
}

describe('deadlineInfo', () => {
  test.each([
    ['overdue', task('2026-11-17', false), 'danger', '逾期 12 天'],
    ['due today', task('2026-11-29', false), 'warning', '今天到期'],
    ['due soon', task('2026-12-04', false), 'warning', '剩 5 天'],
    ['on track', task('2027-01-31', false), 'success', '剩 63 天'],
    ['ongoing, no deadline', task(null, true), 'informative', '持续实施'],
    ['no deadline, not ongoing', task(null, false), 'subtle', '期限待定'],
    ['done is never overdue', task('2015-08-31', false, '已完成'), 'success', '已完成'],
    ['deadline and ongoing: the deadline counts', task('2026-11-19', true), 'danger', '逾期 10 天'],
  ])('%s', (_, t, tone, label) => {
    const info = deadlineInfo(t, '2026-11-29', RYG, zh);
    expect({ tone: info.tone, label: info.label }).toEqual({ tone, label });
  });

  test('an extension moves the deadline and keeps the original on record', () => {
    const info = deadlineInfo(
      task('2015-08-31', false, '推进中', { date: '2026-12-31', reason: '待省级文件' }),
      '2026-11-29',
      RYG,
      zh,
    );
    expect(info).toEqual({
      tone: 'success',
      label: '剩 32 天',
      deadline: '2026-12-31',
      extension: '已延期至 2026-12-31（原期限 2015-08-31）',
    });
  });

  test('English words with singular and plural', () => {
    expect(deadlineInfo(task('2026-11-28', false), '2026-11-29', RYG, en).label).toBe('1 day overdue');
    expect(deadlineInfo(task('2026-12-01', false), '2026-11-29', RYG, en).label).toBe('2 days left');
  });

  // One task list judged under each preset, 滞后 counting or not, on 2026-11-29 with a 7-day window. Expected tones by
  // hand from the presets: 红黄绿 — 逾期 red (danger), 滞后 red, 临期 yellow (warning); 蓝黄红 — 逾期 red, 滞后 yellow,
  // 临期 blue (brand); done and on track green (success). 滞后 only when it counts; else judged by the dates.
  const cases: [string, TrackedTask][] = [
    ['overdue', task('2026-11-20', false)],
    ['滞后, due in 3 days', task('2026-12-02', false, '滞后')],
    ['滞后, due in 60 days', task('2027-01-28', false, '滞后')],
    ['滞后, overdue', task('2026-11-28', false, '滞后')],
    ['滞后, no deadline', task(null, false, '滞后')],
    ['due in 5 days', task('2026-12-04', false)],
    ['due in 30 days', task('2026-12-29', false)],
    ['done', task('2026-11-01', false, '已完成')],
  ];
  test.each([
    ['红黄绿', false, ['danger', 'warning', 'success', 'danger', 'subtle', 'warning', 'success', 'success']],
    ['红黄绿', true, ['danger', 'danger', 'danger', 'danger', 'danger', 'warning', 'success', 'success']],
    ['蓝黄红', false, ['danger', 'brand', 'success', 'danger', 'subtle', 'brand', 'success', 'success']],
    ['蓝黄红', true, ['danger', 'warning', 'warning', 'danger', 'warning', 'brand', 'success', 'success']],
  ] as const)(
    "preset %s, 滞后 counts %s: each badge has the preset's colour for the task's level",
    (preset, laggingCounts, tones) => {
      const rule: WarningRule = { preset, dueSoonDays: 7, laggingCounts };
      expect(cases.map(([, t]) => deadlineInfo(t, '2026-11-29', rule, zh).tone)).toEqual(tones);
      // The words stay the days: the colour carries the rule.
      expect(deadlineInfo(cases[1]![1], '2026-11-29', rule, zh).label).toBe('剩 3 天');
    },
  );
});
