/**
 * Builds a parse issue: code and params as data, plus the zh-CN message with its line prefix for
 * consumers that do not localise.
 */
import { formatParseIssue } from './formatParseIssue';
import type { ParseIssue, ParseIssueCode, Severity } from './types';

/**
 * A parse issue with its zh-CN `message` (`第N行：…`, no prefix for line 0).
 * @example makeIssue(2, 'error', 'missing-cell', { no: 7, cells: '完成时限' }).message // '第2行：序号 7 缺少“完成时限”'
 */
export function makeIssue(line: number, severity: Severity, code: ParseIssueCode, params: ParseIssue['params']): ParseIssue {
  const base: ParseIssue = { line, severity, code, params, message: '' };
  const text = formatParseIssue(base, 'zh-CN');
  base.message = line > 0 ? `第${line}行：${text}` : text;
  return base;
}
