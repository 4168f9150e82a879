/**
 * The copy's formulas, native Excel functions only (IF, OR, COUNTIFS, SUMPRODUCT, ISNUMBER, FIND, SUM,
 * ROUND, YEAR, MONTH, DAY, TODAY), so Excel without the add-in, WPS and LibreOffice compute them alike.
 */
import { warningFormulaR1C1 } from '../ledgerLayout/warningFormula';
import { WARNING_TEXTS } from '../ledgerLayout/ledgerColumns';
import { SOURCE_REMOVED } from '../ledgerLayout/workbookNames';
import { AS_OF_NAME, columnRange, helperCol, ledgerCol } from './ledgerCopyLayout';
import { r1c1ToA1 } from './r1c1ToA1';

/**
 * The 预警 formula of the copy's 0-based sheet row `row`: the live ledger's own formula (`warningFormulaR1C1`),
 * judged from the copy's 截至日期 cell instead of TODAY() (that cell is `=TODAY()` unless the export fixed a day),
 * so the 预警 column and the counts that read it always agree with the 汇总 sheet's date.
 * @example copyWarningFormula(1).startsWith('=IF(OR(L2="已完成",L2="已办结")') // true
 */
export function copyWarningFormula(row: number): string {
  const live = warningFormulaR1C1(
    {
      warning: ledgerCol('warning'),
      status: ledgerCol('status'),
      deadline: ledgerCol('deadline'),
      extensionDate: ledgerCol('extensionDate'),
    },
    { lagging: true },
  );
  return r1c1ToA1(live, row, ledgerCol('warning')).replaceAll('TODAY()', AS_OF_NAME);
}

/** The ledger ranges the 汇总 formulas read, for a copy of `taskCount` rows. */
export interface CopyRanges {
  sectionNo: string;
  sourceState: string;
  status: string;
  warning: string;
  lead: string;
  support: string;
  joint: string;
}

export function copyRanges(taskCount: number): CopyRanges {
  return {
    sectionNo: columnRange(helperCol('sectionNo'), taskCount),
    sourceState: columnRange(ledgerCol('sourceState'), taskCount),
    status: columnRange(ledgerCol('status'), taskCount),
    warning: columnRange(ledgerCol('warning'), taskCount),
    lead: columnRange(helperCol('lead'), taskCount),
    support: columnRange(helperCol('support'), taskCount),
    joint: columnRange(helperCol('joint'), taskCount),
  };
}

/**
 * One section row's formulas (columns B–I of 汇总: 任务数, 已完成, 推进中, 滞后, 未启动, 逾期, 临期, 完成率) for the section
 * number `sectionNo` (0 = tasks in none of the sections); rows marked 已移除 are not counted, as in the pane.
 * @example sectionRowFormulas(copyRanges(24), 1, 9)[0] // "=COUNTIFS('任务台账'!$R$2:$R$25,1,'任务台账'!$Q$2:$Q$25,\"<>已移除\")"
 */
export function sectionRowFormulas(r: CopyRanges, sectionNo: number, row: number): string[] {
  const base = `${r.sectionNo},${sectionNo},${r.sourceState},"<>${SOURCE_REMOVED}"`;
  const status = (s: string): string => `COUNTIFS(${base},${r.status},"${s}")`;
  const light = (s: string): string => `COUNTIFS(${base},${r.warning},"${s}")`;
  return [
    `=COUNTIFS(${base})`,
    `=${status('已完成')}+${status('已办结')}`,
    `=${status('推进中')}`,
    `=${status('滞后')}`,
    // An emptied 状态 counts as not started, as in the model.
    `=${status('未启动')}+${status('')}`,
    `=${light(WARNING_TEXTS.overdue)}`,
    `=${light(WARNING_TEXTS.dueSoon)}`,
    `=IF(B${row}=0,0,C${row}/B${row})`,
  ];
}

/**
 * One agency row's formulas (columns B–H: 牵头, 配合, 共同负责, 合计, 牵头逾期, 牵头临期, 牵头已完成) for the agency named in column A.
 * The helper columns hold each task's agencies as `、甲、乙、` (one role per agency per task, the strongest, as `countByAgency`),
 * so FIND of `、甲、` matches whole names only.
 * @example agencyRowFormulas(copyRanges(24), 20)[0].startsWith('=SUMPRODUCT(ISNUMBER(FIND("、"&$A20&"、",') // true
 */
export function agencyRowFormulas(r: CopyRanges, row: number): string[] {
  const live = `(${r.sourceState}<>"${SOURCE_REMOVED}")`;
  const named = (range: string): string => `ISNUMBER(FIND("、"&$A${row}&"、",${range}))`;
  return [
    `=SUMPRODUCT(${named(r.lead)}*${live})`,
    `=SUMPRODUCT(${named(r.support)}*${live})`,
    `=SUMPRODUCT(${named(r.joint)}*${live})`,
    `=B${row}+C${row}+D${row}`,
    `=SUMPRODUCT(${named(r.lead)}*${live}*(${r.warning}="${WARNING_TEXTS.overdue}"))`,
    `=SUMPRODUCT(${named(r.lead)}*${live}*(${r.warning}="${WARNING_TEXTS.dueSoon}"))`,
    `=SUMPRODUCT(${named(r.lead)}*${live}*(${r.warning}="${WARNING_TEXTS.done}"))`,
  ];
}

/**
 * The notice sentence (通报) over the total row, in `composeNotice`'s words without its lists of items.
 * @example noticeFormula(14).includes('"项任务中已完成"&C14&"项，占"') // true
 */
export function noticeFormula(totalRow: number): string {
  const t = totalRow;
  const a = AS_OF_NAME;
  const date = `"截至"&YEAR(${a})&"年"&MONTH(${a})&"月"&DAY(${a})&"日，"`;
  return (
    `=IF(B${t}=0,${date}&"暂无任务。",${date}&B${t}&"项任务中已完成"&C${t}&"项，占"&ROUND(C${t}/B${t}*100,1)&"%；` +
    `推进中"&D${t}&"项；滞后"&E${t}&"项；未启动"&F${t}&"项；逾期"&G${t}&"项。")`
  );
}
