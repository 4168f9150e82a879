/**
 * The one place that builds Excel error values, behind an injectable factory so the functions run
 * (and are tested) in node without the custom-functions runtime.
 */

/** The two error values the functions return: a wrong argument, or no answer to give. */
export type ExcelErrorCode = '#VALUE!' | '#N/A';

/** What the functions return for an error: the runtime's `CustomFunctions.Error`, or the plain fallback. */
export type FunctionError = CustomFunctions.Error | { code: ExcelErrorCode; message: string };

export type ExcelErrorFactory = (code: ExcelErrorCode, message: string) => FunctionError;

/** Builds `CustomFunctions.Error` (CustomFunctionsRuntime 1.2) inside Excel; a plain `{ code, message }` where the runtime is absent (node, tests). */
export function defaultExcelErrorFactory(code: ExcelErrorCode, message: string): FunctionError {
  if (typeof CustomFunctions !== 'undefined' && typeof CustomFunctions.Error === 'function') {
    // The string value, not `CustomFunctions.ErrorCode.invalidValue`: the enum is tagged CustomFunctionsRuntime 1.3, the string works from 1.2.
    return new CustomFunctions.Error(code as CustomFunctions.ErrorCode, message);
  }
  return { code, message };
}

let factory: ExcelErrorFactory = defaultExcelErrorFactory;

/** Replaces the error factory (tests); pass nothing to restore the default. */
export function setExcelErrorFactory(next?: ExcelErrorFactory): void {
  factory = next ?? defaultExcelErrorFactory;
}

/** An Excel error value with a message for the cell's error indicator. */
export function createExcelError(code: ExcelErrorCode, message: string): FunctionError {
  return factory(code, message);
}
