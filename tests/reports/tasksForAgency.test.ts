import { describe, expect, it, test } from 'vitest';
import { countByAgency } from '../../src/model';
import { reportAgencies, roleOf, tasksForAgency } from '../../src/reports';
import { seedRows } from './seedLedger';

const rows = seedRows();

describe('reportAgencies', () => {
  it('lists the agencies of the seed (about 20) once each, after normalisation, as the model counts them', () => {
    const agencies = reportAgencies(rows);
    expect(agencies).toEqual(countByAgency(rows).map((c) => c.agency));
    expect(agencies.length).toBeGreaterThanOrEqual(19);
    expect(agencies.slice(0, 3)).toEqual(['市教育局', '市人力资源和社会保障局', '市发展改革委']);
    expect(agencies).not.toContain('市人力资和源社会保障局');
  });

  it('merges agencies that user aliases name alike', () => {
    const agencies = reportAgencies(rows, { 市国税局: '市税务局', 市地税局: '市税务局' });
    expect(agencies).toHaveLength(reportAgencies(rows).length - 1);
    expect(agencies).toContain('市税务局');
  });
});

describe('tasksForAgency', () => {
  it('puts lead tasks first, then support, then joint, by number within each', () => {
    const tasks = tasksForAgency(rows, '市教育局');
    expect(tasks.map((t) => t.role)).toEqual([...Array<string>(6).fill('lead'), ...Array<string>(4).fill('support'), ...Array<string>(12).fill('joint')]);
    expect(tasks.map((t) => t.no)).toEqual([2, 3, 4, 9, 17, 23, 5, 6, 12, 14, 1, 7, 8, 10, 11, 13, 16, 18, 19, 20, 21, 24]);
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
      text: rows[1]?.text,
      role: 'lead',
      status: '推进中',
      lastProgress: '已起草方案',
      deadline: rows[1]?.deadline,
      schedule: rows[1]?.schedule,
    });
  });

  it('reports the strongest role when a task names an agency twice', () => {
    const row = { assignments: [{ agency: '市财政局', role: 'support' as const }, { agency: '市财政局', role: 'lead' as const }] };
    expect(roleOf(row, '市财政局')).toBe('lead');
    expect(roleOf(row, '市教育局')).toBeNull();
  });
});
