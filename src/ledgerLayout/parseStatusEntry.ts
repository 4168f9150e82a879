/**
 * A status entry as the pane sends it, checked by the model's `StatusUpdateSchema` before either port reads the
 * ledger: a refusal names the fields that failed.
 */
import { StatusUpdateSchema, type StatusUpdate } from '../model';

export type ParsedStatusEntry =
  | { ok: true; entry: StatusUpdate }
  | { ok: false; code: 'invalid'; problem: { code: 'update-invalid'; params: { fields: readonly string[] } } };

/**
 * The entry, or the refusal with the failing fields' paths.
 * @example parseStatusEntry({ status: '推进中', note: '', date: '2026/11/29', by: '张三' }) // { ok: false, code: 'invalid', problem: { code: 'update-invalid', params: { fields: ['date'] } } }
 */
export function parseStatusEntry(update: StatusUpdate): ParsedStatusEntry {
  const parsed = StatusUpdateSchema.safeParse(update);
  if (parsed.success) return { ok: true, entry: parsed.data };
  return {
    ok: false,
    code: 'invalid',
    problem: { code: 'update-invalid', params: { fields: parsed.error.issues.map((i) => i.path.join('.')) } },
  };
}
