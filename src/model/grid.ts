/**
 * A table as every source gives it (pasted text, pasted HTML, a .docx, an Excel range, a PDF): rows of cell
 * texts, with the merged areas the source knows. The parser reads grids; each source is a grid builder.
 */

/** A merged area: its top-left cell holds the text, and every cell it covers holds the same text. */
export interface GridMerge {
  /** 0-based row of the area's top-left cell. */
  row: number;
  /** 0-based column of the area's top-left cell. */
  col: number;
  /** Rows the area covers (at least 1). */
  rowSpan: number;
  /** Columns the area covers (at least 1). */
  colSpan: number;
}

/** Where a grid came from: text sources know no merges; the others may. */
export type GridSource = 'text' | 'html' | 'docx' | 'excel' | 'pdf';

export interface Grid {
  /**
   * Rows of trimmed cell texts. Rows may differ in length (a pasted row lacking a cell). A cell covered by a
   * merge holds the merge's text (the same string, not a copy), so a reader that ignores `merges` still sees
   * every row whole.
   */
  rows: string[][];
  /** The merged areas the source knows (Word, HTML, Excel, a ruled PDF); empty for text. */
  merges: GridMerge[];
  /** 1-based source line of each row (text sources), for issue line numbers; absent: the row's index + 1. */
  lines?: number[];
  source: GridSource;
}
