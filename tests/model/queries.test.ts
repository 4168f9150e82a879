import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { parseTaskTable } from '../../src/model/parseTaskTable';
import { countByAgency, countBySection, effectiveDeadline, filterTasks, trackTasks } from '../../src/model/queries';
import type { QueryContext } from '../../src/model/queries';
import type { Status, TaskFilter, TrackedTask } from '../../src/model/types';

const SEED = readFileSync(
  new URL('../../seeds/guangyuan-vocational-education-key-tasks-2015.txt', import.meta.url),
  'utf8',
);
const table = parseTaskTable(SEED);
const tracked = trackTasks(table.tasks);
const NOW: QueryContext = { asOf: '2026-11-29', warnDays: 14 };

/** The seed's tasks with some statuses and an extension entered. */
function withEntries(entries: Record<number, Partial<TrackedTask>>): TrackedTask[] {
  return tracked.map((t) => ({ ...t, ...(entries[t.no] ?? {}) }));
}

const nos = (tasks: readonly TrackedTask[]) => tasks.map((t) => t.no);

describe('trackTasks', () => {
  it('adds empty ledger fields with status 未启动', () => {
    expect(tracked).toHaveLength(24);
    expect(tracked[1]).toEqual({
      ...table.tasks[1],
      status: '未启动',
      progress: '',
      updated: null,
      reporter: '',
      extension: null,
    });
  });
});

describe('effectiveDeadline', () => {
  test.each([
    ['2015-08-31', null, '2015-08-31'],
    ['2015-08-31', { date: '2016-03-31', reason: '待上级批复' }, '2016-03-31'],
    [null, null, null],
    [null, { date: '2016-03-31', reason: '新增期限' }, '2016-03-31'],
  ] as const)('deadline %s with extension %j → %s', (deadline, extension, expected) => {
    expect(effectiveDeadline({ deadline, extension })).toBe(expected);
  });
});

describe('filterTasks over the seed', () => {
  test.each<[string, TaskFilter, QueryContext, number[]]>([
    ['everything', {}, NOW, Array.from({ length: 24 }, (_, i) => i + 1)],
    ['section 1', { section: 1 }, NOW, [1, 2, 3, 4, 5, 6]],
    ['section 2', { section: 2 }, NOW, [7, 8, 9, 10, 11, 12, 13]],
    ['section 3', { section: 3 }, NOW, [14, 15, 16, 17, 18, 19, 20, 21]],
    ['section 4', { section: 4 }, NOW, [22, 23, 24]],
    ['no section', { section: null }, NOW, []],
    ['市财政局 as lead', { agency: '市财政局', role: 'lead' }, NOW, [14]],
    ['市财政局 as support', { agency: '市财政局', role: 'support' }, NOW, [2, 6, 9, 17]],
    ['市财政局 in any role', { agency: '市财政局' }, NOW, [2, 6, 9, 10, 14, 15, 16, 17, 18, 19, 20]],
    ['市教育局 as lead', { agency: '市教育局', role: 'lead' }, NOW, [2, 3, 4, 9, 17, 23]],
    ['市人社局 (short form) as lead', { agency: '市人社局', role: 'lead' }, NOW, [5, 6]],
    ['the seed typo as lead', { agency: '市人力资和源社会保障局', role: 'lead' }, NOW, [5, 6]],
    ['市教育局 jointly', { agency: '市教育局', role: 'joint' }, NOW, [1, 7, 8, 10, 11, 13, 16, 18, 19, 20, 21, 24]],
    [
      'an alias the user added',
      { agency: '教育局' },
      { ...NOW, aliases: { 教育局: '市教育局' } },
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 23, 24],
    ],
    ['an agency nobody has', { agency: '市卫生局' }, NOW, []],
    ['a blank agency does not narrow', { agency: '  ' }, NOW, Array.from({ length: 24 }, (_, i) => i + 1)],
    ['status 未启动', { status: '未启动' }, NOW, Array.from({ length: 24 }, (_, i) => i + 1)],
    ['status 已完成', { status: '已完成' }, NOW, []],
    ['overdue in 2026', { overdueOnly: true }, NOW, [2, 9, 12, 13, 14, 17, 21, 23, 24]],
    ['overdue on 2015-09-01', { overdueOnly: true }, { asOf: '2015-09-01', warnDays: 14 }, [9, 12, 13, 21, 23, 24]],
    ['due soon on 2015-08-20', { dueSoonOnly: true }, { asOf: '2015-08-20', warnDays: 14 }, [9, 12, 13, 23, 24]],
    ['due soon on 2015-08-10 (window 14 days)', { dueSoonOnly: true }, { asOf: '2015-08-10', warnDays: 14 }, []],
    ['keyword 信息化', { keyword: '信息化' }, NOW, [5, 9, 10, 12, 13, 18]],
    ['keyword 人行', { keyword: '人行' }, NOW, [16, 17]],
    ['keyword in the schedule', { keyword: '出台具体措施' }, NOW, [2, 9, 12, 14, 17, 21, 23, 24]],
    ['keyword as a number', { keyword: '23' }, NOW, [23]],
    ['two keywords must both match', { keyword: ' 职业院校  财政 ' }, NOW, [2, 9, 10, 14, 16, 17]],
    ['keyword with nothing', { keyword: '无此内容' }, NOW, []],
    ['section and agency and keyword', { section: 3, agency: '市教育局', role: 'lead', keyword: '民办' }, NOW, [17]],
  ])('%s', (_name, filter, context, expected) => {
    expect(nos(filterTasks(tracked, filter, context))).toEqual(expected);
  });

  it('status, overdue and extensions work together', () => {
    const tasks = withEntries({
      2: { status: '已完成' },
      9: { status: '推进中', extension: { date: '2027-06-30', reason: '编制调整待批复' } },
      12: { status: '滞后', progress: '校企合作政策已起草，待审议' },
    });
    expect(nos(filterTasks(tasks, { overdueOnly: true }, NOW))).toEqual([12, 13, 14, 17, 21, 23, 24]);
    expect(nos(filterTasks(tasks, { status: '滞后' }, NOW))).toEqual([12]);
    expect(nos(filterTasks(tasks, { keyword: '待审议' }, NOW))).toEqual([12]);
    // The extension's date is the one that can be due soon.
    expect(nos(filterTasks(tasks, { dueSoonOnly: true }, { asOf: '2027-06-20', warnDays: 14 }))).toEqual([9]);
  });

  it('keywords ignore case', () => {
    const tasks = withEntries({ 3: { progress: 'OA系统已上线' } });
    expect(nos(filterTasks(tasks, { keyword: 'oa' }, NOW))).toEqual([3]);
    expect(nos(filterTasks(tasks, { keyword: 'Oa系统' }, NOW))).toEqual([3]);
  });

  it('keeps the element type and the order', () => {
    const rows = tracked.map((t) => ({ ...t, version: `v${t.no}` }));
    const found = filterTasks(rows, { section: 4 }, NOW);
    expect(found.map((r) => r.version)).toEqual(['v22', 'v23', 'v24']);
  });

  it('filters 10,000 tasks by two keywords: every task holding both, none other', () => {
    // The time is measured in bench/worstCase.bench.ts; here the result, counted from the seed independently.
    const many: TrackedTask[] = [];
    for (let i = 0; i < 10_000; i += 1) {
      const base = tracked[i % 24];
      if (base) many.push({ ...base, no: i + 1 });
    }
    const holds = (t: TrackedTask) =>
      [t.no, t.text, t.units, t.schedule, t.progress].join('\n').includes('信息化') &&
      [t.text, t.units, t.schedule, t.progress].join('\n').includes('职业');
    const perCycle = tracked.filter(holds).length;
    const found = filterTasks(many, { keyword: '信息化 职业' }, NOW);
    expect(perCycle).toBeGreaterThan(0);
    expect(found.length).toBeGreaterThanOrEqual(Math.floor(10_000 / 24) * perCycle);
    expect(found.length).toBeLessThanOrEqual(Math.ceil(10_000 / 24) * perCycle);
    expect(found.every(holds)).toBe(true);
  });
});

describe('countByAgency', () => {
  const counts = countByAgency(table.tasks);
  test.each([
    ['市教育局', 6, 4, 12, 22],
    ['市财政局', 1, 4, 6, 11],
    ['市人力资源和社会保障局', 2, 5, 11, 18],
    ['市经济和信息化委', 1, 2, 3, 6],
    ['人行广元市中心支行', 0, 1, 1, 2],
  ])('%s: lead %i, support %i, joint %i, total %i', (agency, lead, support, joint, total) => {
    expect(counts.find((c) => c.agency === agency)).toEqual({ agency, lead, support, joint, total });
  });

  it('lists agencies in order of first appearance, each once', () => {
    expect(counts.slice(0, 4).map((c) => c.agency)).toEqual([
      '市教育局',
      '市人力资源和社会保障局',
      '市发展改革委',
      '市财政局',
    ]);
    expect(new Set(counts.map((c) => c.agency)).size).toBe(counts.length);
    expect(counts.map((c) => c.agency)).not.toContain('市人力资和源社会保障局');
  });

  it('applies aliases given at counting time', () => {
    const merged = countByAgency(table.tasks, { aliases: { 市财政局: '市教育局' } });
    expect(merged.find((c) => c.agency === '市财政局')).toBeUndefined();
    // Tasks naming both count once, with the strongest role.
    const both = merged.find((c) => c.agency === '市教育局');
    expect(both?.total).toBe(23);
  });

  it('an agency named twice in one task counts once, with its strongest role', () => {
    const [task] = table.tasks;
    if (!task) throw new Error('seed has tasks');
    const doubled = {
      ...task,
      assignments: [
        { agency: '市教育局', role: 'support' as const },
        { agency: '市教育局', role: 'lead' as const },
      ],
    };
    expect(countByAgency([doubled])).toEqual([{ agency: '市教育局', lead: 1, support: 0, joint: 0, total: 1 }]);
  });

  it('no tasks, no counts', () => {
    expect(countByAgency([])).toEqual([]);
  });
});

describe('countBySection', () => {
  const zero: Record<Status, number> = { 未启动: 0, 推进中: 0, 滞后: 0, 已完成: 0 };

  it('counts the seed per section in section order', () => {
    expect(countBySection(tracked, table.sections, NOW)).toEqual([
      {
        section: 1,
        title: '构建现代职业教育衔接沟通体系',
        total: 6,
        byStatus: { ...zero, 未启动: 6 },
        overdue: 1,
        dueSoon: 0,
        done: 0,
      },
      {
        section: 2,
        title: '提升职业教育综合实力',
        total: 7,
        byStatus: { ...zero, 未启动: 7 },
        overdue: 3,
        dueSoon: 0,
        done: 0,
      },
      {
        section: 3,
        title: '提升发展保障水平',
        total: 8,
        byStatus: { ...zero, 未启动: 8 },
        overdue: 3,
        dueSoon: 0,
        done: 0,
      },
      {
        section: 4,
        title: '落实政府和部门职责',
        total: 3,
        byStatus: { ...zero, 未启动: 3 },
        overdue: 2,
        dueSoon: 0,
        done: 0,
      },
    ]);
  });

  it('counts statuses, done, overdue and due soon', () => {
    const tasks = withEntries({ 9: { status: '已完成' }, 10: { status: '推进中' }, 12: { status: '滞后' } });
    const [, second] = countBySection(tasks, table.sections, { asOf: '2015-08-20', warnDays: 14 });
    expect(second).toEqual({
      section: 2,
      title: '提升职业教育综合实力',
      total: 7,
      byStatus: { 未启动: 4, 推进中: 1, 滞后: 1, 已完成: 1 },
      overdue: 0,
      dueSoon: 2,
      done: 1,
    });
  });

  it('adds a trailing entry for tasks outside every section, only when there are some', () => {
    const tasks = [...tracked.slice(0, 2), { ...tracked[2], section: null } as TrackedTask];
    const counts = countBySection(tasks, table.sections, NOW);
    expect(counts.map((c) => [c.section, c.total])).toEqual([
      [1, 2],
      [2, 0],
      [3, 0],
      [4, 0],
      [null, 1],
    ]);
    expect(counts[4]?.title).toBe('未分节');
  });
});
