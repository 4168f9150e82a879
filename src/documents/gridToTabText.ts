/**
 * A grid of cell texts (from a .docx or an Excel range) as the tab-separated text `parseTaskTable` reads,
 * with Excel's clipboard quoting for cells that hold a tab, a line break or a quote (`"a\nb"`, `""`).
 * Stand-in for the model's `gridToTabText` (issue 10's parser contract) until it lands in `src/model`.
 */

function quoteCell(text: string): string {
  return /[\t\n\r"]/.test(text) ? `"${text.replace(/\r\n?/g, '\n').replace(/"/g, '""')}"` : text;
}

/**
 * Rows joined with "\n", cells with "\t"; empty rows kept (they may separate blocks).
 * @example gridToTabText([['1', '建立制度。', '市教育局\n市财政局']]) // '1\t建立制度。\t"市教育局\n市财政局"'
 */
export function gridToTabText(grid: readonly (readonly string[])[]): string {
  return grid.map((row) => row.map(quoteCell).join('\t')).join('\n');
}
