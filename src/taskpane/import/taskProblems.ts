/**
 * Each task's problems (issues naming its number), worded in the pane's language, so its card in the import preview
 * shows what to check; issues the card already marks in its own field are left out.
 */
import { formatParseIssue, type ParseIssue } from '../../model';
import type { Locale } from '../i18n/strings';

/** Issues the card already marks in its own field (期限 待确认 / 未能识别, 未读到责任单位). */
const SHOWN_BY_FIELD: ReadonlySet<ParseIssue['code']> = new Set([
  'schedule-ambiguous',
  'schedule-unrecognized',
  'units-empty',
]);

export function taskProblems(problems: readonly ParseIssue[], locale: Locale): Map<number, string[]> {
  const byTask = new Map<number, string[]>();
  for (const issue of problems) {
    const no = issue.params.no;
    if (typeof no !== 'number' || SHOWN_BY_FIELD.has(issue.code)) continue;
    const list = byTask.get(no) ?? [];
    list.push(formatParseIssue(issue, locale));
    byTask.set(no, list);
  }
  return byTask;
}
