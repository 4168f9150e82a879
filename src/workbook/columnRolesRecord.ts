/**
 * The coordinator's column-role corrections, one per table header (`ColumnMapping.headerKey` → one role per column):
 * checked when read back (a hand-edited or damaged value is dropped, entry by entry), and bounded when written.
 * Pure: the workbook settings and the preview page's localStorage both keep it.
 */
import { COLUMN_ROLES, type ColumnRole } from '../model';

export type ColumnRolesRecord = Readonly<Record<string, readonly ColumnRole[]>>;

/** Header forms remembered at most; the oldest correction goes first. */
export const MAX_REMEMBERED_HEADERS = 50;
/** Columns a remembered form may have (as the Word reader's widest table). */
const MAX_COLUMNS = 64;

const isRole = (value: unknown): value is ColumnRole =>
  typeof value === 'string' && (COLUMN_ROLES as readonly string[]).includes(value);

/**
 * The record in a stored value (an object, or its JSON text); entries that are not a key with a list of roles are left out.
 * @example parseColumnRolesRecord('{"序号|工作任务":["no","task"],"x":[1]}') // { '序号|工作任务': ['no', 'task'] }
 */
export function parseColumnRolesRecord(value: unknown): ColumnRolesRecord {
  let data: unknown = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value) as unknown;
    } catch {
      return {};
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const record = new Map<string, ColumnRole[]>();
  for (const [key, roles] of Object.entries(data as Record<string, unknown>)) {
    if (key === '' || !Array.isArray(roles) || roles.length === 0 || roles.length > MAX_COLUMNS || !roles.every(isRole))
      continue;
    record.set(key, [...roles]);
  }
  return Object.fromEntries(record);
}

/**
 * The record with `key`'s roles replaced (or removed when `roles` is null), newest last, at most `MAX_REMEMBERED_HEADERS` forms.
 * @example withColumnRoles({}, '序号|工作任务', ['no', 'task']) // { '序号|工作任务': ['no', 'task'] }
 */
export function withColumnRoles(
  record: ColumnRolesRecord,
  key: string,
  roles: readonly ColumnRole[] | null,
): ColumnRolesRecord {
  const entries = Object.entries(record).filter(([k]) => k !== key);
  if (roles !== null && key !== '') entries.push([key, [...roles]]);
  return Object.fromEntries(entries.slice(Math.max(0, entries.length - MAX_REMEMBERED_HEADERS)));
}
