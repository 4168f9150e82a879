/**
 * What a paste into the import box becomes: plain text (the textarea pastes it as is), a refusal (an HTML table we do
 * not read), or the box's new text, read as a grid (merged cells known) when the table was pasted over everything.
 */
import { gridToTabText } from '../../model';
import { htmlTableToGrid, type HtmlTableRefusal } from './htmlTableToGrid';
import type { GridInput } from './parseImportInput';

export type PasteResult =
  | { kind: 'text' }
  | { kind: 'refused'; refusal: HtmlTableRefusal }
  | { kind: 'replace'; text: string; grid: GridInput | null };

/** The box's text and selection at the paste. */
export interface PasteTarget {
  value: string;
  selectionStart: number;
  selectionEnd: number;
}

/**
 * @example readPaste('', box) // { kind: 'text' }: no HTML on the clipboard
 */
export function readPaste(html: string, target: PasteTarget): PasteResult {
  const result = html ? htmlTableToGrid(html) : null;
  if (result === null) return { kind: 'text' };
  if (!result.ok) return { kind: 'refused', refusal: result.refusal };
  const pasted = gridToTabText(result.grid);
  const { value, selectionStart, selectionEnd } = target;
  // A table pasted over everything is read as a grid (merged cells known); pasted into other text, it is text.
  if (selectionStart === 0 && selectionEnd === value.length) {
    const table = { rows: result.grid, merges: result.merges, source: 'html' as const };
    return { kind: 'replace', text: pasted, grid: { table, text: pasted, cells: null } };
  }
  return { kind: 'replace', text: value.slice(0, selectionStart) + pasted + value.slice(selectionEnd), grid: null };
}
