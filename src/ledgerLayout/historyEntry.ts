/**
 * One entry of the ledger's `ProgressLog` history table (进展记录): what every reader and writer of the history uses.
 */
import type { IsoDate, Status } from '../model';

/** One entry of the `ProgressLog` history table. */
export interface HistoryEntry {
  /** ISO 8601 time the entry was written. */
  time: string;
  no: number;
  previousStatus: Status | null;
  status: Status;
  note: string;
  date: IsoDate;
  by: string;
  /** 填报单位: the agency whose returned report this entry came from; '' for a status entry from the pane. */
  agency: string;
  /** 填报轮次: the round's name (`2026年11月`); '' for a status entry. */
  round: string;
  /** 答复编号: the answer's stable id (`ReportHistoryEntry.answerId`); '' for a status entry. */
  answerId: string;
}
