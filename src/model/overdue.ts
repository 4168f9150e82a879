/**
 * Overdue and traffic lights: computed from the deadline, the status and a given day, never typed.
 */
import { daysBetween } from './dates';
import { isDone } from './status';
import type { IsoDate, Light } from './types';

interface TaskTiming {
  deadline: IsoDate | null;
  status: string | null;
}

/**
 * Days from `asOf` to the deadline: 0 on the day, negative once it has passed (NaN for an invalid date).
 * @example daysLeft('2015-08-31', '2015-08-25') // 6
 */
export function daysLeft(deadline: IsoDate, asOf: IsoDate): number {
  return daysBetween(asOf, deadline);
}

/**
 * Whether a task is overdue on `asOf`: it has a deadline, `asOf` is after it, and it is not done.
 * A task with no deadline (ongoing or ambiguous) is never overdue.
 * @example isOverdue({ deadline: '2015-08-31', status: '推进中' }, '2015-09-01') // true
 */
export function isOverdue(task: TaskTiming, asOf: IsoDate): boolean {
  if (task.deadline === null || isDone(task.status)) return false;
  return daysLeft(task.deadline, asOf) < 0;
}

/**
 * The task's light on `asOf`: green when done, red when overdue, yellow when the deadline is within
 * `warnDays` days (0 ≤ days left ≤ warnDays), else green.
 * @example trafficLight({ deadline: '2015-08-31', status: '推进中' }, '2015-08-25', 7) // 'yellow'
 */
export function trafficLight(task: TaskTiming, asOf: IsoDate, warnDays: number): Exclude<Light, 'blue'> {
  if (isDone(task.status)) return 'green';
  if (isOverdue(task, asOf)) return 'red';
  if (task.deadline === null) return 'green';
  const left = daysLeft(task.deadline, asOf);
  return left >= 0 && left <= warnDays ? 'yellow' : 'green';
}
