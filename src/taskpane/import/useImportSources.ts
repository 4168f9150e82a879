/**
 * State of the import sources: read a .docx or a .pdf (bounded, in src/documents) or the workbook's selection / sheet
 * tables (through the port), offer the tables found with the likeliest task table chosen, and hand the chosen
 * grid, with its merged cells, to the import view, which parses it as a grid (its text is shown in the paste box).
 * The readers and the table picker load on demand.
 */
import { useStrings } from '../i18n/useStrings';
import { errorText } from '../shared/errorText';
import { useAsyncAction } from '../shared/useAsyncAction';
import { candidateSource } from './candidateSource';
import { documentSources } from './documentSources';
import type { ImportSourcesProps, SourceCandidate, SourcesFound, SourcesOutcome } from './ImportSources.types';
import { importSourcesStrings, type ImportSourcesStrings } from './importSourcesStrings';
import { importStrings } from './importStrings';
import { pdfReadOptions } from './pdfReadOptions';
import { sheetSources } from './sheetSources';

export interface ImportSourcesState {
  s: ImportSourcesStrings;
  /** A read is under way. */
  busy: boolean;
  outcome: SourcesOutcome | null;
  readFile: (file: File) => Promise<void>;
  readSelection: () => Promise<void>;
  readSheetTables: () => Promise<void>;
  /** Another of the tables found, handed to the import view. */
  choose: (index: number) => void;
}

export function useImportSources({ port, onSource, parser, pdfOptions }: ImportSourcesProps): ImportSourcesState {
  const { locale } = useStrings();
  const s = importSourcesStrings(locale);
  const failed = (error: unknown): SourcesOutcome => ({ phase: 'failed', message: s.failed(errorText(error, locale)) });
  const { busy, outcome, setOutcome, run } = useAsyncAction<SourcesOutcome>(failed);

  const offer = (candidate: SourceCandidate | undefined, year: number | null) => {
    if (candidate) onSource(candidateSource(candidate, year));
  };
  const found = (next: SourcesFound): SourcesFound => {
    offer(next.candidates[next.chosen], next.year);
    return next;
  };

  const readFile = (file: File) =>
    run(async () => {
      const [{ readDocumentFile }, { pickTaskTable }] = await Promise.all([
        import('./readDocumentFile'),
        import('../../documents/pickTaskTable'),
      ]);
      const options = pdfOptions ?? (() => pdfReadOptions(document.baseURI));
      const result = await readDocumentFile(file, parser ?? new DOMParser(), options);
      if (!result.ok) return { phase: 'failed', message: s.documentError(result.error, file.name) };
      const pick = pickTaskTable(result.document.tables.map((t) => t.grid));
      return found(documentSources(result.document, file.name, pick, s));
    });

  const readSelectionGrid = port?.readSelectionGrid?.bind(port);
  const readSelection = async () => {
    if (!readSelectionGrid) return;
    await run(async () => {
      const read = await readSelectionGrid();
      if (!read.ok) return { phase: 'failed', message: s.sheetError(read.error) };
      const { pickTaskTable } = await import('../../documents/pickTaskTable');
      const name = (g: { sheet: string; address: string }) => s.selectionSourceName(g.sheet, g.address);
      return found(sheetSources([read.grid], pickTaskTable([read.grid.grid]).best, name, null, s));
    });
  };

  const readTables = port?.readSheetTables?.bind(port);
  const readSheetTables = async () => {
    if (!readTables) return;
    await run(async () => {
      const read = await readTables();
      if (!read.ok) return { phase: 'failed', message: s.sheetError(read.error) };
      const { pickTaskTable } = await import('../../documents/pickTaskTable');
      const best = pickTaskTable(read.grids.map((g) => g.grid)).best;
      const tooLarge =
        read.tooLarge.length > 0 ? s.tooLargeTables(read.tooLarge.join(importStrings(locale).listSeparator)) : null;
      return found(sheetSources(read.grids, best, (g) => s.sheetSourceName(g.sheet, g.table), tooLarge, s));
    });
  };

  const choose = (index: number) => {
    if (outcome?.phase !== 'found') return;
    setOutcome({ ...outcome, chosen: index });
    offer(outcome.candidates[index], outcome.year);
  };

  return { s, busy, outcome, readFile, readSelection, readSheetTables, choose };
}
