/**
 * How Excel stores a value an add-in writes (`Range.values`, `formulas`): the double applies these rules so a test
 * sees what a coordinator would see, not what the add-in sent. Sources:
 * - A cell holds at most 32,767 characters ("Excel specifications and limits", support.microsoft.com, "Total number of
 *   characters that a cell can contain"); a longer text is refused (the error code is not documented: InvalidArgument here).
 * - A string is read like typed input unless the cell's number format is Text (`@`) or the string carries the quote
 *   prefix `'` (@types/office-js `Range.values`: "If the returned value starts with a plus ("+"), minus ("-"), or equal
 *   sign ("="), Excel interprets this value as a formula"; support.microsoft.com "Stop automatically changing numbers to
 *   dates": text that looks like a date becomes a date unless the cell is formatted as Text or typed after an apostrophe):
 *   `=…` and a sign before a non-number (`-A1`, `+x`) become formulas; a number with a sign, thousands separators or a
 *   percent becomes a number (`-5` is -5, not the formula `=-5`); TRUE / FALSE become booleans; a date (`2024-01-05`,
 *   `2024/1/5`, `2024年1月5日`, and `2024年1月` as the first of the month, as a zh-CN Excel reads it) becomes its serial
 *   number with a date format.
 */
import { FakeExcelError, type FakeCell } from './fakeExcelModel';

/** The most characters a cell holds. */
const MAX_CELL_CHARACTERS = 32_767;

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?%?$/;
const DATE_PATTERNS: readonly [RegExp, string][] = [
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, 'yyyy-mm-dd'],
  [/^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, 'yyyy/m/d'],
  [/^(\d{4})年(\d{1,2})月(\d{1,2})日$/, 'yyyy"年"m"月"d"日"'],
  [/^(\d{4})年(\d{1,2})月()$/, 'yyyy"年"m"月"'],
];

/** The serial number of a calendar day (Excel's 1900 system, as `toExcelSerial`), or null for an impossible day. */
function serialOf(year: number, month: number, day: number): number | null {
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return Math.round(time / 86_400_000) + 25_569;
}

/** What a General cell makes of typed text, or undefined when it stays text. */
function converted(text: string): { value: number | boolean; format?: string } | { formula: string } | undefined {
  if (text.startsWith('=') && text.length > 1) return { formula: text };
  const trimmed = text.trim();
  if (trimmed !== '' && /\d/.test(trimmed) && NUMBER.test(trimmed)) {
    const number = Number(trimmed.replace(/,/g, '').replace(/%$/, ''));
    if (Number.isFinite(number))
      return trimmed.endsWith('%') ? { value: number / 100, format: '0%' } : { value: number };
  }
  if (/^[+\-@]/.test(text) && text.length > 1) return { formula: `=${text.replace(/^@/, '')}` };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
  for (const [pattern, format] of DATE_PATTERNS) {
    const m = pattern.exec(trimmed);
    if (!m) continue;
    const serial = serialOf(Number(m[1]), Number(m[2]), m[3] === '' || m[3] === undefined ? 1 : Number(m[3]));
    if (serial !== null) return { value: serial, format };
  }
  return undefined;
}

/**
 * Stores `input` in `cell` as Excel would (null and undefined leave the cell as it is).
 * @example
 * storeInput(cell, '-5') // cell.value === -5
 */
export function storeInput(cell: FakeCell, input: unknown): void {
  if (input === null || input === undefined) return;
  if (typeof input === 'string' && input.length > MAX_CELL_CHARACTERS) {
    throw new FakeExcelError(
      'InvalidArgument',
      `a cell holds at most ${MAX_CELL_CHARACTERS} characters, ${input.length} written`,
    );
  }
  delete cell.formula;
  delete cell.formulaR1C1;
  delete cell.quotePrefix;
  if (typeof input !== 'string') {
    cell.value = input as number | boolean;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = input;
    return;
  }
  const as = converted(input);
  if (as === undefined) {
    cell.value = input;
  } else if ('formula' in as) {
    // Excel evaluates it; the double does not.
    cell.formula = as.formula;
    cell.value = '#FORMULA';
  } else {
    cell.value = as.value;
    if (as.format !== undefined && cell.numberFormat === 'General') cell.numberFormat = as.format;
  }
}
