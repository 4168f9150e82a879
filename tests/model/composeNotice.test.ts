import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { composeNotice } from '../../src/model/composeNotice';
import { parseTaskTable } from '../../src/model/parseTaskTable';
import { trackTasks } from '../../src/model/queries';
import type { Status, TrackedTask } from '../../src/model/types';

const SEED = readFileSync(
  new URL('../../seeds/guangyuan-vocational-education-key-tasks-2015.txt', import.meta.url),
  'utf8',
);
const tracked = trackTasks(parseTaskTable(SEED).tasks);

function withStatuses(statuses: Record<number, Status>, tasks: readonly TrackedTask[] = tracked): TrackedTask[] {
  return tasks.map((t) => ({ ...t, status: statuses[t.no] ?? t.status }));
}

const FIRST: TrackedTask = tracked[0] ?? {
  no: 1,
  section: null,
  text: '',
  units: '',
  assignments: [],
  schedule: '',
  deadline: null,
  ongoing: false,
  ambiguous: false,
  leaders: [],
  line: 1,
  status: '未启动',
  progress: '',
  updated: null,
  reporter: '',
  extension: null,
};

const OVERDUE_2026 =
  '逾期9项：第2项（市教育局牵头）、第9项（市教育局牵头）、第12项（市经济和信息化委牵头）、第13项（市教育局等）、' +
  '第14项（市财政局牵头）、第17项（市教育局牵头）、第21项（市人力资源和社会保障局等）、第23项（市教育局牵头）、第24项（市教育局等）。';

describe('composeNotice', () => {
  it('the seed as imported: nothing done, nine overdue with their lead (or first joint) agencies', () => {
    expect(composeNotice(tracked, '2026-11-29')).toBe(
      `截至2026年11月29日，24项任务中已完成0项，占0%；推进中0项；滞后0项；未启动24项；${OVERDUE_2026}`,
    );
  });

  it('with the due-soon window: says 滞后 is reported and 逾期 computed from the deadline, and names the 临期 tasks', () => {
    expect(composeNotice(tracked, '2015-08-25', { warnDays: 7 })).toBe(
      '截至2015年8月25日，24项任务中已完成0项，占0%；推进中0项；滞后（单位报告）0项；未启动24项；' +
        '逾期（已过期限仍未完成）1项：第21项（市人力资源和社会保障局等）；' +
        '临期（7天内到期）5项：第9项（市教育局牵头）、第12项（市经济和信息化委牵头）、第13项（市教育局等）、第23项（市教育局牵头）、第24项（市教育局等）。',
    );
    // A window of 5 days ends before 8月31日: nothing is due soon yet.
    expect(composeNotice(tracked, '2015-08-25', { warnDays: 5 })).toMatch(/；临期（5天内到期）0项。$/);
  });

  it('before any deadline: no overdue items', () => {
    expect(composeNotice(tracked, '2015-05-01')).toBe(
      '截至2015年5月1日，24项任务中已完成0项，占0%；推进中0项；滞后0项；未启动24项；逾期0项。',
    );
  });

  it('counts statuses and lists lagging items; done items are never overdue', () => {
    const tasks = withStatuses({
      1: '已完成',
      2: '已完成',
      3: '已完成',
      4: '已完成',
      5: '已完成',
      9: '已完成',
      7: '推进中',
      12: '滞后',
      22: '滞后',
    });
    expect(composeNotice(tasks, '2015-09-01')).toBe(
      '截至2015年9月1日，24项任务中已完成6项，占25%；推进中1项；滞后2项：第12项（市经济和信息化委牵头）、第22项（各县区人民政府等）；' +
        '未启动15项；逾期5项：第12项（市经济和信息化委牵头）、第13项（市教育局等）、第21项（市人力资源和社会保障局等）、第23项（市教育局牵头）、第24项（市教育局等）。',
    );
  });

  test.each([
    [7, 24, '29.2'],
    [1, 3, '33.3'],
    [2, 3, '66.7'],
    [3, 3, '100'],
    [1, 8, '12.5'],
    [1, 200, '0.5'],
  ])('%i of %i done → 占%s%%', (done, total, share) => {
    const tasks = Array.from({ length: total }, (_, i) => ({ ...FIRST, no: i + 1 }));
    const statuses: Record<number, Status> = {};
    tasks.slice(0, done).forEach((t) => (statuses[t.no] = '已完成'));
    expect(composeNotice(withStatuses(statuses, tasks), '2015-01-01')).toContain(`已完成${done}项，占${share}%；`);
  });

  it('caps each list at maxListed and ends it with 等N项', () => {
    expect(composeNotice(tracked, '2026-11-29', { maxListed: 3 })).toBe(
      '截至2026年11月29日，24项任务中已完成0项，占0%；推进中0项；滞后0项；未启动24项；' +
        '逾期9项：第2项（市教育局牵头）、第9项（市教育局牵头）、第12项（市经济和信息化委牵头）等9项。',
    );
    const allLagging = withStatuses(Object.fromEntries(tracked.map((t) => [t.no, '滞后'])));
    expect(composeNotice(allLagging, '2015-01-01')).toMatch(
      /滞后24项：第1项（市教育局等）、.*、第10项（市教育局等）等24项；未启动0项；逾期0项。$/,
    );
  });

  it('uses the extension date for overdue', () => {
    const tasks = tracked.map((t) =>
      t.no === 2 ? { ...t, extension: { date: '2027-12-31', reason: '评估推迟' } } : t,
    );
    expect(composeNotice(tasks, '2026-11-29')).toContain('逾期8项：第9项（市教育局牵头）');
  });

  it('several leads are all named; a task without agencies is named by number', () => {
    const first = FIRST;
    const tasks: TrackedTask[] = [
      {
        ...first,
        no: 1,
        status: '滞后',
        assignments: [
          { agency: '市教育局', role: 'lead' },
          { agency: '市财政局', role: 'lead' },
          { agency: '市民政局', role: 'support' },
        ],
      },
      { ...first, no: 2, status: '滞后', assignments: [] },
      { ...first, no: 3, status: '滞后', assignments: [{ agency: '市民政局', role: 'joint' }] },
    ];
    expect(composeNotice(tasks, '2015-01-01')).toBe(
      '截至2015年1月1日，3项任务中已完成0项，占0%；推进中0项；滞后3项：第1项（市教育局、市财政局牵头）、第2项、第3项（市民政局）；未启动0项；逾期0项。',
    );
  });

  it('no tasks', () => {
    expect(composeNotice([], '2026-11-29')).toBe('截至2026年11月29日，暂无任务。');
  });
});
