/**
 * The keyword box: every word must appear in the task (number, text, units, schedule, as the model's filterTasks
 * reads it) or name one of its agencies the way matchAgencies does (`人社` finds the tasks of 市人力资源和社会保障局).
 */
import { filterTasks, type QueryContext, type TrackedTask } from '../../model';
import { foldAgencyText, matchAgencies, type AgencyIndex } from './matchAgencies';

/** Shorter words (`市`, `局`) would name nearly every agency: they match text only. */
const MIN_AGENCY_WORD = 2;

export function filterByKeyword<T extends TrackedTask>(
  rows: readonly T[],
  keyword: string,
  index: AgencyIndex,
  agenciesOf: (row: T) => readonly string[],
  context: QueryContext,
): T[] {
  const words = keyword.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [...rows];
  let passing: Set<T> | null = null;
  for (const word of words) {
    const hits: Set<T> = new Set(filterTasks(passing ? [...passing] : rows, { keyword: word }, context));
    if (foldAgencyText(word).length >= MIN_AGENCY_WORD) {
      const named = new Set(matchAgencies(index, word));
      if (named.size > 0)
        for (const row of passing ?? rows)
          if (!hits.has(row) && agenciesOf(row).some((a) => named.has(a))) hits.add(row);
    }
    passing = hits;
  }
  const kept = passing ?? new Set<T>();
  return rows.filter((row) => kept.has(row));
}
