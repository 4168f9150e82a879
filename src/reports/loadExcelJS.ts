/**
 * ExcelJS, loaded on first use: the pane's first load stays small (the library is about 1 MB).
 */
import type * as ExcelJSModule from 'exceljs';

export type ExcelJS = typeof ExcelJSModule;

/**
 * Imports ExcelJS (the module system caches it) and returns its namespace, however the bundler wraps a CommonJS module.
 * @example const { Workbook } = await loadExcelJS();
 */
export async function loadExcelJS(): Promise<ExcelJS> {
  const mod = await import('exceljs');
  // Node's ESM loader puts module.exports under `default`; bundlers may not.
  const wrapped = mod as ExcelJS & { default?: ExcelJS };
  return wrapped.default ?? wrapped;
}
