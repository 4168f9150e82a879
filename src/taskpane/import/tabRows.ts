/**
 * The start of a pasted tab table read as rows of cells (Excel's quoting: `"a\nb"`, `""` for a quote), for the
 * preview's column pickers — the parser reads the whole text itself.
 */

/** Characters of pasted text the preview scans. */
export const TAB_ROWS_SCAN_CHARS = 100_000;

/**
 * The most cells a row has in the start of the text (1 for text without tabs).
 *
 * @example
 * widestTabRow('1\t任务\t市教育局\n2\t任务二') //=> 3
 */
export function widestTabRow(text: string): number {
  let widest = 0;
  for (const row of tabRows(text.slice(0, TAB_ROWS_SCAN_CHARS))) widest = Math.max(widest, row.length);
  return widest;
}

/** Tab rows with Excel's quoting (`"a\nb"`, `""` for a quote). */
export function* tabRows(text: string): Generator<string[]> {
  let row: string[] = [];
  let cell = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && cell === '') {
      const end = closingQuote(text, i + 1);
      if (end >= 0) {
        cell = text.slice(i + 1, end).replace(/""/g, '"');
        i = end + 1;
        continue;
      }
    }
    if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(cell);
      yield row;
      row = [];
      cell = '';
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      cell += ch;
    }
    i += 1;
  }
  row.push(cell);
  yield row;
}

/** Index of the quote closing a quoted cell opened before `from` (followed by a tab, a line end or the end), or -1. */
function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') {
      i += 1;
      continue;
    }
    const next = text[i + 1];
    return next === undefined || next === '\t' || next === '\n' || next === '\r' ? i : -1;
  }
  return -1;
}
