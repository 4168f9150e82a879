/**
 * The zod schemas of the model's value types (`types.ts`), for parsing at the boundary (form input, report
 * workbooks). Apart from the types so the custom functions never load zod; each schema is checked below to infer
 * exactly its type, so the two cannot drift.
 */
import { z } from 'zod';
import { STATUSES } from './statuses';
import {
  PARSE_ISSUE_CODES,
  ROLES,
  SEVERITIES,
  type Assignment,
  type Extension,
  type IsoDate,
  type ParseIssue,
  type ParseIssueCode,
  type Role,
  type ScheduleInfo,
  type Section,
  type Severity,
  type StatusUpdate,
  type Task,
} from './types';
import type { Status } from './statuses';

// No `new Function` probe: the add-in's pages forbid eval in their Content-Security-Policy.
z.config({ jitless: true });

/** A calendar date `YYYY-MM-DD`: zod's ISO date checks the month and the day in that month (no 2026-13-01, no 2026-02-29). */
export const IsoDateSchema = z.iso.date();
export const RoleSchema = z.enum(ROLES);

export const AssignmentSchema = z.object({
  agency: z.string().min(1),
  role: RoleSchema,
});

export const SectionSchema = z.object({
  no: z.number().int().positive(),
  numeral: z.string(),
  title: z.string(),
});

export const ScheduleInfoSchema = z.object({
  deadline: IsoDateSchema.nullable(),
  ongoing: z.boolean(),
  deliverable: z.string(),
  recognized: z.boolean(),
  ambiguous: z.boolean(),
});

export const TaskSchema = z.object({
  no: z.number().int().positive(),
  section: z.number().int().positive().nullable(),
  text: z.string(),
  units: z.string(),
  assignments: z.array(AssignmentSchema),
  schedule: z.string(),
  deadline: IsoDateSchema.nullable(),
  ongoing: z.boolean(),
  ambiguous: z.boolean(),
  leaders: z.array(z.string()),
  line: z.number().int().positive(),
});

export const SeveritySchema = z.enum(SEVERITIES);
export const ParseIssueCodeSchema = z.enum(PARSE_ISSUE_CODES);

export const ParseIssueSchema = z.object({
  line: z.number().int().nonnegative(),
  severity: SeveritySchema,
  code: ParseIssueCodeSchema,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const StatusSchema = z.enum(STATUSES);

export const ExtensionSchema = z.object({
  date: IsoDateSchema,
  reason: z.string().trim().min(1, 'an extension needs a reason'),
});

export const StatusUpdateSchema = z.object({
  status: StatusSchema,
  note: z.string().max(4000),
  date: IsoDateSchema,
  by: z.string().trim().min(1, 'who reports is required').max(100),
  extension: ExtensionSchema.optional(),
});

/** True only when A and B are the same type (each assignable to the other, checked invariantly). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only for `true`: a schema that drifts from its type fails `npm run typecheck` here. */
function sameShape<T extends true>(): T | undefined {
  return undefined;
}
sameShape<Same<z.infer<typeof IsoDateSchema>, IsoDate>>();
sameShape<Same<z.infer<typeof RoleSchema>, Role>>();
sameShape<Same<z.infer<typeof AssignmentSchema>, Assignment>>();
sameShape<Same<z.infer<typeof SectionSchema>, Section>>();
sameShape<Same<z.infer<typeof ScheduleInfoSchema>, ScheduleInfo>>();
sameShape<Same<z.infer<typeof TaskSchema>, Task>>();
sameShape<Same<z.infer<typeof SeveritySchema>, Severity>>();
sameShape<Same<z.infer<typeof ParseIssueCodeSchema>, ParseIssueCode>>();
sameShape<Same<z.infer<typeof ParseIssueSchema>, ParseIssue>>();
sameShape<Same<z.infer<typeof StatusSchema>, Status>>();
sameShape<Same<z.infer<typeof ExtensionSchema>, Extension>>();
sameShape<Same<z.infer<typeof StatusUpdateSchema>, StatusUpdate>>();
