/**
 * Text as the copy stores it. ExcelJS writes every string as a shared string (a value, never a formula) and
 * silently drops the control characters XML 1.0 cannot hold; here a vertical tab or form feed (Word's manual
 * line and page breaks) becomes a line break first, so no line structure is lost, and too long a text is refused.
 */

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARS = 32_767;

// Every C0 control but tab, line feed and carriage return, and DEL: not allowed in XML 1.0 text.
const UNSTORABLE = /[\u0000-\u0008\u000e-\u001f\u007f]/gu;

/**
 * The text to write: `\v` and `\f` as `\n`, other unstorable controls removed; null when longer than a cell holds.
 * @example copyText('第一行\u000b第二行') // '第一行\n第二行'
 */
export function copyText(text: string): string | null {
  const stored = text.replace(/[\u000b\u000c]/gu, '\n').replace(UNSTORABLE, '');
  return stored.length > MAX_CELL_CHARS ? null : stored;
}
