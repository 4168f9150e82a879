/**
 * The warning rule the workbook itself holds on 台账设置 (the cells the 预警 column and its row colours read): 预警天数
 * (A1:B1), 预警配色 (A6:B6) and 滞后计入预警 (A7:B7). Read in the same sync as the ledger, through the alias table's
 * sheet, so the pane judges tasks exactly as the sheet does and follows a cell changed in Excel.
 * @requirement ExcelApi 1.2 (`Table.worksheet`); ExcelApi 1.1 (ranges)
 */
import { ALIAS_TABLE, WARNING_RULE_READ_CELLS } from '../ledgerLayout/workbookNames';
import { warningRuleFromCells, type WorkbookWarningRule } from '../ledgerLayout/warningRuleFromCells';

/**
 * Queues reading the rule; call the returned function after the sync (which fails with `ItemNotFound` without the alias table).
 * @example
 * const rule = queueReadWarningRule(context); await context.sync(); rule().preset // '红黄绿'
 */
export function queueReadWarningRule(context: Excel.RequestContext): () => WorkbookWarningRule {
  const cells = context.workbook.tables.getItem(ALIAS_TABLE).worksheet.getRange(WARNING_RULE_READ_CELLS).load('values');
  return () => warningRuleFromCells(cells.values as unknown[][]);
}
