/**
 * The edge of every custom function: a `Failure` becomes an Excel error value, and nothing thrown
 * ever escapes to Excel (an unhandled throw shows the user a bare #VALUE! with no reason); a text longer than a
 * cell can hold (32,767 characters) becomes #VALUE! with a message.
 */
import type { FunctionError } from './excelErrors';
import { Failure, invalid } from './Failure';
import { longestText, MAX_CELL_TEXT } from './longestText';
import { toExcelError } from './problemMessage';

/** Runs a function body, converting failures and anything thrown into Excel errors. */
export function guard<T>(body: () => T | Failure): T | FunctionError {
  try {
    const result = body();
    if (result instanceof Failure) return toExcelError(result);
    // Excel cannot hold more in a cell: the same #VALUE! and message from every function that returns text.
    const length = longestText(result);
    return length > MAX_CELL_TEXT
      ? toExcelError(invalid({ kind: 'resultTooLong', length, limit: MAX_CELL_TEXT }))
      : result;
  } catch (error) {
    try {
      return toExcelError(
        invalid({ kind: 'internal', detail: error instanceof Error ? error.message : String(error) }),
      );
    } catch {
      return { code: '#VALUE!', message: 'internal error' };
    }
  }
}
