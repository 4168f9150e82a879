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
  /** 1-based line where the row starts in the source text. */
  line: z.number().int().positive(),
});
export type Task = z.infer<typeof TaskSchema>;

export const SeveritySchema = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof SeveritySchema>;

/** A problem found in input: errors as data, never thrown. */
export const ParseIssueSchema = z.object({
  line: z.number().int().nonnegative(),
  severity: SeveritySchema,
  code: z.string(),
  message: z.string(),
});
export type ParseIssue = z.infer<typeof ParseIssueSchema>;

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
