import { describe, expect, it } from 'vitest';
import { roleOf, sendList, tasksForAgency } from '../../src/reports';
import type { ReportLedgerRow } from '../../src/reports/types';

describe('sendList', () => {
  it('sends units, expands a listed group to its members, and keeps unlisted groups and unnamed names apart', () => {
    const list = sendList(['市财政局', '各乡镇', '有关部门', '各县区人民政府', '东坝镇', '市级各行业主管部门'], {
      各乡镇: ['东坝镇', '西城镇'],
    });
    expect(list).toEqual({
      units: ['市财政局', '东坝镇', '西城镇'],
      groups: [{ name: '各乡镇', members: ['东坝镇', '西城镇'] }],
      unlisted: ['各县区人民政府'],
      unspecified: ['有关部门', '市级各行业主管部门'],
    });
  });

  it('without groups every group is left out and every unit kept', () => {
    expect(sendList(['各成员单位', '市教育局'])).toEqual({
      units: ['市教育局'],
      groups: [],
      unlisted: ['各成员单位'],
      unspecified: [],
    });
  });
});

const row = (no: number, assignments: ReportLedgerRow['assignments']): ReportLedgerRow =>
  ({
    no,
    text: `任务${no}`,
    assignments,
    status: '推进中',
    progress: '',
    deadline: null,
    schedule: '',
  }) as unknown as ReportLedgerRow;

describe('a group member reports on the tasks of its group', () => {
  const rows = [
    row(1, [
      { agency: '市财政局', role: 'lead' },
      { agency: '各乡镇', role: 'support' },
    ]),
    row(2, [{ agency: '各乡镇', role: 'lead' }]),
    row(3, [{ agency: '市教育局', role: 'lead' }]),
  ];
  const groups = { 各乡镇: ['东坝镇', '西城镇'] };

  it('roleOf gives a member the group’s role, and nothing without the groups', () => {
    expect(roleOf(rows[0]!, '东坝镇', {}, groups)).toBe('support');
    expect(roleOf(rows[1]!, '西城镇', {}, groups)).toBe('lead');
    expect(roleOf(rows[2]!, '西城镇', {}, groups)).toBeNull();
    expect(roleOf(rows[1]!, '西城镇')).toBeNull();
  });

  it('tasksForAgency lists a member’s group tasks, leads first', () => {
    expect(tasksForAgency(rows, '东坝镇', {}, groups).map((t) => [t.no, t.role])).toEqual([
      [2, 'lead'],
      [1, 'support'],
    ]);
  });
});
