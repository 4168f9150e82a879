/**
 * The 汇总 sheet's formulas over `TaskLedger`, as structured references: per section (tasks, done, in progress,
 * behind, not started, overdue, completion rate) with plain COUNTIFS/SUMPRODUCT, the totals row, the notice sentence
 * (通报), and per agency with the add-in's `TASKS.*` functions. The Excel port writes them as they are; the file port
 * rewrites the structured references as the absolute ranges they cover.
 */
import { ALIAS_TABLE, LEDGER_TABLE, SOURCE_REMOVED } from './workbookNames';

const T = LEDGER_TABLE;
const LIVE = `${T}[来源状态],"<>${SOURCE_REMOVED}"`;
/** Extension-aware due date per row, as an array expression (a blank 延期至 falls back to 截止日期). */
const DUE = `((${T}[延期至]<>"")*${T}[延期至]+(${T}[延期至]="")*${T}[截止日期])`;

/**
 * Section criteria (a cell reference, or `""` for tasks outside any section) → the formulas of one section row (B–H).
 * @example sectionFormulas('$A6', 6, '$B$2')[6] // '=IF(F6=0,0,B6/F6)'
 */
export function sectionFormulas(criterion: string, row: number, asOfCell: string): string[] {
  const base = `${T}[板块],${criterion},${LIVE}`;
  const count = (status: string): string => `COUNTIFS(${base},${T}[状态],"${status}")`;
  const overdue =
    `=SUMPRODUCT((${T}[板块]=${criterion})*(${T}[来源状态]<>"${SOURCE_REMOVED}")*(${T}[状态]<>"已完成")*(${T}[状态]<>"已办结")` +
    `*(${DUE}>0)*(${DUE}<${asOfCell}))`;
  return [
    `=${count('已完成')}+${count('已办结')}`,
    `=${count('推进中')}`,
    `=${count('滞后')}`,
    `=${count('未启动')}+${count('')}`,
    `=COUNTIFS(${base})`,
    overdue,
    `=IF(F${row}=0,0,B${row}/F${row})`,
  ];
}

/**
 * The totals row's formulas (B–H): sums of the section rows above it, and the completion rate.
 * @example totalFormulas(5, 8) // ['=SUM(B6:B7)', …, '=IF(F8=0,0,B8/F8)']
 */
export function totalFormulas(sectionHeaderRow: number, totalRow: number): string[] {
  const sum = (col: string): string =>
    totalRow === sectionHeaderRow + 1 ? '=0' : `=SUM(${col}${sectionHeaderRow + 1}:${col}${totalRow - 1})`;
  return [...['B', 'C', 'D', 'E', 'F', 'G'].map(sum), `=IF(F${totalRow}=0,0,B${totalRow}/F${totalRow})`];
}

/** The notice sentence (通报) as a formula over the totals row; the same wording as the model's `composeNotice`, without the item lists. */
export function noticeFormula(totalRow: number, asOfCell: string): string {
  const r = totalRow;
  const date = `"截至"&YEAR(${asOfCell})&"年"&MONTH(${asOfCell})&"月"&DAY(${asOfCell})&"日，"`;
  return (
    `=IF(F${r}=0,${date}&"暂无任务。",${date}&F${r}&"项任务中已完成"&B${r}&"项，占"&ROUND(B${r}/F${r}*100,1)&"%；` +
    `推进中"&C${r}&"项；滞后"&D${r}&"项；未启动"&E${r}&"项；逾期"&G${r}&"项。")`
  );
}

/** The per-agency formulas of one agency row with the add-in's functions (the agency name is in column A, spilled). */
export function agencyFormulas(row: number, asOfCell: string): string[] {
  const guard = (f: string): string => `=IF($A${row}="","",${f})`;
  const units = `${T}[负责单位]`;
  return [
    guard(`TASKS.AGENCYCOUNT(${units},$A${row},"lead",${ALIAS_TABLE})`),
    guard(`TASKS.AGENCYCOUNT(${units},$A${row},"support",${ALIAS_TABLE})`),
    guard(`TASKS.AGENCYCOUNT(${units},$A${row},"joint",${ALIAS_TABLE})`),
    guard(`TASKS.OVERDUECOUNT(${T}[时间进度],${T}[状态],${asOfCell},${units},$A${row},"lead",${ALIAS_TABLE})`),
  ];
}
