/**
 * A merge the workbook layer refused (a needed column gone, a 序号 on two rows, rows moving under the write); its
 * message says why and what to do, in zh-CN; `problem`, when present, is the same as data for the pane to word per locale.
 * `loadLedger` throws it, the pane shows the message.
 */
import { formatWorkbookProblem } from './formatWorkbookProblem';
import type { WorkbookProblem } from './port';

export class LedgerRefusal extends Error {
  override readonly name = 'LedgerRefusal';
  constructor(
    message: string,
    readonly problem?: WorkbookProblem,
  ) {
    super(message);
  }

  /**
   * The refusal for a problem, its message in zh-CN.
   * @example
   * LedgerRefusal.of({ code: 'rows-moving', params: { table: 'TaskLedger', attempts: 3 } }).problem?.code // 'rows-moving'
   */
  static of(problem: WorkbookProblem): LedgerRefusal {
    return new LedgerRefusal(formatWorkbookProblem(problem, 'zh-CN'), problem);
  }
}
