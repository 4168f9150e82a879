/**
 * Text as the copy stores it. ExcelJS writes every string as a shared string (a value, never a formula) and
 * silently drops the control characters XML 1.0 cannot hold, and every XML reader turns a stored CR into LF;
 * so here CR LF, a lone CR, a vertical tab and a form feed (Word's manual line and page breaks) all become the line
 * break Excel itself stores (LF) first, no line structure is lost, and too long a text is refused.
 */

import { xmlSafeText } from '../model';

/** Excel's limit on the characters of one cell. */
const MAX_CELL_CHARS = 32_767;

// Every C0 control but tab and line feed, and DEL: not allowed in XML 1.0 text (CR is read back as LF).
const UNSTORABLE = /[\u0000-\u0008\u000e-\u001f\u007f]/gu;

/**
 * The text to write: CR LF, CR, `\v` and `\f` as `\n`, other unstorable controls (and U+FFFE, U+FFFF, lone surrogates) removed; null when longer than a cell holds.
 * @example copyText('第一行\u000b第二行') // '第一行\n第二行'
 */
export function copyText(text: string): string | null {
  const stored = xmlSafeText(text.replace(/\r\n?|[\u000b\u000c]/gu, '\n').replace(UNSTORABLE, ''));
  return stored.length > MAX_CELL_CHARS ? null : stored;
}
