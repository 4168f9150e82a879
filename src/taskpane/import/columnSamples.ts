/**
 * One example cell per column of a pasted tab table, shown beside each column's role picker so a coordinator can
 * tell the columns of a header-less table apart. Reads only the start of the text (bounded).
 */

import { TAB_ROWS_SCAN_CHARS, tabRows } from './tabRows';

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
  for (const row of tabRows(text.slice(0, TAB_ROWS_SCAN_CHARS))) {
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
