/**
 * Why a planned change of returned reports is held back instead of written: the row was edited after the preview
 * (its 状态 or 进展情况 differ from what the plan saw), or the answer is older than the row's last entry (更新日期).
 * Both ports (Excel and the .xlsx file) apply this rule to the ledger as read, and Excel again to each row as the
 * write finds it.
 */
import { fromExcelSerial, normalizeStatus, toExcelSerial, type IsoDate } from '../model';
import { fromCellText } from './cellText';

/** An answer held back: its row was edited after the preview (`status` now), or it is older than the row's last entry (`updated`). */
export type HeldAnswer =
  { no: number; kind: 'conflict'; status: string } | { no: number; kind: 'stale'; date: string; updated: string };

/** What the rule reads of a planned change: the row as the plan saw it and the answer's date. */
export interface PlannedChange {
  no: number;
  oldStatus: string;
  oldProgress: string;
  date: IsoDate;
}

/**
 * Why `change` is held back, given the row's 状态, 进展情况 and 更新日期 cells as they are; null when it may be applied.
 * @example heldBack({ no: 3, oldStatus: '未启动', oldProgress: '', date: '2026-11-20' }, '推进中', '', null) // { no: 3, kind: 'conflict', status: '推进中' }
 */
export function heldBack(
  change: PlannedChange,
  statusCell: unknown,
  progressCell: unknown,
  updated: unknown,
): HeldAnswer | null {
  const status = normalizeStatus(fromCellText(statusCell)) ?? '未启动';
  if (status !== change.oldStatus || fromCellText(progressCell) !== change.oldProgress) {
    return { no: change.no, kind: 'conflict', status };
  }
  if (typeof updated === 'number' && toExcelSerial(change.date) < updated) {
    return { no: change.no, kind: 'stale', date: change.date, updated: fromExcelSerial(updated) ?? String(updated) };
  }
  return null;
}
