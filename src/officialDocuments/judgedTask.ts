/**
 * A task as the official documents see it on a day: its warning level under the rule, its effective deadline, how
 * many days it is overdue and since when it has been late.
 */
import {
  addDays,
  daysBetween,
  effectiveDeadline,
  warningLevel,
  type IsoDate,
  type TrackedTask,
  type WarningLevel,
  type WarningRule,
} from '../model';

export interface JudgedTask {
  task: TrackedTask;
  level: WarningLevel;
  /** 延期至 when extended, else the deadline. */
  deadline: IsoDate | null;
  /** Days past the effective deadline (0 when not past it or without one). */
  daysOverdue: number;
  /** Overdue: the day after the deadline; lagging: the day it was reported (null when unknown); else null. */
  lateSince: IsoDate | null;
}

/**
 * Judges one task on `asOf` under the rule.
 * @example judgeTask(task, '2026-11-29', DEFAULT_WARNING_RULE).daysOverdue // 3 for a deadline of 2026-11-26
 */
export function judgeTask(task: TrackedTask, asOf: IsoDate, rule: WarningRule): JudgedTask {
  const deadline = effectiveDeadline(task);
  const level = warningLevel({ deadline, status: task.status }, asOf, rule);
  const daysOverdue = level === 'overdue' && deadline !== null ? daysBetween(deadline, asOf) : 0;
  const lateSince =
    level === 'overdue' && deadline !== null ? addDays(deadline, 1) : level === 'lagging' ? task.updated : null;
  return { task, level, deadline, daysOverdue, lateSince };
}

/** The lead agencies of a task; without a lead, the jointly responsible ones. */
export function leadAgencies(task: TrackedTask): string[] {
  const leads = task.assignments.filter((a) => a.role === 'lead').map((a) => a.agency);
  return leads.length > 0 ? leads : task.assignments.filter((a) => a.role === 'joint').map((a) => a.agency);
}
