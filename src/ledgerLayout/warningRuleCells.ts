/**
 * The warning rule as the cells of 台账设置 hold it, by defined name (预警天数, 预警配色, 滞后计入预警), and the refusal of a
 * rule no port writes. The Excel port and the file port both write these cells.
 */
import type { WarningRule } from '../model';
import {
  LAGGING_COUNTS_NAME,
  LAGGING_COUNTS_NO,
  LAGGING_COUNTS_YES,
  WARN_DAYS_NAME,
  WARN_PRESET_NAME,
} from './workbookNames';

/** A window that is not a whole number of days from 0 to 365: nothing is written. */
export interface InvalidRuleRefusal {
  ok: false;
  code: 'invalid-rule';
  params: { dueSoonDays: number };
}

/** The three names, in the order the cells sit on 台账设置. */
export const RULE_NAMES = [WARN_DAYS_NAME, WARN_PRESET_NAME, LAGGING_COUNTS_NAME] as const;

/**
 * The cells' values and number formats for a rule, by name: the window as a number (General), the other two as text (`@`).
 * @example
 * ruleCells({ preset: '蓝黄红', dueSoonDays: 10, laggingCounts: true })[2] // { name: '滞后计入预警', value: '是', format: '@' }
 */
export function ruleCells(rule: WarningRule): { name: string; value: string | number; format: string }[] {
  return [
    { name: WARN_DAYS_NAME, value: rule.dueSoonDays, format: 'General' },
    { name: WARN_PRESET_NAME, value: rule.preset, format: '@' },
    { name: LAGGING_COUNTS_NAME, value: rule.laggingCounts ? LAGGING_COUNTS_YES : LAGGING_COUNTS_NO, format: '@' },
  ];
}

/**
 * The refusal of a rule no port writes (a window that is not a whole number of days from 0 to 365), else null.
 * @example ruleRefusal({ preset: '红黄绿', dueSoonDays: 7.5, laggingCounts: false })?.code // 'invalid-rule'
 */
export function ruleRefusal(rule: WarningRule): InvalidRuleRefusal | null {
  if (Number.isInteger(rule.dueSoonDays) && rule.dueSoonDays >= 0 && rule.dueSoonDays <= 365) return null;
  return { ok: false, code: 'invalid-rule', params: { dueSoonDays: rule.dueSoonDays } };
}
