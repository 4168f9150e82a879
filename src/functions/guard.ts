/**
 * The edge of every custom function: a `Failure` becomes an Excel error value, and nothing thrown
 * ever escapes to Excel (an unhandled throw shows the user a bare #VALUE! with no reason).
 */
import type { FunctionError } from './excelErrors';
import { Failure, invalid } from './Failure';
import { toExcelError } from './problemMessage';

/** Runs a function body, converting failures and anything thrown into Excel errors. */
export function guard<T>(body: () => T | Failure): T | FunctionError {
  try {
    const result = body();
    return result instanceof Failure ? toExcelError(result) : result;
  } catch (error) {
    try {
      return toExcelError(invalid({ kind: 'internal', detail: error instanceof Error ? error.message : String(error) }));
    } catch {
      return { code: '#VALUE!', message: 'internal error' };
    }
  }
}
