/**
 * A1 addresses: column letters and the parts of a range address such as `'任务台账'!B3:R30`.
 */

/**
 * The column letters of a 0-based column index.
 * @example
 * columnLetter(0) // 'A'; columnLetter(27) // 'AB'
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A rectangular range: 0-based first row and column, and its size. */
export interface RangeBox {
  sheet: string;
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

/**
 * Reads an address as Excel returns it (`Sheet1!A1:Q25`, `'任务 台账'!C3`); null when it is not one.
 * @example
 * parseAddress('任务台账!A1:Q25') // { sheet: '任务台账', row: 0, col: 0, rowCount: 25, colCount: 17 }
 */
export function parseAddress(address: string): RangeBox | null {
  const bang = address.lastIndexOf('!');
  const rawSheet = bang < 0 ? '' : address.slice(0, bang);
  const sheet =
    rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address.slice(bang + 1));
  if (!match) return null;
  const [, c1 = 'A', r1 = '1', c2 = c1, r2 = r1] = match;
  const row = Number(r1) - 1;
  const col = columnIndex(c1);
  return { sheet, row, col, rowCount: Number(r2) - row, colCount: columnIndex(c2) - col + 1 };
}

/**
 * The A1 address (without sheet) of a box given by 0-based row/column and size.
 * @example
 * boxAddress(1, 0, 24, 17) // 'A2:Q25'
 */
export function boxAddress(row: number, col: number, rowCount: number, colCount: number): string {
  const start = `${columnLetter(col)}${row + 1}`;
  if (rowCount === 1 && colCount === 1) return start;
  return `${start}:${columnLetter(col + colCount - 1)}${row + rowCount}`;
}
