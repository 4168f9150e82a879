/**
 * The 预警 (warning) column's formula: plain Excel functions (IF, OR, AND, TODAY) and the defined name
 * 预警天数, so it stays right as days pass and statuses change, also without the add-in (Excel, WPS).
 * Extended tasks are judged by 延期至; done tasks are never overdue; tasks without a date never warn.
 */
import { WARNING_TEXTS } from './ledgerColumns';
import { LAGGING_COUNTS_NAME, LAGGING_COUNTS_YES, WARN_DAYS_NAME } from './workbookNames';

/** 0-based positions, in the table, of the columns the formula reads and of the 预警 column itself. */
export interface WarningColumns {
  warning: number;
  status: number;
  deadline: number;
  extensionDate: number;
}

function rc(offset: number): string {
  return offset === 0 ? 'RC' : `RC[${offset}]`;
}

/**
 * The R1C1 formula of one 预警 cell; the same text for every row, so the table keeps it as a calculated column.
 * @example
 * warningFormulaR1C1({ warning: 15, status: 11, deadline: 8, extensionDate: 9 }).startsWith('=IF(OR(RC[-4]="已完成"') // true
 */
export function warningFormulaR1C1(cols: WarningColumns, options: { lagging?: boolean } = {}): string {
  const status = rc(cols.status - cols.warning);
  const deadline = rc(cols.deadline - cols.warning);
  const extension = rc(cols.extensionDate - cols.warning);
  const due = `IF(${extension}="",${deadline},${extension})`;
  const t = WARNING_TEXTS;
  // Kept short on purpose: it is sent once per row, and 10,000 rows of it weigh on the 5 MB request limit.
  if (!options.lagging) {
    return (
      `=IF(OR(${status}="已完成",${status}="已办结"),"${t.done}",` +
      `IF(${extension}&${deadline}="","${t.onTrack}",` +
      `IF(${due}<TODAY(),"${t.overdue}",` +
      `IF(${due}-TODAY()<=${WARN_DAYS_NAME},"${t.dueSoon}","${t.onTrack}"))))`
    );
  }
  // With the rule (the workbook's 滞后计入预警), in `warningLevel`'s order: done, overdue (a date, passed), 滞后 when it
  // counts, no date → on track, due soon within 预警天数, on track.
  return (
    `=IF(OR(${status}="已完成",${status}="已办结"),"${t.done}",` +
    `IF(AND(${extension}&${deadline}<>"",${due}<TODAY()),"${t.overdue}",` +
    `IF(AND(${status}="滞后",${LAGGING_COUNTS_NAME}="${LAGGING_COUNTS_YES}"),"${t.lagging}",` +
    `IF(${extension}&${deadline}="","${t.onTrack}",` +
    `IF(${due}-TODAY()<=${WARN_DAYS_NAME},"${t.dueSoon}","${t.onTrack}")))))`
  );
}
