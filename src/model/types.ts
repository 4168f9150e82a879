/**
 * The model's value types, as zod schemas with inferred types.
 * Parse at the boundary with these schemas; inside the model the types are trusted.
 */
import { z } from 'zod';
import { STATUSES, type Status } from './statuses';

// No `new Function` probe: the add-in's pages forbid eval in their Content-Security-Policy.
z.config({ jitless: true });

/** A calendar date as `YYYY-MM-DD`; the model never uses `Date` objects for days. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** How an agency is responsible for a task: it leads (牵头), supports (配合), or shares a joint list. */
export const RoleSchema = z.enum(['lead', 'support', 'joint']);
export type Role = z.infer<typeof RoleSchema>;

/** A role filter: one role, or any of them. */
export type RoleFilter = Role | 'any';

export const AssignmentSchema = z.object({
  /** Normalised agency name (see `normalizeAgency`). */
  agency: z.string().min(1),
  role: RoleSchema,
});
export type Assignment = z.infer<typeof AssignmentSchema>;

export const SectionSchema = z.object({
  /** 1-based number in document order (`一、` is 1). */
  no: z.number().int().positive(),
  /** The numeral as written, e.g. `一`, `（一）`, `1`. */
  numeral: z.string(),
  title: z.string(),
});
export type Section = z.infer<typeof SectionSchema>;

export const ScheduleInfoSchema = z.object({
  /** The deadline, or null when the text names none (ongoing, ambiguous or unreadable). */
  deadline: IsoDateSchema.nullable(),
  /** The text says the work goes on (持续实施, 长期坚持 …). */
  ongoing: z.boolean(),
  /** What is due at the deadline, e.g. `出台具体措施`; empty when nothing is named. */
  deliverable: z.string(),
  /** The text was understood (a deadline, an ongoing phrase, or both). */
  recognized: z.boolean(),
  /** The text names a time that cannot be pinned to a day (`2016年9月前`, `年内`); never guessed. */
  ambiguous: z.boolean(),
});
export type ScheduleInfo = z.infer<typeof ScheduleInfoSchema>;

export const TaskSchema = z.object({
  /** The task's number (序号) as printed. */
  no: z.number().int().positive(),
  /** The `no` of the section the task is under, or null before any section heading. */
  section: z.number().int().positive().nullable(),
  text: z.string(),
  /** The 负责单位 cell's raw text. */
  units: z.string(),
  assignments: z.array(AssignmentSchema),
  /** The 时间进度 cell's raw text. */
  schedule: z.string(),
  deadline: IsoDateSchema.nullable(),
  ongoing: z.boolean(),
  /** The schedule names a time that cannot be pinned to a day (`年内`, `2016年9月前`): no deadline is guessed. */
  ambiguous: z.boolean(),
  /** People in charge (责任领导, 分管市领导, 牵头负责领导, a leader-section heading), as written; never agencies. */
  leaders: z.array(z.string()),
  /** 1-based line where the row starts in the source text. */
  line: z.number().int().positive(),
});
export type Task = z.infer<typeof TaskSchema>;

/** `info` reports a correction the parser made on its own (a typo fixed, a year assumed): nothing is lost. */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** Every issue code, closed: the pane renders each one per locale (`formatParseIssue`). */
export const PARSE_ISSUE_CODES = [
  // The text as a whole.
  'empty',
  'no-tasks',
  'columns-inferred',
  // Rows and numbering.
  'duplicate-number',
  'skipped-number',
  'number-backwards',
  'row-unrecognized',
  'rows-unrecognized-more',
  'missing-cell',
  'extra-cells',
  'row-realigned',
  // Units.
  'units-empty',
  'units-unparsed',
  'units-unbalanced-brackets',
  'agency-typo',
  'agency-corrected',
  'agency-split',
  'leader-not-agency',
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
export const ParseIssueCodeSchema = z.enum(PARSE_ISSUE_CODES);
export type ParseIssueCode = z.infer<typeof ParseIssueCodeSchema>;

/** A problem found in input: errors as data, never thrown. */
export const ParseIssueSchema = z.object({
  /** 1-based source line, or 0 for the text as a whole. */
  line: z.number().int().nonnegative(),
  severity: SeveritySchema,
  code: ParseIssueCodeSchema,
  /** What the message names (task number, cell text, year …); `formatParseIssue` renders them per locale. */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The zh-CN text with its `第N行：` prefix, for consumers that do not localise (logs, sheets). */
  message: z.string(),
});
export type ParseIssue = z.infer<typeof ParseIssueSchema>;

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

export const COLUMN_ROLES: readonly ColumnRole[] = ['no', 'task', 'units', 'lead', 'support', 'joint', 'leader', 'schedule', 'progress', 'other'];

/** How a table's columns were read. */
export interface ColumnMapping {
  /** One role per column, left to right. */
  roles: ColumnRole[];
  /** The header cells as written, or null per column when there was no header. */
  headers: (string | null)[];
  /** How the roles were decided. */
  source: 'header' | 'content' | 'user';
  /** True when content inference was not sure (the pane then offers the column-role pickers prominently). */
  uncertain: boolean;
}

export interface TaskTable {
  title: string;
  sections: Section[];
  tasks: Task[];
  issues: ParseIssue[];
}

export { STATUSES } from './statuses';
export type { Status } from './statuses';
export const StatusSchema = z.enum(STATUSES);

/** An extension (延期): a new deadline with its reason; the original deadline stays on record. */
export const ExtensionSchema = z.object({
  date: IsoDateSchema,
  reason: z.string().trim().min(1, 'an extension needs a reason'),
});
export type Extension = z.infer<typeof ExtensionSchema>;

/** One progress report for one task, as the pane or a report workbook enters it. */
export const StatusUpdateSchema = z.object({
  status: StatusSchema,
  note: z.string().max(4000),
  date: IsoDateSchema,
  by: z.string().trim().min(1, 'who reports is required').max(100),
  extension: ExtensionSchema.optional(),
});
export type StatusUpdate = z.infer<typeof StatusUpdateSchema>;

/** Traffic light: red = overdue, yellow = due soon, green = on track or done. */
export type Light = 'red' | 'yellow' | 'green';

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
