/**
 * One example cell per column of a pasted tab table, shown beside each column's role picker so a coordinator can
 * tell the columns of a header-less table apart. Reads only the start of the text (bounded).
 */

/** Characters of pasted text scanned for examples. */
const SCAN_CHARS = 100_000;
/** Characters of an example shown. */
const SAMPLE_CHARS = 24;

/**
 * For each of `width` columns, the first non-empty cell (shortened) of the rows that have exactly `width` cells
 * (after the header row when `hasHeader`); '' when there is none.
 *
 * @example
 * columnSamples('1\t任务一\t市教育局\n2\t任务二\t', 3) //=> ['1', '任务一', '市教育局']
 */
export function columnSamples(text: string, width: number, hasHeader = false): string[] {
  const samples = Array.from({ length: width }, () => '');
  let headerSkipped = !hasHeader;
  for (const row of tabRows(text.slice(0, SCAN_CHARS))) {
    if (row.length !== width) continue;
    if (!headerSkipped) {
      headerSkipped = true;
      continue;
    }
    for (const [i, cell] of row.entries()) {
      const value = cell.replace(/\s+/g, ' ').trim();
      if (samples[i] === '' && value !== '') samples[i] = shorten(value);
    }
    if (samples.every((s) => s !== '')) break;
  }
  return samples;
}

function shorten(value: string): string {
  const chars = [...value];
  return chars.length > SAMPLE_CHARS ? `${chars.slice(0, SAMPLE_CHARS).join('')}…` : value;
}

/** Tab rows with Excel's quoting (`"a\nb"`, `""` for a quote). */
function* tabRows(text: string): Generator<string[]> {
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
