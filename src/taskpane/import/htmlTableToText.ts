/**
 * Turns the HTML that Word or Excel put on the clipboard for copied table cells into tab-separated rows
 * (Excel's quoting for cells that hold line breaks), which parseTaskTable reads. Null when the HTML has no table.
 */
export function htmlTableToText(html: string, parser: DOMParser = new DOMParser()): string | null {
  const doc = parser.parseFromString(html, 'text/html');
  const rows = [...doc.querySelectorAll('tr')];
  if (rows.length === 0) return null;
  return rows
    .map((tr) =>
      [...tr.querySelectorAll('td, th')]
        .map((cell) => quoteCell(cellText(cell)))
        .join('\t'),
    )
    .join('\n');
}

function cellText(cell: Element): string {
  const paragraphs = [...cell.querySelectorAll('p')];
  const parts = paragraphs.length > 0 ? paragraphs.map((p) => p.textContent) : [cell.textContent];
  return parts
    .map((part) => part.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((part) => part !== '')
    .join('\n');
}

function quoteCell(text: string): string {
  return /[\t\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
