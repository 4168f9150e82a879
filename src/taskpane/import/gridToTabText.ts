/**
 * A grid of cell texts as the tab-separated rows Excel puts on the clipboard: a cell holding a tab, a line break or a
 * quote is quoted, with quotes doubled. Temporary: src/model's gridToTabText (issue 10's parser) replaces it.
 */
export function gridToTabText(grid: readonly (readonly string[])[]): string {
  return grid.map((row) => row.map(quoteCell).join('\t')).join('\n');
}

function quoteCell(text: string): string {
  return /[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
