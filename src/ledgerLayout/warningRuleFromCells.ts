/**
 * The warning rule the workbook itself holds on 台账设置 (the cells the 预警 column and its row colours read): 预警天数
 * (A1:B1), 预警配色 (A6:B6) and 滞后计入预警 (A7:B7), from those cells' values. The Excel port reads the cells in the
 * ledger's sync, the file port from the file; both judge tasks exactly as the sheet does.
 */
import type { WarningPreset } from '../model';
import { fromCellText } from './cellText';
import { LAGGING_COUNTS_NAME, LAGGING_COUNTS_YES, WARN_PRESET_NAME } from './workbookNames';
import { warnDaysFromCells } from './warnDaysFromCells';

/** What the workbook says of each part of the rule; null where the workbook has no such cell (a ledger made before it). */
export interface WorkbookWarningRule {
  warnDays: number | null;
  preset: WarningPreset | null;
  laggingCounts: boolean | null;
  /** Whether A6:B8 is empty or holds the rule's own labels (where a reload may put the rule's cells); null when unread. */
  ruleCellsFree: boolean | null;
}

export const NO_WORKBOOK_RULE: WorkbookWarningRule = Object.freeze({
  warnDays: null,
  preset: null,
  laggingCounts: null,
  ruleCellsFree: null,
});

function blank(value: unknown): boolean {
  return fromCellText(value).trim() === '';
}

/** The value beside `label` in row `row` (0-based) of A1:B8, or undefined when that row does not carry the label. */
function labelled(values: readonly (readonly unknown[])[], row: number, label: string): unknown {
  const [name, value] = values[row] ?? [];
  return fromCellText(name).trim() === label ? value : undefined;
}

/**
 * The rule as the sheet's formulas read it: 预警配色 is 蓝黄红 only when the cell says exactly that (the row colours compare
 * `预警配色="蓝黄红"`), else 红黄绿; 滞后 counts only when the cell says 是 (the formula compares `滞后计入预警="是"`).
 * A part whose label is not in its place is null (unknown), never guessed.
 * @example
 * warningRuleFromCells([['预警天数', 10], [], [], [], [], ['预警配色', '蓝黄红'], ['滞后计入预警', '是']]) // { warnDays: 10, preset: '蓝黄红', laggingCounts: true, ruleCellsFree: true }
 */
export function warningRuleFromCells(values: readonly (readonly unknown[])[]): WorkbookWarningRule {
  const preset = labelled(values, 5, WARN_PRESET_NAME);
  const lagging = labelled(values, 6, LAGGING_COUNTS_NAME);
  return {
    warnDays: warnDaysFromCells(values),
    preset: preset === undefined ? null : fromCellText(preset) === '蓝黄红' ? '蓝黄红' : '红黄绿',
    laggingCounts: lagging === undefined ? null : fromCellText(lagging) === LAGGING_COUNTS_YES,
    ruleCellsFree: preset !== undefined || lagging !== undefined || values.slice(5, 8).every((row) => row.every(blank)),
  };
}
