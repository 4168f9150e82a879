/** What the pane says about a task's deadline on a given day: a tone for colour and words that carry the same meaning. */
import { daysBetween, effectiveDeadline, isDone, type IsoDate, type TrackedTask } from '../../model';
import type { Strings } from '../i18n/strings';

export type DeadlineTone = 'danger' | 'warning' | 'success' | 'informative' | 'subtle';

export interface DeadlineInfo {
  tone: DeadlineTone;
  /** Short words for the badge, e.g. 逾期 12 天 / 剩 5 天 / 持续实施. */
  label: string;
  /** The deadline in force (the extension's date when extended), or null. */
  deadline: IsoDate | null;
  /** Extension text, e.g. 已延期至 … （原期限 …）, or null. */
  extension: string | null;
}

export function deadlineInfo(task: TrackedTask, asOf: IsoDate, warnDays: number, s: Strings): DeadlineInfo {
  const deadline = effectiveDeadline(task);
  const extension = task.extension ? s.extendedTo(task.extension.date, task.deadline ?? s.noDeadline) : null;
  if (isDone(task.status)) return { tone: 'success', label: s.doneOnTime, deadline, extension };
  if (deadline === null) {
    return { tone: task.ongoing ? 'informative' : 'subtle', label: task.ongoing ? s.ongoing : s.noDeadline, deadline, extension };
  }
  const left = daysBetween(asOf, deadline);
  if (Number.isNaN(left)) return { tone: 'informative', label: task.ongoing ? s.ongoing : s.noDeadline, deadline, extension };
  if (left < 0) return { tone: 'danger', label: s.overdueDays(-left), deadline, extension };
  if (left === 0) return { tone: 'warning', label: s.dueToday, deadline, extension };
  return { tone: left <= warnDays ? 'warning' : 'success', label: s.daysLeft(left), deadline, extension };
}
