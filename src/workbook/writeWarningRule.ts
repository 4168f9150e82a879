/**
 * Writes the pane's warning rule into the workbook's own cells on 台账设置: 预警天数 (a number), 预警配色 (红黄绿 / 蓝黄红)
 * and 滞后计入预警 (是 / 否), each found through its defined name in the batch that writes. A name moves with its cell,
 * so a co-author's inserted rows or a moved block never misplace the write; the 预警 column and its row colours, which
 * read the same names, recalculate in Excel (and for every co-author) without the add-in.
 * Two syncs: the names probed, then the three cells written.
 * @requirement ExcelApi 1.4 (`NamedItemCollection.getItemOrNullObject`); ExcelApi 1.1 (`NamedItem.getRange`, ranges)
 */
import type { WarningRule } from '../model';
import { RULE_NAMES, ruleCells, ruleRefusal } from '../ledgerLayout/warningRuleCells';
import type { WarningRuleWriteResult } from './port';
import { excelErrorCode } from './workbookProblem';

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
