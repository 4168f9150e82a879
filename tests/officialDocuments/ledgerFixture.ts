/**
 * Invented ledgers for the official-document tests: the seed with statuses set by hand, and a generated ledger of any
 * size whose counts are known by construction.
 */
import { readFileSync } from 'node:fs';
import { parseTaskTable } from '../../src/model/parseTaskTable';
import { trackTasks } from '../../src/model/queries';
import type { Status, TrackedTask } from '../../src/model/types';

const SEED = readFileSync(
  new URL('../../seeds/guangyuan-vocational-education-key-tasks-2015.txt', import.meta.url),
  'utf8',
);

/** The seed's tasks with some statuses: 1–4 done, 5–6 reported 滞后, 7 推进中 with progress entered, the rest as imported. */
export function seedLedger(): TrackedTask[] {
  const statuses: Record<number, Status> = {
    1: '已完成',
    2: '已完成',
    3: '已完成',
    4: '已完成',
    5: '滞后',
    6: '滞后',
    7: '推进中',
  };
  return trackTasks(parseTaskTable(SEED).tasks).map((t) => {
    const status = statuses[t.no];
    return status === undefined ? t : { ...t, status, updated: '2015-08-20', progress: '已报送' };
  });
}

const AGENCIES = [
  '市发展改革委',
  '市教育局',
  '市财政局',
  '市人力资源和社会保障局',
  '市住房城乡建设局',
  '市农业农村局',
  '市卫生健康委',
  '市生态环境局',
];

/**
 * `n` tasks judged on 2026-06-30: task i (1-based) is done when i % 10 === 0; due 2026-05-31 (overdue) when i % 10 is
 * 1 or 2; reported 滞后 and due 2026-12-31 when i % 10 is 3; due 2026-07-03 (临期 within 7 days) when i % 10 is 4; due
 * 2026-12-31 otherwise. Leads cycle through eight agencies; each task has the next one as support.
 */
export function generatedLedger(n: number): TrackedTask[] {
  const tasks: TrackedTask[] = [];
  for (let i = 1; i <= n; i += 1) {
    const r = i % 10;
    const lead = AGENCIES[i % AGENCIES.length] ?? '';
    const support = AGENCIES[(i + 1) % AGENCIES.length] ?? '';
    const deadline = r === 1 || r === 2 ? '2026-05-31' : r === 4 ? '2026-07-03' : '2026-12-31';
    const status: Status = r === 0 ? '已完成' : r === 3 ? '滞后' : r === 5 ? '未启动' : '推进中';
    tasks.push({
      no: i,
      section: null,
      text: `第${i}项重点任务：完善工作机制，推进项目建设并按期验收`,
      units: `${lead}牵头，${support}配合`,
      assignments: [
        { agency: lead, role: 'lead' },
        { agency: support, role: 'support' },
      ],
      schedule: deadline,
      deadline,
      ongoing: false,
      ambiguous: false,
      leaders: [],
      line: i,
      status,
      progress: r === 5 ? '' : '按计划推进',
      updated: r === 5 ? null : '2026-06-20',
      reporter: '',
      extension: null,
    });
  }
  return tasks;
}
