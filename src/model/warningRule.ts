/**
 * The one warning rule (预警规则) every view uses: the colours a place uses (红黄绿 or 蓝黄红), the 临期 window in days
 * and whether a status reported as 滞后 counts as late. The pane, the ledger's 预警 column, TASKS.LIGHT, the ledger copy,
 * the 通报 and the 督办单 all judge a task with `warningLevel`.
 */
import { daysLeft } from './overdue';
import { normalizeStatus } from './status';
import type { IsoDate, Light } from './types';

/** The colour schemes in use: 红黄绿 (逾期 red, 临期 yellow) and 蓝黄红 (临期 blue, 滞后 yellow, 逾期 red). */
export const WARNING_PRESETS = ['红黄绿', '蓝黄红'] as const;
export type WarningPreset = (typeof WARNING_PRESETS)[number];

/** A task's standing on a day, from best to worst. */
export const WARNING_LEVELS = ['done', 'onTrack', 'dueSoon', 'lagging', 'overdue'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];

/** The words the 预警 column, the documents and TASKS.LIGHT's neighbours write: the same in every display language. */
export const WARNING_LEVEL_TEXTS: Readonly<Record<WarningLevel, string>> = Object.freeze({
  done: '已完成',
  onTrack: '正常',
  dueSoon: '临期',
  lagging: '滞后',
  overdue: '逾期',
});

export interface WarningRule {
  preset: WarningPreset;
  /** 临期: not done and the deadline is within this many days (0–365). */
  dueSoonDays: number;
  /** Whether a task reported as 滞后 (and not yet past its deadline) is late, level `lagging`; else judged by dates alone. */
  laggingCounts: boolean;
}

/** The rule a new ledger starts with: the colours and window the ledger always had, 滞后 as reported information only. */
export const DEFAULT_WARNING_RULE: WarningRule = Object.freeze({
  preset: '红黄绿',
  dueSoonDays: 7,
  laggingCounts: false,
});

/** Each preset's light per level: done and on-track tasks are green in both. */
export const PRESET_LIGHTS: Readonly<Record<WarningPreset, Readonly<Record<WarningLevel, Light>>>> = Object.freeze({
  红黄绿: { done: 'green', onTrack: 'green', dueSoon: 'yellow', lagging: 'red', overdue: 'red' },
  蓝黄红: { done: 'green', onTrack: 'green', dueSoon: 'blue', lagging: 'yellow', overdue: 'red' },
});

interface TaskTiming {
  /** The effective deadline (延期至 when extended). */
  deadline: IsoDate | null;
  status: string | null;
}

/**
 * A task's level on `asOf` under a rule: done; overdue once the deadline has passed; lagging when reported 滞后 and the
 * rule counts it; due soon when 0 ≤ days left ≤ the window; else on track. A task without a deadline is never overdue
 * or due soon.
 * @example warningLevel({ deadline: '2026-12-31', status: '滞后' }, '2026-11-29', { preset: '蓝黄红', dueSoonDays: 7, laggingCounts: true }) // 'lagging'
 */
export function warningLevel(task: TaskTiming, asOf: IsoDate, rule: WarningRule): WarningLevel {
  const status = normalizeStatus(task.status);
  if (status === '已完成') return 'done';
  const left = task.deadline === null ? null : daysLeft(task.deadline, asOf);
  if (left !== null && left < 0) return 'overdue';
  if (rule.laggingCounts && status === '滞后') return 'lagging';
  if (left !== null && left <= rule.dueSoonDays) return 'dueSoon';
  return 'onTrack';
}

/**
 * A task's light on `asOf` under a rule: the preset's colour for its level.
 * @example warningLight({ deadline: '2026-12-01', status: '推进中' }, '2026-11-29', { preset: '蓝黄红', dueSoonDays: 7, laggingCounts: false }) // 'blue'
 */
export function warningLight(task: TaskTiming, asOf: IsoDate, rule: WarningRule): Light {
  return PRESET_LIGHTS[rule.preset][warningLevel(task, asOf, rule)];
}

/** Whether a level is late (lagging or overdue): what the 通报 names and the 督办单 chase. */
export function isLateLevel(level: WarningLevel): boolean {
  return level === 'lagging' || level === 'overdue';
}

/**
 * Reads a preset from its written form (trimmed); null when it is neither.
 * @example warningPresetOf(' 蓝黄红 ') // '蓝黄红'
 */
export function warningPresetOf(text: unknown): WarningPreset | null {
  if (typeof text !== 'string') return null;
  const t = text.trim();
  return (WARNING_PRESETS as readonly string[]).includes(t) ? (t as WarningPreset) : null;
}
