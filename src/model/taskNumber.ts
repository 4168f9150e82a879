/**
 * Task numbers as tables write them: a 序号 cell (`1`, `1.`, `1、`, `(1)`, `（1）`, `204.`, `２０４`), or a
 * number written at the start of the task cell (`1.建立制度`, never `1.5亿元`).
 */
import type { Columns } from './columnsFromHeader';

function halfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

const TASK_NUMBER_RE = /^(?:[(（]\s*([0-9０-９]{1,6})\s*[)）]|([0-9０-９]{1,6})\s*[.、．,，)）]?)$/;

/** The task number a cell holds (`1`, `1.`, `1、`, `(1)`, `（1）`, `204.`), or null. */
export function taskNumber(cell: string): number | null {
  const m = TASK_NUMBER_RE.exec(cell);
  if (!m) return null;
  const n = Number(halfWidthDigits(m[1] ?? m[2] ?? ''));
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** `1.建立制度`, `（3）完善机制`: a number at the start of a task cell; not `1.5亿元`. */
const GLUED_NUMBER_RE = /^(?:[(（]\s*([0-9０-９]{1,6})\s*[)）]|([0-9０-９]{1,6})\s*[.、．])(?![0-9０-９])\s*(?=\S)/;

function gluedNumber(cell: string): { no: number; rest: string } | null {
  const m = GLUED_NUMBER_RE.exec(cell);
  if (!m) return null;
  const no = Number(halfWidthDigits(m[1] ?? m[2] ?? ''));
  return Number.isInteger(no) && no > 0 ? { no, rest: cell.slice(m[0].length) } : null;
}

/** A row's task number, and its cells with a number written into the task cell split off when the table has no 序号 cell for it. */
export function numbered(cells: readonly string[], columns: Columns): { no: number | null; cells: readonly string[] } {
  if (cells.length === 1) return { no: taskNumber(cells[0] ?? ''), cells };
  if (columns.no >= 0) {
    const no = taskNumber(cells[columns.no] ?? '');
    // A merged category column left of 序号 is pasted only on the first row it covers: later rows start at 序号.
    const first =
      no === null && columns.no > 0 && cells.length <= columns.count - columns.no ? taskNumber(cells[0] ?? '') : null;
    if (first !== null) return { no: first, cells: [...Array<string>(columns.no).fill(''), ...cells] };
    if (no !== null || columns.fromHeader || columns.no !== 0 || cells.length !== columns.count - 1)
      return { no, cells };
    // No header and one cell short: the first cell may hold the number and the task together.
    const glued = gluedNumber(cells[0] ?? '');
    return glued ? { no: glued.no, cells: [String(glued.no), glued.rest, ...cells.slice(1)] } : { no, cells };
  }
  const glued = gluedNumber(cells[columns.text] ?? '');
  if (!glued) return { no: null, cells };
  const split = [...cells];
  split[columns.text] = glued.rest;
  return { no: glued.no, cells: split };
}
