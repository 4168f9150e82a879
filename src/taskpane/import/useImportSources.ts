/**
 * State of the import sources: read a .docx or a .pdf (bounded, in src/documents) or the workbook's selection / sheet
 * tables (through the port), offer the tables found with the likeliest task table chosen, and hand the chosen
 * grid, with its merged cells, to the import view, which parses it as a grid (its text is shown in the paste box).
 */
import { useState } from 'react';
import type { XmlParser } from '../../documents/readDocxTables';
import type { ReadPdfOptions } from '../../documents/readPdfTables';
import { gridToTabText, noteBelowTable, type Grid, type GridMerge, type GridSource } from '../../model';
import type { SheetGrid, WorkbookPort } from '../../workbook/port';
import { errorText } from '../shared/errorText';
import type { ImportSourcesStrings } from './importSourcesStrings';
import { pdfReadOptions } from './pdfReadOptions';

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

export type SourcesState =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'failed'; message: string }
  | {
      phase: 'found';
      info: string | null;
      candidates: SourceCandidate[];
      chosen: number;
      year: number | null;
      warning: string | null;
    };

export function useImportSources(
  port: WorkbookPort | null,
  s: ImportSourcesStrings,
  onSource: (source: ImportSource) => void,
  parser?: XmlParser,
  pdfOptions?: () => ReadPdfOptions,
) {
  const [state, setState] = useState<SourcesState>({ phase: 'idle' });

  const offer = (candidate: SourceCandidate | undefined, year: number | null) => {
    if (!candidate) return;
    const table = sourceTable(candidate);
    onSource({
      text: gridToTabText(table.rows),
      name: candidate.name,
      table,
      grid: candidate.grid,
      ...(year !== null ? { documentYear: year } : {}),
    });
  };

  const found = (next: Extract<SourcesState, { phase: 'found' }>) => {
    setState(next);
    offer(next.candidates[next.chosen], next.year);
  };

  const readFile = async (file: File) => {
    setState({ phase: 'reading' });
    try {
      const [{ readDocumentFile }, { pickTaskTable }] = await Promise.all([
        import('./readDocumentFile'),
        import('../../documents/pickTaskTable'),
      ]);
      const result = await readDocumentFile(
        file,
        parser ?? new DOMParser(),
        pdfOptions ?? (() => pdfReadOptions(document.baseURI)),
      );
      if (!result.ok) {
        setState({ phase: 'failed', message: s.documentError(result.error, file.name) });
        return;
      }
      const { document: read } = result;
      const { best, scores } = pickTaskTable(read.tables.map((t) => t.grid));
      const sourceName = read.kind === 'pdf' ? s.pdfSourceName(file.name) : s.docxSourceName(file.name);
      found({
        phase: 'found',
        info: read.title || read.date || read.year ? s.documentInfo(read.title, read.date, read.year) : null,
        year: read.year,
        chosen: Math.max(best, 0),
        warning: null,
        candidates: read.tables.map((t) => ({
          label: s.tableOption(
            t.index,
            t.caption,
            t.grid.length,
            t.grid[0]?.length ?? 0,
            scores[t.index]?.looksLikeTasks ?? false,
          ),
          grid: t.grid,
          ...(t.merges ? { merges: t.merges } : {}),
          kind: read.kind,
          ...(read.title ? { title: read.title } : {}),
          ...(t.caption ? { caption: t.caption } : {}),
          ...(t.after ? { after: t.after } : {}),
          name: read.tables.length > 1 ? `${sourceName} · ${t.index + 1}` : sourceName,
          notes: [...(t.nested ? [s.nestedNote] : []), ...(t.clipped ? [s.clippedNote] : [])],
        })),
      });
    } catch (error) {
      setState({ phase: 'failed', message: s.failed(errorText(error)) });
    }
  };

  const fromGrids = async (grids: SheetGrid[], name: (g: SheetGrid) => string, warning: string | null) => {
    const { pickTaskTable } = await import('../../documents/pickTaskTable');
    found({
      phase: 'found',
      info: null,
      year: null,
      chosen: Math.max(pickTaskTable(grids.map((g) => g.grid)).best, 0),
      warning,
      candidates: grids.map((g) => ({
        label: s.sheetTableOption(g.table, g.address, g.grid.length, g.grid[0]?.length ?? 0),
        grid: g.grid,
        ...(g.merges ? { merges: g.merges } : {}),
        kind: 'excel' as const,
        name: name(g),
        notes: [],
      })),
    });
  };

  const readSelection = async () => {
    if (!port?.readSelectionGrid) return;
    setState({ phase: 'reading' });
    try {
      const read = await port.readSelectionGrid();
      if (!read.ok) setState({ phase: 'failed', message: s.sheetError(read.error) });
      else await fromGrids([read.grid], (g) => s.selectionSourceName(g.sheet, g.address), null);
    } catch (error) {
      setState({ phase: 'failed', message: s.failed(errorText(error)) });
    }
  };

  const readSheetTables = async () => {
    if (!port?.readSheetTables) return;
    setState({ phase: 'reading' });
    try {
      const read = await port.readSheetTables();
      if (!read.ok) setState({ phase: 'failed', message: s.sheetError(read.error) });
      else
        await fromGrids(
          read.grids,
          (g) => s.sheetSourceName(g.sheet, g.table),
          read.tooLarge.length > 0 ? s.tooLargeTables(read.tooLarge.join('、')) : null,
        );
    } catch (error) {
      setState({ phase: 'failed', message: s.failed(errorText(error)) });
    }
  };

  const choose = (index: number) => {
    if (state.phase !== 'found') return;
    setState({ ...state, chosen: index });
    offer(state.candidates[index], state.year);
  };

  return { state, readFile, readSelection, readSheetTables, choose };
}

/** A paragraph over the table longer than this is the notice's text, not a note about the table. */
const MAX_CAPTION_ROW = 60;

/** The candidate as the parser's grid: the document's title and the short paragraph over the table (when the table does not hold them) as rows of one cell above it. */
function sourceTable(candidate: SourceCandidate): Grid {
  const { title, caption, grid } = candidate;
  const inTable = (text: string): boolean => grid.some((row) => row.includes(text));
  const above: string[][] = [];
  if (title && !inTable(title)) above.push([title]);
  // A short paragraph over the table (a note, a heading) is read with it; a long one is the notice's text.
  if (caption && caption !== title && caption.length <= MAX_CAPTION_ROW && !inTable(caption)) above.push([caption]);
  const merges = (candidate.merges ?? []).map((m) => ({ ...m, row: m.row + above.length }));
  return { rows: [...above, ...grid, ...noteBelowTable(candidate.after ?? '', grid)], merges, source: candidate.kind };
}
