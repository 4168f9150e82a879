/**
 * Starting a reporting round: a checked name and due date, and an id unique in the workbook.
 */
import { isValidIsoDate, type IsoDate } from '../model';
import { contentHash } from '../ledgerLayout/contentHash';
import type { Round } from './types';

export type CreateRoundResult =
  { ok: true; round: Round } | { ok: false; code: 'empty-name' | 'duplicate-name' | 'invalid-date'; message: string };

/**
 * Creates a round from a name such as `2026年11月` and a due date; `createdAt` is the edge's clock (ISO 8601).
 * @example createRound('2026年11月', '2026-11-25', '2026-11-01T09:00:00Z', []) // { ok: true, round: { id: 'r-…', … } }
 */
export function createRound(
  name: string,
  dueDate: IsoDate,
  createdAt: string,
  existing: readonly Round[],
): CreateRoundResult {
  const trimmed = name.trim();
  if (trimmed === '') return { ok: false, code: 'empty-name', message: '请填写轮次名称，如“2026年11月”。' };
  if (existing.some((r) => r.name === trimmed))
    return { ok: false, code: 'duplicate-name', message: `已有名为“${trimmed}”的填报轮次。` };
  if (!isValidIsoDate(dueDate))
    return { ok: false, code: 'invalid-date', message: `截止日期“${dueDate}”无效，应如 2026-11-25。` };
  let id = `r-${contentHash([trimmed, dueDate, createdAt]).slice(0, 10)}`;
  for (let i = 2; existing.some((r) => r.id === id); i += 1)
    id = `r-${contentHash([trimmed, dueDate, createdAt, String(i)]).slice(0, 10)}`;
  return { ok: true, round: { id, name: trimmed, dueDate, createdAt } };
}
