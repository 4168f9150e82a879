/**
 * Which answers of a reporting-round plan are applied now, judged against the ledger as read: an answer already in
 * the log is left out; a change whose row was edited after the preview or that is older than the row's last entry is
 * held back (`heldBack`), its answer neither written nor logged; every other answer is logged once, and its change
 * written when the ledger still has the task. Both ports decide the same way before they write.
 */
import { heldBack, type HeldAnswer, type PlannedChange } from './heldBack';
import type { LedgerColumnIndex } from './ledgerColumnIndex';

/** A planned change and the answer whose status it takes. */
export interface PlannedAnswerChange extends PlannedChange {
  source: { answerId: string };
}

/** The ledger as the port read it: body cells, where the columns are, the position of each 序号's row. */
export interface LedgerAsRead {
  values: readonly (readonly unknown[])[];
  index: Pick<LedgerColumnIndex, 'status' | 'progress' | 'updated'>;
  positionByNo: ReadonlyMap<number, number>;
}

export interface AnswersToApply<C, H> {
  /** Changes whose row was edited after the preview. */
  conflicts: HeldAnswer[];
  /** Changes older than their row's 更新日期. */
  stale: HeldAnswer[];
  /** Answers to log, each once, in plan order. */
  fresh: H[];
  /** Changes to write: their answer is fresh and the ledger has the task. */
  toWrite: C[];
  /** 序号 of fresh changes whose task is no longer in the ledger. */
  notFound: number[];
}

/**
 * Sorts `plan` against the ledger as read and the answer ids already in the log.
 * @example answersToApply(plan, new Set(['a1']), ledger).fresh.map((h) => h.answerId) // ['a2']
 */
export function answersToApply<C extends PlannedAnswerChange, H extends { answerId: string }>(
  plan: { changes: readonly C[]; history: readonly H[] },
  applied: ReadonlySet<string>,
  ledger: LedgerAsRead,
): AnswersToApply<C, H> {
  const { values, index, positionByNo } = ledger;
  const conflicts: HeldAnswer[] = [];
  const stale: HeldAnswer[] = [];
  const held = new Set<string>();
  for (const change of plan.changes) {
    const cells = values[positionByNo.get(change.no) ?? -1];
    if (applied.has(change.source.answerId) || !cells) continue;
    const problem = heldBack(change, cells[index.status], cells[index.progress], cells[index.updated]);
    if (!problem) continue;
    (problem.kind === 'conflict' ? conflicts : stale).push(problem);
    held.add(change.source.answerId);
  }
  // New answers, each once (an answer repeated in the plan goes in once).
  const logged = new Set<string>();
  const fresh = plan.history.filter((h) => {
    if (applied.has(h.answerId) || held.has(h.answerId) || logged.has(h.answerId)) return false;
    logged.add(h.answerId);
    return true;
  });
  const isFresh = (c: C): boolean => logged.has(c.source.answerId);
  return {
    conflicts,
    stale,
    fresh,
    toWrite: plan.changes.filter((c) => isFresh(c) && positionByNo.has(c.no)),
    notFound: plan.changes.filter((c) => isFresh(c) && !positionByNo.has(c.no)).map((c) => c.no),
  };
}
