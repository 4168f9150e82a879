/** Builds a parse issue: code and params as data; `formatParseIssue` renders it at the edge. */
import type { ParseIssue, ParseIssueCode, Severity } from './types';

/**
 * A parse issue on a source line (0 for the text as a whole).
 * @example makeIssue(2, 'error', 'missing-cell', { no: 7, cells: '完成时限' })
 * // { line: 2, severity: 'error', code: 'missing-cell', params: { no: 7, cells: '完成时限' } }
 */
export function makeIssue(
  line: number,
  severity: Severity,
  code: ParseIssueCode,
  params: ParseIssue['params'],
): ParseIssue {
  return { line, severity, code, params };
}
