/** The words of a workbook operation's refusal: its `problem` in the pane's locale when it carries one, else its own message. */
import { formatWorkbookProblem, type WorkbookProblem } from '../../workbook/port';
import type { Locale } from '../i18n/strings';

/**
 * The refusal in words.
 * @example
 * refusalText({ message: '', problem: { code: 'task-gone', params: { no: 9 } } }, 'zh-CN') // '第9项已不在台账中…'
 */
export function refusalText(refusal: { message: string; problem?: WorkbookProblem | undefined }, locale: Locale): string {
  return refusal.problem ? formatWorkbookProblem(refusal.problem, locale) : refusal.message;
}
