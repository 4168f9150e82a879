/**
 * Why a write was refused or could not be completed, as data: the pane turns each code into words per locale
 * (`src/taskpane/shared/workbookProblemText.ts`). Co-authoring and host-version refusals; older refusals still carry
 * their own `message`.
 */
import type { OptionalFeature } from './requirements';

export type WorkbookProblem =
  /** The task's row was gone when the write ran (a co-author deleted it, or changed its 序号): nothing was written. */
  | { code: 'task-gone'; params: { no: number } }
  /** The rows kept moving under the write (co-authors sorting or inserting) after every retry: what was written was put back. */
  | { code: 'rows-moving'; params: { table: string; attempts: number } }
  /** Rows were written just below a table but Excel did not take them into it (and this Excel cannot resize a table). */
  | { code: 'table-not-expanded'; params: { table: string; address: string } }
  /** A column the write needs was deleted while it ran. */
  | { code: 'column-gone'; params: { table: string } }
  /** Excel refused the write (a protected sheet, a merged or filtered range in the way …): `reason` is Excel's error code. */
  | { code: 'write-refused'; params: { table: string; reason: string } }
  /** The feature needs a newer Excel than this one. */
  | { code: 'needs-newer-excel'; params: { feature: OptionalFeature } };

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
