/**
 * A table whose cells ran together (copied from a PDF viewer or a web page): the header words and the task
 * numbers are there, on one line, with nothing to tell the cells apart. Said plainly, never a silent empty preview.
 */
import { HEADER_NAMES } from './columnsFromHeader';

/** Header words long enough not to occur by chance inside a sentence. */
const WORDS = [...HEADER_NAMES.keys()].filter((w) => w.length >= 4);
/** Rows looked at: a header is near the top. */
const MAX_ROWS = 50;
/** Characters of one row looked at. */
const MAX_CHARS = 4000;

/**
 * Whether a row holds two or more header words run into one cell (`序号 工作任务 责任单位 完成时限 1 …`).
 * @example cellsRanTogether([['序号 工作任务 责任单位 完成时限 1 修订办法 县司法局 2026年底前']]) // true
 */
export function cellsRanTogether(rows: readonly (readonly string[])[]): boolean {
  for (const cells of rows.slice(0, MAX_ROWS)) {
    for (const cell of cells) {
      const text = cell.slice(0, MAX_CHARS).replace(/\s+/g, '');
      let found = 0;
      for (const word of WORDS) if (text.includes(word)) found += 1;
      if (found >= 2) return true;
    }
  }
  return false;
}
