/**
 * The notice (通报) sentence: how many tasks are done, in progress, behind, not started and overdue,
 * naming the lagging and overdue items with their lead agencies.
 */
import type { IsoDate, TrackedTask } from './types';
import { isOverdue, trafficLight } from './overdue';
import { isDone } from './status';
import { effectiveDeadline } from './queries';
import { warningLevel, type WarningRule } from './warningRule';

export interface NoticeOptions {
  /** How many items a list names before it ends with `等N项` (default 10). */
  maxListed?: number;
  /**
   * The due-soon window (预警天数). When given, the sentence also names the 临期 tasks (deadline within this many
   * days, not done) and says what each count means: 滞后 is the status agencies reported, 逾期 is computed from the deadline.
   */
  warnDays?: number;
  /** The warning rule (with `warnDays`): when 滞后 counts, a task reported 滞后 is not listed as 临期, as in the 预警 column. */
  rule?: WarningRule;
}

function chineseDate(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

/** A share with one decimal, without a trailing `.0`: 25, 29.2, 100. */
function percent(part: number, whole: number): string {
  const tenths = Math.round((part * 1000) / whole);
  return tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
}

/** `第9项（市教育局牵头）`; without a lead, the first jointly responsible agency. */
function itemLabel(task: TrackedTask): string {
  const leads = task.assignments.filter((a) => a.role === 'lead').map((a) => a.agency);
  if (leads.length > 0) return `第${task.no}项（${leads.join('、')}牵头）`;
  const joint = task.assignments.filter((a) => a.role === 'joint');
  const first = joint[0];
  if (first) return `第${task.no}项（${first.agency}${joint.length > 1 ? '等' : ''}）`;
  return `第${task.no}项`;
}

function listed(tasks: readonly TrackedTask[], maxListed: number): string {
  if (tasks.length === 0) return '';
  const shown = tasks.slice(0, maxListed).map(itemLabel).join('、');
  return tasks.length > maxListed ? `：${shown}等${tasks.length}项` : `：${shown}`;
}

/**
 * Writes the notice sentence as of a day, counting statuses and listing 滞后 and 逾期 items (and 临期 ones with `warnDays`).
 * @example
 * composeNotice(tracked, '2026-11-29') // '截至2026年11月29日，24项任务中已完成0项，占0%；推进中0项；滞后0项；未启动24项；逾期0项。'
 * composeNotice(tracked, '2026-11-29', { warnDays: 7 }) // '…滞后（单位报告）0项；未启动24项；逾期（已过期限仍未完成）0项；临期（7天内到期）0项。'
 */
export function composeNotice(tasks: readonly TrackedTask[], asOf: IsoDate, options: NoticeOptions = {}): string {
  const maxListed = Math.max(1, Math.floor(options.maxListed ?? 10));
  const date = chineseDate(asOf);
  if (tasks.length === 0) return `截至${date}，暂无任务。`;
  const done = tasks.filter((t) => isDone(t.status)).length;
  const inProgress = tasks.filter((t) => t.status === '推进中').length;
  const notStarted = tasks.filter((t) => t.status === '未启动').length;
  const lagging = tasks.filter((t) => t.status === '滞后');
  const overdue = tasks.filter((t) => isOverdue({ deadline: effectiveDeadline(t), status: t.status }, asOf));
  const warnDays = options.warnDays;
  const explain = warnDays !== undefined;
  const rule = options.rule;
  const dueSoon = !explain
    ? []
    : tasks.filter((t) => {
        const judged = { deadline: effectiveDeadline(t), status: t.status };
        return rule
          ? warningLevel(judged, asOf, { ...rule, dueSoonDays: warnDays }) === 'dueSoon'
          : trafficLight(judged, asOf, warnDays) === 'yellow';
      });
  return (
    `截至${date}，${tasks.length}项任务中已完成${done}项，占${percent(done, tasks.length)}%；` +
    `推进中${inProgress}项；滞后${explain ? '（单位报告）' : ''}${lagging.length}项${listed(lagging, maxListed)}；未启动${notStarted}项；` +
    `逾期${explain ? '（已过期限仍未完成）' : ''}${overdue.length}项${listed(overdue, maxListed)}` +
    (explain ? `；临期（${warnDays}天内到期）${dueSoon.length}项${listed(dueSoon, maxListed)}` : '') +
    '。'
  );
}
