/**
 * Row splitting for tab-separated text as Excel and Word put it on the clipboard: `"…"` quoting with
 * `""` and line breaks inside a cell, rows padded with tabs, Word's unquoted second paragraph.
 */

export interface Row {
  cells: string[];
  /** 1-based line of the row's first cell. */
  line: number;
  /** Cells as pasted, counting the empty ones at the end (tab rows); tells a short row from a padded one. */
  width: number;
}

/** Tab-separated rows when lines with a tab between two cells are a good share of the text. */
export function isTabSeparated(text: string): boolean {
  let tabLines = 0;
  let nonBlank = 0;
  // Per line: seen a non-space, a tab after it, and a non-space after that tab.
  let content = false;
  let tabAfterContent = false;
  let inner = false;
  const n = text.length;
  for (let i = 0; i <= n; i += 1) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c === 10) {
      if (content) nonBlank += 1;
      if (inner) tabLines += 1;
      content = false;
      tabAfterContent = false;
      inner = false;
    } else if (c === 9) {
      if (content) tabAfterContent = true;
    } else if (c !== 13 && c !== 32 && c !== 0x3000) {
      if (tabAfterContent) inner = true;
      content = true;
    }
  }
  return (tabLines >= 2 && tabLines * 5 >= nonBlank) || (tabLines >= 1 && nonBlank <= 3);
}

/**
 * Splits clipboard text into rows of cells: tabs between cells, newlines between rows, and
 * Excel's quoting (`"a""b` + newline + `c"`). A quote that does not close right before a tab or
 * a newline is text; after a few such quotes quoting is switched off, which keeps this linear.
 */
export function rowsFromTabs(text: string): Row[] {
  const rows: Row[] = [];
  const n = text.length;
  let line = 1;
  let cells: string[] = [];
  let rowLine = 1;
  let failedQuotes = 0;
  let indentedEverywhere = true;
  const finishRow = (): void => {
    const width = cells.length;
    const trimmed = trimCells(cells);
    if (trimmed.length === 0) return;
    if (trimmed.length > 1 && trimmed[0] !== '') indentedEverywhere = false;
    rows.push({ cells: trimmed, line: rowLine, width });
  };
  let i = 0;
  while (i <= n) {
    let value = '';
    if (failedQuotes < 8 && text.charCodeAt(i) === 34) {
      const close = closingQuote(text, i + 1);
      if (close >= 0) {
        value = text.slice(i + 1, close).replace(/""/g, '"');
        for (let k = i + 1; k < close; k += 1) if (text.charCodeAt(k) === 10) line += 1;
        i = close + 1;
      } else {
        failedQuotes += 1;
      }
    }
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 9 || c === 10 || c === 13) break;
      j += 1;
    }
    cells.push(j > i ? value + text.slice(i, j) : value);
    if (j >= n) {
      finishRow();
      break;
    }
    const c = text.charCodeAt(j);
    if (c === 9) {
      i = j + 1;
      continue;
    }
    finishRow();
    cells = [];
    i = c === 13 && text.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
    line += 1;
    rowLine = line;
  }
  for (const r of rows) {
    // Rows pasted with an indent keep an empty first cell everywhere: drop that column.
    if (indentedEverywhere && r.cells[0] === '') {
      r.cells.shift();
      r.width -= 1;
    }
    // A lone value in a later column (a heading in the 工作任务 column) is a single-cell row.
    else if (r.cells[0] === '') {
      const nonEmpty = r.cells.filter((c) => c !== '');
      if (nonEmpty.length === 1) r.cells = nonEmpty;
    }
  }
  return rows;
}

/** Trimmed cells without the empty ones at the end (Excel pads short rows with tabs). */
function trimCells(cells: string[]): string[] {
  for (let k = 0; k < cells.length; k += 1) cells[k] = (cells[k] ?? '').trim();
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

export function tabRow(line: string, lineNo: number): Row {
  const cells = trimCells(line.split('\t'));
  const nonEmpty = cells.filter((c) => c !== '');
  const row = nonEmpty.length === 1 && cells[0] === '' ? nonEmpty : cells;
  return { cells: row, line: lineNo, width: row.length };
}

/** The index of the quote that closes a quoted field starting at `from`, or -1 when it is not quoting. */
function closingQuote(text: string, from: number): number {
  const n = text.length;
  let j = from;
  while (j < n) {
    const q = text.indexOf('"', j);
    if (q < 0) return -1;
    if (text.charCodeAt(q + 1) === 34) {
      j = q + 2;
      continue;
    }
    const after = q + 1 >= n ? -1 : text.charCodeAt(q + 1);
    return after === -1 || after === 9 || after === 10 || after === 13 ? q : -1;
  }
  return -1;
}

/**
 * Word puts a cell's second paragraph on a new line without quoting it: in tab rows, a row that
 * follows a numbered row with fewer cells than the table has continues that row's last cell.
 */
export function continueRow(pending: Row, row: Row): void {
  while (pending.cells.length < pending.width) pending.cells.push('');
  const last = pending.cells.length - 1;
  const [head = '', ...rest] = row.cells;
  pending.cells[last] = pending.cells[last] === '' ? head : `${pending.cells[last] ?? ''}\n${head}`;
  for (const cell of rest) pending.cells.push(cell); // never push(...many): a long row overflows the stack
  pending.width += row.width - 1;
  pending.cells = trimCells(pending.cells);
}
