import { describe, expect, test } from 'vitest';
import type { Task } from '../../../src/model';
import { previewTask, type PreviewDeadline } from '../../../src/taskpane/import/previewTask';

const task = (change: Partial<Task>): Task => ({
  no: 1,
  section: null,
  text: '任务。',
  units: '',
  assignments: [],
  schedule: '',
  deadline: null,
  ongoing: false,
  ambiguous: false,
  leaders: [],
  line: 2,
  ...change,
});

describe('previewTask', () => {
  test.each<[string, Partial<Task>, PreviewDeadline]>([
    [
      'a deadline',
      { schedule: '2024年第三季度', deadline: '2024-09-30' },
      { kind: 'date', date: '2024-09-30', ongoing: false },
    ],
    [
      'a deadline, then ongoing',
      { schedule: '2024年底前完成，长期坚持', deadline: '2024-12-31', ongoing: true },
      { kind: 'date', date: '2024-12-31', ongoing: true },
    ],
    ['ongoing', { schedule: '持续实施', ongoing: true }, { kind: 'ongoing' }],
    ['ambiguous: to confirm', { schedule: '2016年9月前', ambiguous: true }, { kind: 'unsure' }],
    ['unreadable', { schedule: '视情况而定' }, { kind: 'unread' }],
    ['no schedule', { schedule: '  ' }, { kind: 'none' }],
  ])('deadline: %s', (_, change, expected) => {
    expect(previewTask(task(change)).deadline).toEqual(expected);
  });

  test('agencies by role, leaders apart, long text shortened to 40 characters', () => {
    const preview = previewTask(
      task({
        text: '一二三四五六七八九十'.repeat(5),
        assignments: [
          { agency: '市教育局', role: 'lead' },
          { agency: '市财政局', role: 'support' },
          { agency: '市人社局', role: 'support' },
        ],
        leaders: ['张华'],
      }),
    );
    expect(preview).toMatchObject({
      lead: ['市教育局'],
      support: ['市财政局', '市人社局'],
      joint: [],
      leaders: ['张华'],
      text: `${'一二三四五六七八九十'.repeat(4)}…`,
    });
  });
});
