import { WARNING_TEXTS } from './ledgerColumns';
import { WARN_PRESET_NAME } from './workbookNames';

/**
 * The fills the 预警 column's conditional formats give a row (Excel's light red, yellow and green).
 */
export const ROW_COLOURS = { overdue: '#FFC7CE', dueSoon: '#FFEB9C', done: '#C6EFCE' } as const;
/** The light blue of 蓝黄红's 临期. */
export const BLUE_ROW = '#BDD7EE';

/**
 * The row-colour rules keyed on the 预警 cell `w` (e.g. `$P2`), as [condition formula without `=`, fill]. With the rule
 * (the workbook has 预警配色), each colour follows the preset read from the name: 蓝黄红 paints 临期 blue and 滞后 yellow,
 * 红黄绿 paints 临期 yellow and 滞后 red; 逾期 red and 已完成 green in both. The conditions exclude each other, so the
 * order of the rules (their priority) never matters. Without the rule, the dates-only ledger's three rules.
 * @example rowColourRules('$P2', false)[0] // ['$P2="逾期"', '#FFC7CE']
 */
export function rowColourRules(w: string, withRule: boolean): [string, string][] {
  if (!withRule) {
    return [
      [`${w}="${T.overdue}"`, ROW_COLOURS.overdue],
      [`${w}="${T.dueSoon}"`, ROW_COLOURS.dueSoon],
      [`${w}="${T.done}"`, ROW_COLOURS.done],
    ];
  }
  return [
    [`OR(${w}="${T.overdue}",AND(${w}="${T.lagging}",${NOT_BLUE}))`, ROW_COLOURS.overdue],
    [`OR(AND(${w}="${T.dueSoon}",${NOT_BLUE}),AND(${w}="${T.lagging}",${BLUE}))`, ROW_COLOURS.dueSoon],
    [`AND(${w}="${T.dueSoon}",${BLUE})`, BLUE_ROW],
    [`${w}="${T.done}"`, ROW_COLOURS.done],
  ];
}

/**
 * The rules a ledger made with the dates-only rules (red 逾期, yellow 临期, green 已完成) gains when the workbook gets the
 * rule: 滞后 in the preset's colour, and 蓝黄红's blue 临期, added after (so above, in priority) the old yellow rule.
 * @example upgradeColourRules('$P2')[2] // ['AND($P2="临期",预警配色="蓝黄红")', '#BDD7EE']
 */
export function upgradeColourRules(w: string): [string, string][] {
  return [
    [`AND(${w}="${T.lagging}",${NOT_BLUE})`, ROW_COLOURS.overdue],
    [`AND(${w}="${T.lagging}",${BLUE})`, ROW_COLOURS.dueSoon],
    [`AND(${w}="${T.dueSoon}",${BLUE})`, BLUE_ROW],
  ];
}

const T = WARNING_TEXTS;
const BLUE = `${WARN_PRESET_NAME}="蓝黄红"`;
const NOT_BLUE = `${WARN_PRESET_NAME}<>"蓝黄红"`;
