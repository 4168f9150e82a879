/**
 * Whether a cell's text is a task's 序号 (`3`, `３`, `3.`, `3、`, `(3)`, `（3）`): what numbers the rows of a task table.
 */

const ROW_NUMBER_RE = /^\s*[(（]?\s*[0-9０-９]{1,4}\s*[)）.、．]?\s*$/u;

/**
 * True for a row number.
 * @example isRowNumber('（12）') // true
 * @example isRowNumber('12月底前') // false
 */
export function isRowNumber(text: string): boolean {
  return ROW_NUMBER_RE.test(text);
}
