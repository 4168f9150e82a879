/**
 * An operation the workbook layer refused (no ledger, a needed column gone, a 序号 on two rows, rows moving under the
 * write); `problem` says why as data, and the pane words it per locale (`formatWorkbookProblem`). Its Error message is
 * the problem's code only, never text for people. `loadLedger` and `buildSummary` throw it.
 */
import type { WorkbookProblem } from './port';

export class LedgerRefusal extends Error {
  override readonly name = 'LedgerRefusal';
  constructor(readonly problem: WorkbookProblem) {
    super(problem.code);
  }

  /**
   * The refusal for a problem.
   * @example
   * LedgerRefusal.of({ code: 'rows-moving', params: { table: 'TaskLedger', attempts: 3 } }).problem?.code // 'rows-moving'
   */
  static of(problem: WorkbookProblem): LedgerRefusal {
    return new LedgerRefusal(problem);
  }
}
