/** What the pane says about a task's deadline on a given day: a tone for colour and words that carry the same meaning. */
import {
  daysBetween,
  effectiveDeadline,
  isDone,
  PRESET_LIGHTS,
  warningLevel,
  type IsoDate,
  type Light,
  type TrackedTask,
  type WarningRule,
} from '../../model';
import type { Strings } from '../i18n/strings';

export type DeadlineTone = 'danger' | 'warning' | 'success' | 'brand' | 'informative' | 'subtle';

/** The badge colour of each light of the rule's preset (蓝黄红's blue 临期 is the brand blue). */
const LIGHT_TONE: Record<Light, DeadlineTone> = { red: 'danger', yellow: 'warning', blue: 'brand', green: 'success' };

export interface DeadlineInfo {
  tone: DeadlineTone;
  /** Short words for the badge, e.g. 逾期 12 天 / 剩 5 天 / 持续实施. */
  label: string;
  /** The deadline in force (the extension's date when extended), or null. */
  deadline: IsoDate | null;
  /** Extension text, e.g. 已延期至 … （原期限 …）, or null. */
  extension: string | null;
}

/**
 * The badge of a task under the warning rule: its colour is the preset's light for the task's level (`warningLevel`, as
 * the 预警 column judges it), its words the days left or overdue. A task without a date keeps its neutral words and tone
 * unless the rule makes it 滞后.
 * @example deadlineInfo(task, '2026-11-29', { preset: '蓝黄红', dueSoonDays: 7, laggingCounts: false }, ZH_CN).tone // 'brand' for a task due in 3 days
 */
export function deadlineInfo(task: TrackedTask, asOf: IsoDate, rule: WarningRule, s: Strings): DeadlineInfo {
  const deadline = effectiveDeadline(task);
  const extension = task.extension ? s.extendedTo(task.extension.date, task.deadline ?? s.noDeadline) : null;
  if (isDone(task.status)) return { tone: 'success', label: s.doneOnTime, deadline, extension };
  const level = warningLevel({ deadline, status: task.status }, asOf, rule);
  const tone = LIGHT_TONE[PRESET_LIGHTS[rule.preset][level]];
  const left = deadline === null ? Number.NaN : daysBetween(asOf, deadline);
  if (Number.isNaN(left)) {
    const neutral: DeadlineTone = deadline === null && !task.ongoing ? 'subtle' : 'informative';
    return {
      tone: level === 'lagging' ? tone : neutral,
      label: task.ongoing ? s.ongoing : s.noDeadline,
      deadline,
      extension,
    };
  }
  if (left < 0) return { tone, label: s.overdueDays(-left), deadline, extension };
  return { tone, label: left === 0 ? s.dueToday : s.daysLeft(left), deadline, extension };
}
