/**
 * What a 督查通报 says, as numbers and lists: the counts of 一、总体情况, the units doing well, the late items and the
 * units that have not reported. Pure: the documents and the pane's summary of the export read the same facts.
 */
import type { IsoDate, TrackedTask, WarningRule } from '../model';
import { judgeTask, leadAgencies, type JudgedTask } from './judgedTask';

export interface UnitCount {
  agency: string;
  count: number;
}

export interface NoticeFacts {
  asOf: IsoDate;
  rule: WarningRule;
  total: number;
  done: number;
  /** Share done, one decimal without a trailing `.0` (`29.2`, `25`). */
  donePercent: string;
  /** Neither done nor late (on track or due soon). */
  inProgress: number;
  /** 临期 under the rule. */
  dueSoon: number;
  /** Late: overdue plus (when the rule counts it) reported 滞后, in 序号 order. */
  late: JudgedTask[];
  overdue: number;
  lagging: number;
  /** Lead units with tasks done and none late, most done first. */
  ahead: UnitCount[];
  /** Lead units of late tasks, most late first. */
  behind: UnitCount[];
  /** Lead units with an unfinished task that has never had progress entered. */
  notReported: string[];
}

/** A share with one decimal, without a trailing `.0`. */
export function percentText(part: number, whole: number): string {
  if (whole === 0) return '0';
  const tenths = Math.round((part * 1000) / whole);
  return tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
}

function ranked(counts: Map<string, number>): UnitCount[] {
  return [...counts]
    .map(([agency, count]) => ({ agency, count }))
    .sort((a, b) => b.count - a.count || a.agency.localeCompare(b.agency, 'zh-CN'));
}

function bump(counts: Map<string, number>, agencies: readonly string[]): void {
  for (const agency of new Set(agencies)) counts.set(agency, (counts.get(agency) ?? 0) + 1);
}

/**
 * The facts of the notice for the tasks on `asOf` under the rule.
 * @example noticeFacts(tasks, '2026-11-29', DEFAULT_WARNING_RULE).late.length // tasks overdue on that day
 */
export function noticeFacts(tasks: readonly TrackedTask[], asOf: IsoDate, rule: WarningRule): NoticeFacts {
  const late: JudgedTask[] = [];
  const doneBy = new Map<string, number>();
  const lateBy = new Map<string, number>();
  const silent = new Set<string>();
  let done = 0;
  let dueSoon = 0;
  for (const task of tasks) {
    const judged = judgeTask(task, asOf, rule);
    const leads = leadAgencies(task);
    if (judged.level === 'done') {
      done += 1;
      bump(doneBy, leads);
      continue;
    }
    if (judged.level === 'dueSoon') dueSoon += 1;
    if (judged.level === 'overdue' || judged.level === 'lagging') {
      late.push(judged);
      bump(lateBy, leads);
    }
    if (task.updated === null) for (const agency of leads) silent.add(agency);
  }
  const overdue = late.filter((j) => j.level === 'overdue').length;
  return {
    asOf,
    rule,
    total: tasks.length,
    done,
    donePercent: percentText(done, tasks.length),
    inProgress: tasks.length - done - late.length,
    dueSoon,
    late,
    overdue,
    lagging: late.length - overdue,
    ahead: ranked(new Map([...doneBy].filter(([agency]) => !lateBy.has(agency)))),
    behind: ranked(lateBy),
    notReported: [...silent].sort((a, b) => a.localeCompare(b, 'zh-CN')),
  };
}
