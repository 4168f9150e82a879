/**
 * Pipe and Markdown tables (`| 5 | 完善公共充电网络。 | 市发改委 |`, with or without outer pipes
 * and a `|---|` separator) as the tab-separated text the row splitter reads, line for line.
 */
import { gridToTabText } from './gridToTabText';

/** A Markdown separator row: `| --- | :---: |`, `---|---`. */
const SEPARATOR_RE = /^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*\|?$/;
/** A pipe table needs this many lines with two or more pipes; prose rarely has one. */
const MIN_PIPE_ROWS = 2;

function pipeCount(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i += 1) if (line.charCodeAt(i) === 124) n += 1;
  return n;
}

/** The cells of one pipe row, outer pipes dropped. */
function cellsOf(line: string): string[] {
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|')) t = t.slice(0, -1);
  return t.split('|').map((c) => c.trim());
}

/**
 * The text as tab rows when most of its non-blank lines are pipe rows (each line stays on its own
 * line, a separator row becomes a blank line); null when it is not a pipe table.
 * @example pipeTableToTabText('| 序号 | 任务 |\n|---|---|\n| 1 | 建立制度。 |') // '序号\t任务\n\n1\t建立制度。'
 */
export function pipeTableToTabText(text: string): string | null {
  if (typeof text !== 'string' || !text.includes('|')) return null;
  const lines = text.split(/\r\n|\r|\n/);
  let pipeRows = 0;
  let nonBlank = 0;
  let tabs = 0;
  for (const line of lines) {
    const t = line.trim();
    if (t === '') continue;
    nonBlank += 1;
    if (t.includes('\t')) tabs += 1;
    if (pipeCount(t) >= 2 || SEPARATOR_RE.test(t)) pipeRows += 1;
  }
  if (pipeRows < MIN_PIPE_ROWS || pipeRows * 2 < nonBlank || tabs * 2 > nonBlank) return null;
  const grid = lines.map((line) => {
    const t = line.trim();
    if (SEPARATOR_RE.test(t)) return [];
    // A heading row `| 一、… |  |  |` keeps its one cell; a prose line (title) stays one cell.
    return pipeCount(t) >= 1 ? cellsOf(t) : [t];
  });
  return gridToTabText(grid);
}
