/**
 * What is wrong with one row of a returned report workbook, as data: a code and the values the problem names. The
 * issue that carries it says where (`row`, and `no`, the task number sent). The pane words each one per locale
 * (`src/taskpane/rounds/rowProblemText.ts`). Text copied from a cell is as the cell holds it: the pane cuts it.
 */
import type { IsoDate } from '../model';

/** The answer columns with a length cap. */
export type AnswerField = 'progress' | 'problems' | 'nextSteps' | 'by';

type NoParams = Record<string, never>;

export type RowProblem =
  /** The 序号 cell is empty: the row was deleted or moved. */
  | { code: 'missing-row'; params: NoParams }
  | { code: 'task-number-changed'; params: { found: string; sent: number } }
  /** The 工作任务 text differs from what was sent. */
  | { code: 'task-text-changed'; params: NoParams }
  /** The ledger no longer has the task. */
  | { code: 'unknown-task'; params: NoParams }
  /** The ledger's text of the task changed since it was sent (a warning: the answer is read by number). */
  | { code: 'ledger-text-changed'; params: NoParams }
  /** The ledger no longer names the agency on the task. */
  | { code: 'not-assigned'; params: { agency: string } }
  | { code: 'missing-status'; params: NoParams }
  | { code: 'invalid-status'; params: { found: string } }
  | { code: 'missing-reporter'; params: NoParams }
  | { code: 'invalid-date'; params: { found: string } }
  /** No 填报日期 (a warning: the day of import is recorded). */
  | { code: 'missing-date'; params: NoParams }
  /** One answer over its cap, or (`all`) the answers together over one Excel cell. */
  | {
      code: 'too-long';
      params: { field: AnswerField; length: number; limit: number } | { field: 'all'; limit: number };
    }
  | { code: 'implausible-date'; params: { date: IsoDate; earliest: IsoDate; latest: IsoDate } }
  /**
   * Rows below the sent tasks (warnings: ignored). `added`: this row; `more-added`: `count` more from this row on, past
   * the ones named; `beyond-range`: `count` rows from this one on, beyond what a report holds, not read.
   */
  | {
      code: 'extra-row';
      params: { what: 'added' } | { what: 'more-added'; count: number } | { what: 'beyond-range'; count: number };
    };
