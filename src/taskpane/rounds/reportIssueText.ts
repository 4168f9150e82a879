/**
 * Any problem of a returned report (`ReportIssue`) in the pane's language, from its code and params: a refusal
 * (`reportRefusalText`), the unauthenticated warning, or a row's problem (`rowProblemText`).
 */
import type { ReportIssue } from '../../reports';
import type { Locale } from '../i18n/strings';
import { unauthenticatedText } from './identityRefusalText';
import { reportRefusalText } from './reportRefusalText';
import { rowProblemText } from './rowProblemText';

/**
 * @example reportIssueText({ code: 'missing-status', params: {}, severity: 'error', row: 7, no: 3 }, 'zh-CN') // '已填写内容但未选择“状态”；该行未导入。'
 */
export function reportIssueText(issue: ReportIssue, locale: Locale): string {
  switch (issue.code) {
    case 'unauthenticated':
      return unauthenticatedText(issue, locale);
    case 'missing-row':
    case 'task-number-changed':
    case 'task-text-changed':
    case 'unknown-task':
    case 'ledger-text-changed':
    case 'not-assigned':
    case 'missing-status':
    case 'invalid-status':
    case 'missing-reporter':
    case 'invalid-date':
    case 'missing-date':
    case 'too-long':
    case 'implausible-date':
    case 'extra-row':
      return rowProblemText(issue, locale);
    default:
      return reportRefusalText(issue, locale);
  }
}
