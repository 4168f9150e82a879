/**
 * Writes the pane's warning rule into the workbook's own cells on 台账设置: 预警天数 (a number), 预警配色 (红黄绿 / 蓝黄红)
 * and 滞后计入预警 (是 / 否), each found through its defined name in the batch that writes. A name moves with its cell,
 * so a co-author's inserted rows or a moved block never misplace the write; the 预警 column and its row colours, which
 * read the same names, recalculate in Excel (and for every co-author) without the add-in.
 * Two syncs: the names probed, then the three cells written.
 * @requirement ExcelApi 1.4 (`NamedItemCollection.getItemOrNullObject`); ExcelApi 1.1 (`NamedItem.getRange`, ranges)
 */
import type { WarningRule } from '../model';
import {
  LAGGING_COUNTS_NAME,
  LAGGING_COUNTS_NO,
  LAGGING_COUNTS_YES,
  WARN_DAYS_NAME,
  WARN_PRESET_NAME,
} from '../ledgerLayout/workbookNames';
import type { WarningRuleWriteResult } from './port';
import { excelErrorCode } from './workbookProblem';

const RULE_NAMES = [WARN_DAYS_NAME, WARN_PRESET_NAME, LAGGING_COUNTS_NAME] as const;

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
export function ruleRefusal(rule: WarningRule): Extract<WarningRuleWriteResult, { code: 'invalid-rule' }> | null {
  if (Number.isInteger(rule.dueSoonDays) && rule.dueSoonDays >= 0 && rule.dueSoonDays <= 365) return null;
  return { ok: false, code: 'invalid-rule', params: { dueSoonDays: rule.dueSoonDays } };
}

/**
 * Writes `rule` into the cells the workbook's names point at; refuses (nothing written) a bad window, missing names, or
 * a write Excel refuses.
 * @example
 * await writeWarningRule(context, { preset: '蓝黄红', dueSoonDays: 10, laggingCounts: true }) // { ok: true }
 */
export async function writeWarningRule(
  context: Excel.RequestContext,
  rule: WarningRule,
): Promise<WarningRuleWriteResult> {
  const invalid = ruleRefusal(rule);
  if (invalid) return invalid;
  const probes = RULE_NAMES.map((name) => ({
    name,
    item: context.workbook.names.getItemOrNullObject(name).load('name'),
  }));
  await context.sync();
  const missing = probes.filter((p) => p.item.isNullObject).map((p) => p.name);
  if (missing.length > 0) return { ok: false, code: 'no-rule-cells', params: { missing } };
  for (const cell of ruleCells(rule)) {
    const range = context.workbook.names.getItem(cell.name).getRange();
    // Format first, in the same batch: a text cell keeps 是 / 蓝黄红 as typed.
    range.numberFormat = [[cell.format]];
    range.values = [[cell.value]];
  }
  try {
    await context.sync();
  } catch (error) {
    return { ok: false, code: 'rule-write-refused', params: { reason: excelErrorCode(error) } };
  }
  return { ok: true };
}
