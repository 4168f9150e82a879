/**
 * What the import panel parses: the grid it was handed (a .docx, a PDF, the workbook or pasted HTML, merged cells
 * known) while the paste box still shows that grid's text unchanged, else the text as typed or pasted.
 */
import {
  parseTaskGrid,
  parseTaskTable,
  type Grid,
  type ParsedTaskTable,
  type ParseTaskTableOptions,
} from '../../model';

/** A grid the panel parses while the paste box still shows its text unchanged. */
export interface GridInput {
  table: Grid;
  text: string;
  /** The cells the grid came from, for carried columns (none for pasted HTML). */
  cells: string[][] | null;
}

/** Null for empty text (nothing to preview). */
export function parseImportInput(
  text: string,
  grid: GridInput | null,
  options: ParseTaskTableOptions,
): ParsedTaskTable | null {
  if (grid && grid.text === text) return parseTaskGrid(grid.table, options);
  return text.trim() ? parseTaskTable(text, options) : null;
}
