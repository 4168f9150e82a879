/** Checks a status entry with the model's StatusUpdateSchema and names, per form field, what is wrong in the user's language. */
import { StatusUpdateSchema, type StatusUpdate } from '../../model';
import type { Strings } from '../i18n/strings';

export type StatusField = 'status' | 'note' | 'date' | 'by' | 'extensionDate' | 'extensionReason';

export interface StatusDraft {
  status: string;
  note: string;
  date: string;
  by: string;
  extend: boolean;
  extensionDate: string;
  extensionReason: string;
}

export type StatusValidation =
  { ok: true; update: StatusUpdate } | { ok: false; errors: Partial<Record<StatusField, string>> };

function fieldOf(path: readonly PropertyKey[]): StatusField {
  const [head, sub] = path;
  if (head === 'extension') return sub === 'reason' ? 'extensionReason' : 'extensionDate';
  return head === 'note' || head === 'date' || head === 'by' ? head : 'status';
}

export function validateStatusUpdate(draft: StatusDraft, s: Strings): StatusValidation {
  const candidate = {
    status: draft.status,
    note: draft.note,
    date: draft.date,
    by: draft.by.trim(),
    ...(draft.extend ? { extension: { date: draft.extensionDate, reason: draft.extensionReason.trim() } } : {}),
  };
  const parsed = StatusUpdateSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, update: parsed.data };
  const messages: Record<StatusField, string> = {
    status: s.errors.status,
    note: s.errors.note,
    date: s.errors.date,
    by: s.errors.by,
    extensionDate: s.errors.extensionDate,
    extensionReason: s.errors.extensionReason,
  };
  const errors: Partial<Record<StatusField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue.path);
    errors[field] ??= messages[field];
  }
  return { ok: false, errors };
}
