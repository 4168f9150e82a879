/**
 * A reporting round as the ledger's `填报轮次` table keeps it.
 */
import type { IsoDate } from '../model';

/** One reporting round: a name such as `2026年11月` and the day answers are due. */
export interface Round {
  /** Stable id, unique in the workbook (see `createRound`). */
  id: string;
  name: string;
  dueDate: IsoDate;
  /** ISO 8601 time the round was started. */
  createdAt: string;
}
