/**
 * What applying a reporting-round plan did, as both ports report it: answers logged, answers skipped (by the plan, or
 * found in the log now), rows written, tasks no longer in the ledger, and the answers held back. A change the write
 * found edited after the read (Excel's re-check, `late`) counts as held back, neither written nor logged.
 */
import type { AnswersToApply, PlannedAnswerChange } from './answersToApply';
import type { HeldAnswer } from './heldBack';

/** A change the write itself held back, with its answer. */
export interface LateAnswer {
  answerId: string;
  held: HeldAnswer;
}

export interface ApplyOutcome {
  ok: true;
  applied: number;
  skipped: number;
  updated: number[];
  notFound: number[];
  conflicts?: HeldAnswer[];
  stale?: HeldAnswer[];
}

/**
 * The outcome of `sorted` (from `answersToApply`) for `plan`, less the `late` answers.
 * @example applyOutcome(plan, sorted).updated // [3, 7]
 */
export function applyOutcome(
  plan: { skipped: readonly unknown[]; history: readonly unknown[] },
  sorted: AnswersToApply<PlannedAnswerChange, { answerId: string }>,
  late: readonly LateAnswer[] = [],
): ApplyOutcome {
  const lateIds = new Set(late.map((l) => l.answerId));
  const conflicts = [...sorted.conflicts, ...late.map((l) => l.held).filter((h) => h.kind === 'conflict')];
  const stale = [...sorted.stale, ...late.map((l) => l.held).filter((h) => h.kind === 'stale')];
  return {
    ok: true,
    applied: sorted.fresh.filter((h) => !lateIds.has(h.answerId)).length,
    skipped: plan.skipped.length + plan.history.length - sorted.fresh.length,
    updated: sorted.toWrite.filter((c) => !lateIds.has(c.source.answerId)).map((c) => c.no),
    notFound: sorted.notFound,
    ...(conflicts.length > 0 ? { conflicts } : {}),
    ...(stale.length > 0 ? { stale } : {}),
  };
}
