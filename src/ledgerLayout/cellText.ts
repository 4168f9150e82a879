/**
 * User and source text as cell input: text that Excel would read as a formula (`=`, `+`, `-`, `@`)
 * gets a quote prefix (`'`), which Excel consumes and keeps the text as text. Cells are also
 * formatted `@` (Text) before values are written; the prefix is the second line of defence.
 */
const FORMULA_START = /^[=+\-@]/;

/**
 * The value to send to Excel for a piece of text, so it is stored as that exact text.
 * @example
 * toCellText('=SUM(1)') // "'=SUM(1)"
 */
export function toCellText(text: string): string {
  return FORMULA_START.test(text) || text.startsWith("'") ? `'${text}` : text;
}

/**
 * A cell's value read back as text: numbers and booleans as written, a stored quote prefix dropped.
 * @example
 * fromCellText("'=SUM(1)") // '=SUM(1)'
 */
export function fromCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  // A host that kept the quote literally (rather than as a prefix) still reads back the user's text.
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
