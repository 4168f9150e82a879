/**
 * ExcelJS, loaded on first use: the pane's first load stays small (the library is about 1 MB).
 */
import type * as ExcelJSModule from 'exceljs';

export type ExcelJS = typeof ExcelJSModule;

let loading: Promise<ExcelJS> | null = null;

/**
 * Imports ExcelJS once and returns its namespace, whichever way the bundler wraps a CommonJS module.
 * @example const { Workbook } = await loadExcelJS();
 */
export function loadExcelJS(): Promise<ExcelJS> {
  loading ??= import('exceljs').then((mod) => {
    // Node's ESM loader puts module.exports under `default`; bundlers may not.
    const wrapped = mod as ExcelJS & { default?: ExcelJS };
    return wrapped.default ?? wrapped;
  });
  return loading;
}
