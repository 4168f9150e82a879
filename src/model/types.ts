/**
 * The model's value types, as plain TypeScript: no zod here, so code that needs only the types and the closed lists
 * (the custom functions, whose runtime may be an ES2017 engine without `BigInt` / `globalThis`) never loads zod.
 * The zod schemas that parse these shapes at the boundary are in `schemas.ts`, checked there to infer exactly these types.
 */
import type { Status } from './statuses';

/** A calendar date as `YYYY-MM-DD`; the model never uses `Date` objects for days. */
export type IsoDate = string;

/** How an agency is responsible for a task: it leads (牵头), supports (配合), or shares a joint list. */
export const ROLES = ['lead', 'support', 'joint'] as const;
export type Role = (typeof ROLES)[number];

/** A role filter: one role, or any of them. */
export type RoleFilter = Role | 'any';

export interface Assignment {
  /** Normalised agency name (see `normalizeAgency`). */
  agency: string;
  role: Role;
}

export interface Section {
  /** 1-based number in document order (`一、` is 1). */
  no: number;
  /** The numeral as written, e.g. `一`, `（一）`, `1`. */
  numeral: string;
  title: string;
}

export interface ScheduleInfo {
  /** The deadline, or null when the text names none (ongoing, ambiguous or unreadable). */
  deadline: IsoDate | null;
  /** The text says the work goes on (持续实施, 长期坚持 …). */
  ongoing: boolean;
  /** What is due at the deadline, e.g. `出台具体措施`; empty when nothing is named. */
  deliverable: string;
  /** The text was understood (a deadline, an ongoing phrase, or both). */
  recognized: boolean;
  /** The text names a time that cannot be pinned to a day (`2016年9月前`, `年内`); never guessed. */
  ambiguous: boolean;
}

export interface Task {
  /** The task's number (序号) as printed. */
  no: number;
  /** The `no` of the section the task is under, or null before any section heading. */
  section: number | null;
  text: string;
  /** The 负责单位 cell's raw text. */
  units: string;
  assignments: Assignment[];
  /** The 时间进度 cell's raw text. */
  schedule: string;
  deadline: IsoDate | null;
  ongoing: boolean;
  /** The schedule names a time that cannot be pinned to a day (`年内`, `2016年9月前`): no deadline is guessed. */
  ambiguous: boolean;
  /** People in charge (责任领导, 分管市领导, 牵头负责领导, a leader-section heading), as written; never agencies. */
  leaders: string[];
  /** 1-based line where the row starts in the source text. */
  line: number;
}

/** `info` reports a correction the parser made on its own (a typo fixed, a year assumed): nothing is lost. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Every issue code, closed: the pane renders each one per locale (`formatParseIssue`). */
export const PARSE_ISSUE_CODES = [
  // The text as a whole.
  'empty',
  'no-tasks',
  'columns-inferred',
  'column-doubtful',
  'cell-doubtful',
  /** Characters XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF, lone surrogates) were dropped from the text: `count`. */
  'characters-removed',
  // Rows and numbering.
  'duplicate-number',
  'skipped-number',
  'number-backwards',
  'row-unrecognized',
  'rows-unrecognized-more',
  'missing-cell',
  'extra-cells',
  'row-realigned',
  'number-assigned',
  'row-merged',
  'cells-run-together',
  // Units.
  'units-empty',
  'units-unparsed',
  'units-unbalanced-brackets',
  'agency-typo',
  'agency-corrected',
  'agency-split',
  'leader-not-agency',
  'person-in-units',
  'date-in-units',
  'agency-unfamiliar',
  // Schedules.
  'schedule-ambiguous',
  'schedule-unrecognized',
  'year-assumed',
  'date-in-text',
  // Ledger and alias tables read back from the workbook.
  'no-number',
  'date-not-a-date',
  'unknown-status',
  'alias-no-name',
  'alias-no-written',
  'alias-conflict',
] as const;
export type ParseIssueCode = (typeof PARSE_ISSUE_CODES)[number];

/** A problem found in input: errors as data, never thrown. */
export interface ParseIssue {
  /** 1-based source line, or 0 for the text as a whole. */
  line: number;
  severity: Severity;
  code: ParseIssueCode;
  /** What the message names (task number, cell text, year …); `formatParseIssue` renders them per locale. */
  params: Record<string, string | number>;
}

/** The role of a column in a table layout. */
export type ColumnRole =
  | 'no'
  | 'task'
  /** 责任单位: the whole units text, roles read from its words. */
  | 'units'
  | 'lead'
  | 'support'
  | 'joint'
  /** People (责任领导, 分管市领导), never agencies. */
  | 'leader'
  | 'schedule'
  | 'progress'
  | 'other';

export const COLUMN_ROLES: readonly ColumnRole[] = [
  'no',
  'task',
  'units',
  'lead',
  'support',
  'joint',
  'leader',
  'schedule',
  'progress',
  'other',
];

/** How one column was read: its best role and the next best, with their scores (higher is likelier). */
export interface ColumnReading {
  role: ColumnRole;
  score: number;
  /** The next-best role for this column, or null when no other role fits at all. */
  runnerUp: ColumnRole | null;
  runnerUpScore: number;
  /** `score - runnerUpScore`: small means the reading is a guess. */
  margin: number;
}

/** How a table's columns were read. */
export interface ColumnMapping {
  /** One role per column, left to right. */
  roles: ColumnRole[];
  /** The header cells as written, or null per column when there was no header. */
  headers: (string | null)[];
  /** How the roles were decided. */
  source: 'header' | 'content' | 'user';
  /**
   * True when a column's margin is small or rows do not fit the columns (the pane then opens the column roles first).
   */
  uncertain: boolean;
  /**
   * A stable key of the header row (normalised header texts joined with `|`), for remembering a user's correction
   * of this form; '' when the table has no header row.
   */
  headerKey: string;
  /** One reading per column, left to right (same length as `roles`). */
  readings: ColumnReading[];
}

export interface TaskTable {
  title: string;
  sections: Section[];
  tasks: Task[];
  issues: ParseIssue[];
}

export { STATUSES } from './statuses';
export type { Status } from './statuses';

/** An extension (延期): a new deadline with its reason; the original deadline stays on record. */
export interface Extension {
  date: IsoDate;
  reason: string;
}

/** One progress report for one task, as the pane or a report workbook enters it (checked by `StatusUpdateSchema`). */
export interface StatusUpdate {
  status: Status;
  note: string;
  date: IsoDate;
  by: string;
  extension?: Extension | undefined;
}

/** Traffic light: red = overdue, yellow = due soon, green = on track or done. */
export type Light = 'red' | 'yellow' | 'green' | 'blue';

/** Agency aliases: written form → canonical name. */
export type AgencyAliases = Readonly<Record<string, string>>;

/** A task together with what coordinators entered about it (a ledger row). */
export interface TrackedTask extends Task {
  status: Status;
  progress: string;
  updated: IsoDate | null;
  reporter: string;
  extension: Extension | null;
}

/** What the pane (and the sheet's filter buttons) filter by; every field narrows, absent means "all". */
export interface TaskFilter {
  /** A section's `no`; null means tasks outside any section. */
  section?: number | null;
  /** An agency, matched after normalisation. */
  agency?: string;
  /** With `agency`: the role it must have (default 'any'). */
  role?: RoleFilter;
  status?: Status;
  overdueOnly?: boolean;
  /** Due within the warning window and not done (the yellow light). */
  dueSoonOnly?: boolean;
  /** Matched against number, text, units and schedule, case-insensitively. */
  keyword?: string;
}
