/**
 * A reload into a ledger file made before the warning rule (预警天数 alone): 预警配色 and 滞后计入预警 are added on
 * 台账设置 (A6:B8 at the defaults, their defined names on B6 and B7) and every row's 预警 formula becomes the one that
 * reads 滞后计入预警, as the Excel port's reload does (`ensureWarnDays`, `upgradeWarningColumn`). Not when A6:B8 holds
 * a user's own cells (they are never written over) or the workbook has no 台账设置. The rows' colour rules (conditional
 * formats) are the Excel port's alone: the file port writes none.
 */
import { DEFAULT_WARNING_RULE } from '../model';
import { r1c1ToA1 } from '../ledgerCopy/r1c1ToA1';
import type { LedgerColumnIndex } from '../ledgerLayout/ledgerColumnIndex';
import { warningFormulaR1C1 } from '../ledgerLayout/warningFormula';
import {
  LAGGING_COUNTS_CELL,
  LAGGING_COUNTS_NAME,
  LAGGING_COUNTS_NO,
  LAGGING_COUNTS_YES,
  SETTINGS_SHEET,
  WARN_PRESET_CELL,
  WARN_PRESET_NAME,
  WARN_RULE_NOTE,
} from '../ledgerLayout/workbookNames';
import { warningRuleFromCells } from '../ledgerLayout/warningRuleFromCells';
import type { LedgerFile, TableBlock } from './ledgerFile';

/** `'台账设置'!$B$6` for `B6`. */
function onSettings(cell: string): string {
  return `'${SETTINGS_SHEET}'!${cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')}`;
}

/**
 * Adds the rule's cells and names when they are missing and their place is free, and gives every row of `ledger` (the
 * table as it is now, appended rows included) the formula that reads them; returns whether it did.
 * @example await addRuleCellsToFile(file, (await file.table('TaskLedger'))!, index) // true for a ledger made before the rule
 */
export async function addRuleCellsToFile(
  file: LedgerFile,
  ledger: TableBlock,
  index: LedgerColumnIndex,
): Promise<boolean> {
  const preset = await file.hasDefinedName(WARN_PRESET_NAME);
  const lagging = await file.hasDefinedName(LAGGING_COUNTS_NAME);
  if (preset && lagging) return false;
  const settings = await file.sheet(SETTINGS_SHEET);
  const part = file.pkg.sheets.get(SETTINGS_SHEET);
  if (!settings || part === undefined || index.warning < 0) return false;
  // As the Excel port reads it: A6:B8 empty, or holding the rule's own labels.
  if (!warningRuleFromCells(settings.values(0, 0, 8, 2, await file.sharedStrings())).ruleCellsFree) return false;
  const rows: [string, string][] = [
    [WARN_PRESET_NAME, DEFAULT_WARNING_RULE.preset],
    [LAGGING_COUNTS_NAME, DEFAULT_WARNING_RULE.laggingCounts ? LAGGING_COUNTS_YES : LAGGING_COUNTS_NO],
    ['说明', WARN_RULE_NOTE],
  ];
  rows.forEach(([label, value], k) => {
    settings.set(5 + k, 0, label);
    settings.set(5 + k, 1, value);
  });
  file.markWritten({ sheetPart: part });
  if (!preset) await file.defineName(WARN_PRESET_NAME, onSettings(WARN_PRESET_CELL));
  if (!lagging) await file.defineName(LAGGING_COUNTS_NAME, onSettings(LAGGING_COUNTS_CELL));
  const formula = warningFormulaR1C1(
    { warning: index.warning, status: index.status, deadline: index.deadline, extensionDate: index.extensionDate },
    { lagging: true },
  );
  const col = ledger.col + index.warning;
  for (let row = ledger.row + 1; row < ledger.row + ledger.rowCount; row += 1)
    ledger.sheet.set(row, col, { formula: r1c1ToA1(formula, row, col).slice(1) });
  file.markWritten(ledger);
  return true;
}
