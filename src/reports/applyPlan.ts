/**
 * The ledger rows after a plan is applied: what the workbook layer writes into the status columns.
 */
import type { TrackedTask } from '../model';
import type { ApplyPlan } from './planApply';

/**
 * Returns the rows with each planned change written (status, progress, date, reporter); rows without a change are returned as they are.
 * @example applyPlan(rows, plan).find((r) => r.no === 3)?.status // '推进中'
 */
export function applyPlan<T extends Pick<TrackedTask, 'no' | 'status' | 'progress' | 'updated' | 'reporter'>>(
  rows: readonly T[],
  plan: Pick<ApplyPlan, 'changes'>,
): T[] {
  const byNo = new Map(plan.changes.map((c) => [c.no, c]));
  return rows.map((row) => {
    const change = byNo.get(row.no);
    if (change === undefined) return row;
    return { ...row, status: change.newStatus, progress: change.progress, updated: change.date, reporter: change.by };
  });
}
