/**
 * A round as `saveRound` writes it, or why it is refused before the table is read: a round needs an id and a name,
 * and a due date that is a YYYY-MM-DD date. Both ports check a round this way.
 */
import { isValidIsoDate } from '../model';
import type { Round } from './round';
import { roundToRow } from './roundTable';

export type RoundToSave =
  | { ok: true; name: string; cells: string[] }
  | {
      ok: false;
      code: 'invalid';
      problem:
        | { code: 'round-incomplete'; params: Record<string, never> }
        | { code: 'round-due-date-invalid'; params: { dueDate: string } };
    };

/**
 * The round's trimmed name and its row's cells (已报送单位 empty), or the refusal.
 * @example roundToSave({ id: 'r-1', name: ' 2026年11月 ', dueDate: '2026-11-25', createdAt: 't' }) // { ok: true, name: '2026年11月', cells: ['r-1', '2026年11月', '2026-11-25', 't', ''] }
 */
export function roundToSave(round: Round): RoundToSave {
  const name = round.name.trim();
  if (round.id.trim() === '' || name === '')
    return { ok: false, code: 'invalid', problem: { code: 'round-incomplete', params: {} } };
  if (!isValidIsoDate(round.dueDate))
    return {
      ok: false,
      code: 'invalid',
      problem: { code: 'round-due-date-invalid', params: { dueDate: round.dueDate } },
    };
  return { ok: true, name, cells: roundToRow({ ...round, name }, new Map()) };
}
