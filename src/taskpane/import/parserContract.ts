/**
 * TEMPORARY (removed when issue 10's parser lands in main, /work/signals/10-api-merged): the parser contract's new
 * types and formatParseIssue, declared here so the preview is built against them. Fields the current parser lacks
 * are feature-detected.
 */
import { parseSchedule, parseTaskTable, type AgencyAliases, type ParsedTaskTable, type ParseIssue, type Task } from '../../model';
import type { Locale } from '../strings';

/** The role of a column in a table layout. */
export type ColumnRole = 'no' | 'task' | 'units' | 'lead' | 'support' | 'joint' | 'leader' | 'schedule' | 'progress' | 'other';

export interface ColumnMapping {
  roles: ColumnRole[];
  headers: (string | null)[];
  source: 'header' | 'content' | 'user';
  uncertain: boolean;
}

export interface ParseTaskTableOptions {
  aliases?: AgencyAliases;
  columns?: ColumnRole[];
  documentYear?: number;
}

export type ContractIssue = ParseIssue & { params?: Record<string, string | number> };
export type ContractTask = Task & { leaders?: string[]; ambiguous?: boolean };
export type ContractTable = ParsedTaskTable & { tasks: ContractTask[]; issues: ContractIssue[]; columns?: ColumnMapping | null };

/** A silent correction (the contract's severity 'info'). */
export function isInfo(issue: ContractIssue): boolean {
  return (issue.severity as string) === 'info';
}

export function parseTable(text: string, options: ParseTaskTableOptions): ContractTable {
  return parseTaskTable(text, options);
}

export function formatParseIssue(issue: ContractIssue, _locale: Locale): string {
  return issue.message.replace(/^第\s*\d+\s*行[：:]\s*/, '');
}

export function isAmbiguous(task: ContractTask): boolean {
  return task.ambiguous ?? parseSchedule(task.schedule).ambiguous;
}

export function leadersOf(task: ContractTask): string[] {
  return task.leaders ?? [];
}
