/**
 * The import sources' types, Fluent UI v9's way: the props, what the import view receives (`ImportSource`), the tables
 * found (`SourceCandidate`) and the state `useImportSources` hands the render.
 */
import type { XmlParser } from '../../documents/readDocxTables';
import type { ReadPdfOptions } from '../../documents/readPdfTables';
import type { Grid, GridMerge, GridSource } from '../../model';
import type { WorkbookPort } from '../../workbook/port';

export interface ImportSourcesProps {
  port: WorkbookPort | null;
  onSource: (source: ImportSource) => void;
  /** The XML parser (the browser's DOMParser by default). */
  parser?: XmlParser;
  /** How PDFs are read (by default pdf.js's worker and CMaps from the pane's own origin). */
  pdfOptions?: () => ReadPdfOptions;
}

/** What the import view receives: the table as a grid, its text for the paste box, a name, the year for year-less deadlines. */
export interface ImportSource {
  /** The grid's text (tab-separated), shown in the paste box; editing it makes the import read the text instead. */
  text: string;
  name: string;
  documentYear?: number;
  /** The table as the parser reads it: the document's title as a first row, then the cells with their merged areas. */
  table?: Grid;
  /** The cells the table came from, for carrying its own columns (进展情况, 备注…) into the ledger after the load. */
  grid?: string[][];
}

export interface SourceCandidate {
  label: string;
  grid: string[][];
  /** The merged areas the reader knows (Word, Excel, a ruled PDF). */
  merges?: GridMerge[];
  kind: GridSource;
  /** The document's title, put on the first line so the parser reads it as the table's title. */
  title?: string;
  /** The paragraph right over the table; a short one goes above the table for the parser (a note such as `（列第一位的为牵头单位）`). */
  caption?: string;
  /** The paragraph right after the table; a note stating the first-listed convention goes under it for the parser. */
  after?: string;
  name: string;
  notes: string[];
}

/** The tables a read found, the likeliest task table chosen. */
export interface SourcesFound {
  phase: 'found';
  info: string | null;
  candidates: SourceCandidate[];
  chosen: number;
  year: number | null;
  warning: string | null;
}

/** What the last read came to: failed (worded) or the tables found. */
export type SourcesOutcome = { phase: 'failed'; message: string } | SourcesFound;
