/**
 * Shared inputs for the workbook tests: the seed table, hand-made tasks, a 10,000-task table.
 */
import { readFileSync } from 'node:fs';
import { parseTaskTable, type Task, type TaskTable } from '../../src/model';

const SEED_TEXT = readFileSync(
  new URL('../../seeds/guangyuan-vocational-education-key-tasks-2015.txt', import.meta.url),
  'utf8',
);
export const SEED_SOURCE = { name: '内置示例', text: SEED_TEXT };
export const IMPORTED_AT = '2026-11-29T02:00:00.000Z';
export const NOW = '2026-11-29T03:00:00.000Z';

/** The seed, parsed fresh for each test (tests may change it). */
export function seedTable(): TaskTable {
  return parseTaskTable(SEED_TEXT);
}

/** A task with the given number and text, led by 市教育局, due 2026-12-31. */
export function makeTask(no: number, text: string, overrides: Partial<Task> = {}): Task {
  return {
    no,
    section: 1,
    text,
    units: '市教育局牵头，市财政局配合',
    assignments: [
      { agency: '市教育局', role: 'lead' },
      { agency: '市财政局', role: 'support' },
    ],
    schedule: '2026年底前',
    deadline: '2026-12-31',
    ongoing: false,
    ambiguous: false,
    leaders: [],
    line: no,
    ...overrides,
  };
}

/** A table of `count` tasks made by repeating the seed's tasks with new numbers. */
export function largeTable(count: number): TaskTable {
  const seed = seedTable();
  const tasks = Array.from({ length: count }, (_, i) => {
    const base = seed.tasks[i % seed.tasks.length] as Task;
    return { ...base, no: i + 1, line: i + 1 };
  });
  return { ...seed, tasks };
}
