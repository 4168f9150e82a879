/**
 * The day the embedded example opens on. Its deadlines fall in 2015–2016, so against today every task would show
 * 逾期 thousands of days: the preview opens as of a day inside the example's own timeline instead, the middle deadline,
 * where some tasks are done, some due soon and some late, and the header labels it as the example's date.
 */
import { effectiveDeadline, type Extension, type IsoDate } from '../../model';

/**
 * The middle one of the tasks' deadlines (the lower middle for an even count), or null when no task has one.
 * @example exampleAsOf([{ deadline: '2015-08-31', extension: null }, { deadline: '2016-06-30', extension: null }]) // '2015-08-31'
 */
export function exampleAsOf(
  rows: readonly { deadline: IsoDate | null; extension: Extension | null }[],
): IsoDate | null {
  const deadlines = rows.map((row) => effectiveDeadline(row)).filter((d): d is IsoDate => d !== null);
  if (deadlines.length === 0) return null;
  deadlines.sort();
  return deadlines[Math.floor((deadlines.length - 1) / 2)] ?? null;
}
