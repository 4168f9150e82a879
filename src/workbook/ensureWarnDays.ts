/**
 * The warning rule as workbook settings users can change without the add-in: the defined names 预警天数 (台账设置!B1,
 * default 7), 预警配色 (B6, 红黄绿) and 滞后计入预警 (B7, 否), each pointing at a cell on the small sheet 台账设置, read by
 * the 预警 formula and its row colours. Created once; a user's values are never overwritten.
 * @requirement ExcelApi 1.4 (`NamedItemCollection.add`, `getItemOrNullObject`)
 */
import { DEFAULT_WARNING_RULE } from '../model';
import {
  DEFAULT_WARN_DAYS,
  LAGGING_COUNTS_CELL,
  LAGGING_COUNTS_NAME,
  LAGGING_COUNTS_NO,
  LAGGING_COUNTS_YES,
  SETTINGS_SHEET,
  WARN_DAYS_NAME,
  WARN_DAYS_NOTE,
  WARN_PRESET_CELL,
  WARN_PRESET_NAME,
  WARN_RULE_CELLS,
  WARN_RULE_NOTE,
} from '../ledgerLayout/workbookNames';

export interface WarnProbe {
  name: Excel.NamedItem;
  preset: Excel.NamedItem;
  lagging: Excel.NamedItem;
  sheet: Excel.Worksheet;
}

/** Queues the probes `ensureWarnDays` needs; read them after the sync. */
export function probeWarnDays(context: Excel.RequestContext): WarnProbe {
  const probe = (n: string): Excel.NamedItem => context.workbook.names.getItemOrNullObject(n).load('name');
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  sheet.load('name');
  return { name: probe(WARN_DAYS_NAME), preset: probe(WARN_PRESET_NAME), lagging: probe(LAGGING_COUNTS_NAME), sheet };
}

/** Queues 预警配色 and 滞后计入预警 (A6:B8, the names on B6 and B7) on `sheet`, at the defaults. */
function addRuleCells(context: Excel.RequestContext, sheet: Excel.Worksheet, probe: WarnProbe): void {
  const cells = sheet.getRange(WARN_RULE_CELLS);
  cells.numberFormat = [
    ['@', '@'],
    ['@', '@'],
    ['@', '@'],
  ];
  cells.values = [
    [WARN_PRESET_NAME, DEFAULT_WARNING_RULE.preset],
    [LAGGING_COUNTS_NAME, DEFAULT_WARNING_RULE.laggingCounts ? LAGGING_COUNTS_YES : LAGGING_COUNTS_NO],
    ['说明', WARN_RULE_NOTE],
  ];
  if (probe.preset.isNullObject)
    context.workbook.names.add(
      WARN_PRESET_NAME,
      sheet.getRange(WARN_PRESET_CELL),
      '预警配色（任务台账“预警”列的行颜色使用）',
    );
  if (probe.lagging.isNullObject)
    context.workbook.names.add(
      LAGGING_COUNTS_NAME,
      sheet.getRange(LAGGING_COUNTS_CELL),
      '单位报告“滞后”是否计入预警（任务台账“预警”列使用）',
    );
}

export interface WarnSettings {
  /** The 台账设置 sheet when this batch adds it (so later setup goes on it), else null. */
  added: Excel.Worksheet | null;
  /** Whether the workbook has, or this batch gives it, 预警配色 and 滞后计入预警: only then may the 预警 formula and its colours read them. */
  rule: boolean;
  /** Whether this batch creates them (the ledger's 预警 column, made before them, then takes the formula that reads them). */
  ruleAdded: boolean;
}

/**
 * Queues creating the settings cells and the defined names that are missing; leaves a user's values alone otherwise.
 * `ruleCellsFree` says whether 台账设置!A6:B8 is empty on an existing sheet (read with the ledger; false: a user's own
 * cells are there, and the rule's names are not created rather than written over them; undefined: not known).
 * @example
 * ensureWarnDays(context, probe) // after the probe's sync
 */
export function ensureWarnDays(context: Excel.RequestContext, probe: WarnProbe, ruleCellsFree?: boolean): WarnSettings {
  const ruleMissing = probe.preset.isNullObject || probe.lagging.isNullObject;
  const addRule = ruleMissing && (probe.sheet.isNullObject || ruleCellsFree !== false);
  const rule = !ruleMissing || addRule;
  if (!probe.name.isNullObject && !addRule) return { added: null, rule, ruleAdded: false };
  const sheet = probe.sheet.isNullObject ? context.workbook.worksheets.add(SETTINGS_SHEET) : probe.sheet;
  if (probe.name.isNullObject) {
    const cells = sheet.getRange('A1:B2');
    cells.numberFormat = [
      ['@', 'General'],
      ['@', '@'],
    ];
    cells.values = [
      [WARN_DAYS_NAME, DEFAULT_WARN_DAYS],
      ['说明', WARN_DAYS_NOTE],
    ];
    context.workbook.names.add(WARN_DAYS_NAME, sheet.getRange('B1'), '到期预警天数（任务台账“预警”列使用）');
  }
  if (addRule) addRuleCells(context, sheet, probe);
  sheet.getRange('A:A').format.columnWidth = 60;
  return { added: probe.sheet.isNullObject ? sheet : null, rule, ruleAdded: addRule };
}
