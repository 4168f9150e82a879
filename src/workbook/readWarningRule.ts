/**
 * The warning rule the workbook itself holds on 台账设置 (the cells the 预警 column and its row colours read): 预警天数
 * (A1:B1), 预警配色 (A6:B6) and 滞后计入预警 (A7:B7). Read in the same sync as the ledger, through the alias table's
 * sheet, so the pane judges tasks exactly as the sheet does and follows a cell changed in Excel.
 * @requirement ExcelApi 1.2 (`Table.worksheet`); ExcelApi 1.1 (ranges)
 */
import type { WarningPreset } from '../model';
import { fromCellText } from '../ledgerLayout/cellText';
import {
  ALIAS_TABLE,
  LAGGING_COUNTS_NAME,
  LAGGING_COUNTS_YES,
  WARN_PRESET_NAME,
  WARNING_RULE_READ_CELLS,
} from '../ledgerLayout/workbookNames';
import { warnDaysFromCells } from './readWarnDays';

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

/**
 * Queues reading the rule; call the returned function after the sync (which fails with `ItemNotFound` without the alias table).
 * @example
 * const rule = queueReadWarningRule(context); await context.sync(); rule().preset // '红黄绿'
 */
export function queueReadWarningRule(context: Excel.RequestContext): () => WorkbookWarningRule {
  const cells = context.workbook.tables.getItem(ALIAS_TABLE).worksheet.getRange(WARNING_RULE_READ_CELLS).load('values');
  return () => warningRuleFromCells(cells.values as unknown[][]);
}
