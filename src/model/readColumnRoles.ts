/**
 * Each column scored against every role from its whole content (how many of its cells read as numbers, task text,
 * agencies, people, schedules, progress), with the header word as a strong prior: the best role, the runner-up of
 * another kind, and the margin between them. One pass per column over a bounded sample: linear in the table.
 */
import { classifyCell, type CellKind } from './classifyCell';
import type { ColumnReading, ColumnRole } from './types';

/** Rows sampled per column: enough to vote, bounded so a huge table costs the same as a big one. */
const MAX_SAMPLE = 300;
/** Weight of the content against the prior (the header word, or the role the parser chose without one). */
const CONTENT_WEIGHT = 0.6;
/** Filled cells needed for the content to weigh in full: one odd cell is that task's problem, not the column's. */
const MIN_EVIDENCE = 3;
/** A margin below this is a guess: the column roles open first in the preview. */
export const SMALL_MARGIN = 0.2;

/** The roles compared: the agency roles differ only by header words, so they count as one kind here. */
const KIND_ROLES: readonly ColumnRole[] = ['no', 'task', 'units', 'leader', 'schedule', 'progress', 'other'];

function kindRole(role: ColumnRole): ColumnRole {
  return role === 'lead' || role === 'support' || role === 'joint' ? 'units' : role;
}

function roleOfKind(kind: CellKind): ColumnRole {
  switch (kind) {
    case 'number':
      return 'no';
    case 'agencies':
      return 'units';
    case 'person':
      return 'leader';
    case 'empty':
      return 'other';
    default:
      return kind;
  }
}

/**
 * One reading per column of the task rows, given the roles chosen (from the header, the user or content).
 * @example readColumnRoles([['1', '修订办法。', '县司法局', '2026年底前']], ['no', 'task', 'units', 'schedule'])[3]?.role // 'schedule'
 */
export function readColumnRoles(rows: readonly (readonly string[])[], roles: readonly ColumnRole[]): ColumnReading[] {
  const sample = rows.slice(0, MAX_SAMPLE);
  return roles.map((chosen, k) => {
    const counts = new Map<ColumnRole, number>();
    let filled = 0;
    for (const cells of sample) {
      const cell = cells[k] ?? '';
      if (cell === '') continue;
      filled += 1;
      const role = roleOfKind(classifyCell(cell));
      counts.set(role, (counts.get(role) ?? 0) + 1);
    }
    // Task text and progress text are both prose: a prose column shares its votes between them.
    const prose = (counts.get('task') ?? 0) + (counts.get('progress') ?? 0);
    const share = (role: ColumnRole): number => {
      if (filled === 0) return role === 'other' ? 1 : 0;
      const own = counts.get(role) ?? 0;
      return (role === 'task' || role === 'progress' ? (own + prose) / 2 : own) / filled;
    };
    const weight = CONTENT_WEIGHT * Math.min(1, filled / MIN_EVIDENCE);
    const scored = KIND_ROLES.map((role) => ({
      role,
      score: weight * share(role) + (1 - CONTENT_WEIGHT) * (kindRole(chosen) === role ? 1 : 0),
    }));
    const mine = scored.find((s) => s.role === kindRole(chosen))?.score ?? 0;
    const rivals = scored.filter((s) => s.role !== kindRole(chosen) && s.score > 0).sort((a, b) => b.score - a.score);
    const best = rivals[0];
    const round = (n: number): number => Math.round(n * 1000) / 1000;
    return {
      role: chosen,
      score: round(mine),
      runnerUp: best ? best.role : null,
      runnerUpScore: round(best ? best.score : 0),
      margin: round(mine - (best ? best.score : 0)),
    };
  });
}
