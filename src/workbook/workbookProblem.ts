/**
 * Why a write was refused or could not be completed, as data: the pane turns each code into words per locale
 * (`src/taskpane/shared/workbookProblemText.ts`). Co-authoring and host-version refusals; older refusals still carry
 * their own `message`.
 */
import type { WorkbookProblem } from './port';

/** A refusal, as the operations return it. */
export interface WorkbookRefusal {
  ok: false;
  problem: WorkbookProblem;
}

/**
 * The Excel error code of something `context.sync()` threw, or `GeneralException` when it has none.
 * @example
 * excelErrorCode({ code: 'AccessDenied' }) // 'AccessDenied'
 */
export function excelErrorCode(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code !== '' ? code : 'GeneralException';
}
