/**
 * Turns a grid of cells (from an HTML or .docx table, merged cells already expanded) into the
 * tab-separated text Excel puts on the clipboard, which `parseTaskTable` reads.
 */

const NEEDS_QUOTES_RE = /[\t\n\r"]/;

/** Excel's quoting: a cell holding a tab, a line break or a quote is wrapped in `"…"` with `""` for `"`. */
function quoteCell(cell: string): string {
  if (!NEEDS_QUOTES_RE.test(cell)) return cell;
  return `"${cell.replace(/\r\n?/g, '\n').replace(/"/g, '""')}"`;
}

/**
 * Joins rows with `\n` and cells with tabs, quoting a cell that holds a tab, a line break or a quote;
 * a non-string cell is read as empty.
 * @example gridToTabText([['序号', '任务'], ['1', '甲\n乙']]) // '序号\t任务\n1\t"甲\n乙"'
 */
export function gridToTabText(grid: readonly (readonly string[])[]): string {
  if (!Array.isArray(grid)) return '';
  const lines: string[] = [];
  for (const row of grid) {
    if (!Array.isArray(row)) continue;
    lines.push(row.map((cell) => quoteCell(typeof cell === 'string' ? cell : '')).join('\t'));
  }
  return lines.join('\n');
}
