/**
 * Row splitting for cell-per-line text (a Word table dumped one cell per line): rows between blank
 * lines, or, without blank lines, from number lines, headings, header cells and indentation.
 */
import { taskNumber } from './taskNumber';
import { ATTACHMENT_RE, headingOf } from './headingOf';
import { headerKey } from './columnsFromHeader';
import { tabRow, type Row } from './rowsFromTabs';

export type LineKind = 'number' | 'heading' | 'attachment' | 'header' | 'other';

function lineKind(t: string): LineKind {
  if (taskNumber(t) !== null) return 'number';
  if (headingOf(t) !== null) return 'heading';
  if (ATTACHMENT_RE.test(t)) return 'attachment';
  if (headerKey(t) !== null) return 'header';
  return 'other';
}

/**
 * Groups cell-per-line text into rows. A row starts at a number line or after a blank line; without
 * blank lines between rows, also at a heading, a header cell, or an unindented line.
 */
export function rowsFromLines(lines: readonly string[]): Row[] {
  const trimmed = lines.map((l) => l.trim());
  const kinds = trimmed.map((t) => (t === '' ? 'other' : lineKind(t)));
  let nonBlank = 0;
  let indented = 0;
  let groups = 0;
  let numberLines = 0;
  for (let i = 0; i < lines.length; i += 1) {
    if (trimmed[i] === '') continue;
    nonBlank += 1;
    if (/^[ \t\u3000]/.test(lines[i] ?? '')) indented += 1;
    if (i === 0 || trimmed[i - 1] === '') groups += 1;
    if (kinds[i] === 'number') numberLines += 1;
  }
  const blankSeparated = numberLines === 0 || groups > numberLines * 0.5;
  const indentMatters = indented * 2 >= nonBlank && indented < nonBlank;

  const rows: Row[] = [];
  let current: Row | null = null;
  let currentKind: 'single' | 'header' | 'normal' = 'normal';
  for (let i = 0; i < lines.length; i += 1) {
    const t = trimmed[i] ?? '';
    if (t === '') {
      // A line holding only a tab inside a row is an empty cell (Word writes an empty cell so), not a row break.
      if (current !== null && /^\t+$/.test(lines[i] ?? '') && (trimmed[i + 1] ?? '') !== '') {
        current.cells.push('');
        current.width += 1;
        continue;
      }
      current = null;
      continue;
    }
    if (t.includes('\t')) {
      // A tab-separated line among cell-per-line text is a whole row on its own.
      rows.push(tabRow(t, i + 1));
      current = null;
      continue;
    }
    const kind = kinds[i] ?? 'other';
    const unindented = indentMatters && !/^[ \t\u3000]/.test(lines[i] ?? '');
    const solo = kind === 'heading' || kind === 'attachment' || unindented;
    // A number line after two cells (or after a number) starts a row: a numbered row is never swallowed.
    const numberStarts =
      kind === 'number' &&
      current !== null &&
      (current.cells.length >= 2 || taskNumber(current.cells[0] ?? '') !== null);
    let startNew = current === null || currentKind === 'single' || unindented || numberStarts;
    if (!blankSeparated) {
      startNew =
        startNew ||
        solo ||
        (kind === 'header' && currentKind !== 'header') ||
        (currentKind === 'header' && kind !== 'header');
    }
    if (startNew || current === null) {
      current = { cells: [], line: i + 1, width: 0 };
      rows.push(current);
      currentKind = solo ? 'single' : kind === 'header' ? 'header' : 'normal';
    }
    current.cells.push(t);
    current.width += 1;
  }
  return rows;
}
