/**
 * Turns an R1C1 formula (as the live ledger's 预警 column is written) into the A1 formula of one cell,
 * so the copy carries the very same formula text the add-in writes.
 */
import { columnLetter } from '../ledgerLayout/cellAddress';

const REFERENCE = /R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?/y;
const NAME_CHAR = /[A-Za-z0-9_.\u3400-\u9fff]/u;

function part(
  token: string | undefined,
  base: number,
  absolute: (n: number) => string,
  relative: (n: number) => string,
): string {
  if (token === undefined) return relative(base);
  if (token.startsWith('[')) return relative(base + Number(token.slice(1, -1)));
  return absolute(Number(token) - 1);
}

/**
 * The A1 text of an R1C1 formula for the cell at 0-based (`row`, `col`); strings in quotes are left alone.
 * Throws on a reference that lands outside the sheet (a bug in the caller's column positions).
 * @example r1c1ToA1('=IF(RC[-4]="已完成",1,0)', 1, 15) // '=IF(L2="已完成",1,0)'
 */
export function r1c1ToA1(formula: string, row: number, col: number): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] ?? '';
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const before = i === 0 ? '' : (formula[i - 1] ?? '');
    REFERENCE.lastIndex = i;
    const m = ch === 'R' && !NAME_CHAR.test(before) ? REFERENCE.exec(formula) : null;
    const after = m ? (formula[i + m[0].length] ?? '') : '';
    if (m && !NAME_CHAR.test(after) && after !== '(' && after !== '!') {
      let r = -1;
      let c = -1;
      const rowText = part(
        m[1],
        row,
        (n) => ((r = n), `$${n + 1}`),
        (n) => ((r = n), String(n + 1)),
      );
      const colText = part(
        m[2],
        col,
        (n) => ((c = n), `$${columnLetter(n)}`),
        (n) => ((c = n), columnLetter(n)),
      );
      if (r < 0 || c < 0)
        throw new Error(`r1c1ToA1: ${m[0]} from row ${row + 1}, column ${col + 1} is outside the sheet`);
      out += colText + rowText;
      i += m[0].length;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}
