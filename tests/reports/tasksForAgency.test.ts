import { describe, expect, it, test } from 'vitest';
import { reportAgencies, roleOf, tasksForAgency } from '../../src/reports';
import { seedRows } from './seedLedger';

const rows = seedRows();

describe('reportAgencies', () => {
  // The seed's 19 agencies after normalisation, most tasks first (as countByAgency orders them); the typo 市人力资和源社会保障局 is read as 市人力资源和社会保障局.
  const SEED_AGENCIES = [
    '市教育局',
    '市人力资源和社会保障局',
    '市发展改革委',
    '市财政局',
    '市经济和信息化委',
    '市级各行业主管部门',
    '市农业局',
    '市扶贫和移民局',
    '市残联',
    '市人民政府',
    '各县区人民政府',
    '市委编办',
    '市法制办',
    '市国资委',
    '人行广元市中心支行',
    '市国土资源局',
    '市地税局',
    '市国税局',
    '市级有关部门',
  ];

  it('lists the agencies of the seed once each, after normalisation, most tasks first', () => {
    expect(reportAgencies(rows)).toEqual(SEED_AGENCIES);
  });

  it('merges agencies that user aliases name alike', () => {
    const agencies = reportAgencies(rows, { 市国税局: '市税务局', 市地税局: '市税务局' });
    expect(agencies).toHaveLength(18);
    expect(agencies).toContain('市税务局');
    expect(agencies).not.toContain('市国税局');
    expect(agencies).not.toContain('市地税局');
  });
});

describe('tasksForAgency', () => {
  it('puts lead tasks first, then support, then joint, by number within each', () => {
    const tasks = tasksForAgency(rows, '市教育局');
    expect(tasks.map((t) => t.role)).toEqual([
      ...Array<string>(6).fill('lead'),
      ...Array<string>(4).fill('support'),
      ...Array<string>(12).fill('joint'),
    ]);
    expect(tasks.map((t) => t.no)).toEqual([
      2, 3, 4, 9, 17, 23, 5, 6, 12, 14, 1, 7, 8, 10, 11, 13, 16, 18, 19, 20, 21, 24,
    ]);
  });

  test.each([
    ['市人社局', 18],
    ['市人力资和源社会保障局', 18],
    ['市发改委', 8],
    ['市残联', 1],
    ['市不存在局', 0],
  ])('finds the tasks of %s under any spelling: %i', (agency, count) => {
    expect(tasksForAgency(rows, agency)).toHaveLength(count);
  });

  it('carries status, last progress, deadline and schedule from the ledger', () => {
    const changed = rows.map((r) => (r.no === 2 ? { ...r, status: '推进中' as const, progress: '已起草方案' } : r));
    const task = tasksForAgency(changed, '市教育局')[0];
    expect(task).toEqual({
      no: 2,
      text: '创新发展高等职业教育，确保川北幼专2016年专科办学水平合格评估达标，创建四川健康产业职业技术学院，形成与我市产业布局相协调的职业院校格局。',
      role: 'lead',
      status: '推进中',
      lastProgress: '已起草方案',
      deadline: '2015-12-31',
      schedule: '2015年底前出台具体措施',
    });
  });

  it('reports the strongest role when a task names an agency twice', () => {
    const row = {
      assignments: [
        { agency: '市财政局', role: 'support' as const },
        { agency: '市财政局', role: 'lead' as const },
      ],
    };
    expect(roleOf(row, '市财政局')).toBe('lead');
    expect(roleOf(row, '市教育局')).toBeNull();
  });
});
