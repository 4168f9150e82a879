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
  /** History entries appended. */
  applied: number;
  /** Answers not appended: skipped by the plan, or found in `ProgressLog` now (applied meanwhile, or the same plan again). */
  skipped: number;
  /** 序号 of the ledger rows written. */
  updated: number[];
  /** 序号 of planned changes whose task is no longer in the ledger (their history is still appended). */
  notFound: number[];
  /** Planned changes not applied because the row was edited after the preview (its status or progress differs from what the plan saw); re-read and preview again. Their answers are not recorded yet. */
  conflicts?: HeldAnswer[];
  /** Planned changes not applied because the answer is dated before the row's last entry (更新日期): flagged, never overwriting a newer entry. Their answers are not recorded yet. */
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
