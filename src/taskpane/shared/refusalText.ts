/** The words of a workbook operation's refusal: its `problem` in the pane's locale. */
import type { WorkbookProblem } from '../../workbook/port';
import { formatWorkbookProblem } from '../i18n/formatWorkbookProblem';
import type { Locale } from '../i18n/strings';

/**
 * The refusal in words.
 * @example
 * refusalText({ problem: { code: 'task-gone', params: { no: 9 } } }, 'zh-CN') // '第9项已不在台账中…'
 */
export function refusalText(refusal: { problem: WorkbookProblem }, locale: Locale): string {
  return formatWorkbookProblem(refusal.problem, locale);
}
