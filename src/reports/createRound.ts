/**
 * Starting a reporting round: a checked name and due date, and an id unique in the workbook.
 */
import { isValidIsoDate, type IsoDate } from '../model';
import { contentHash } from '../ledgerLayout/contentHash';
import type { Round } from './types';

/** Why a round cannot start, as data (the pane words it: `roundsStrings().roundRefused`). */
export type CreateRoundProblem =
  | { code: 'empty-name'; params: Record<string, never> }
  | { code: 'duplicate-name'; params: { name: string } }
  | { code: 'invalid-date'; params: { dueDate: string } };

export type CreateRoundResult = { ok: true; round: Round } | { ok: false; problem: CreateRoundProblem };

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
  if (trimmed === '') return { ok: false, problem: { code: 'empty-name', params: {} } };
  if (existing.some((r) => r.name === trimmed))
    return { ok: false, problem: { code: 'duplicate-name', params: { name: trimmed } } };
  if (!isValidIsoDate(dueDate)) return { ok: false, problem: { code: 'invalid-date', params: { dueDate } } };
  let id = `r-${contentHash([trimmed, dueDate, createdAt]).slice(0, 10)}`;
  for (let i = 2; existing.some((r) => r.id === id); i += 1)
    id = `r-${contentHash([trimmed, dueDate, createdAt, String(i)]).slice(0, 10)}`;
  return { ok: true, round: { id, name: trimmed, dueDate, createdAt } };
}
