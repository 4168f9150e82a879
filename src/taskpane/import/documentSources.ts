/**
 * The tables read from a .docx or a .pdf, offered for import: each labelled (number, caption, size, whether it looks
 * like a task table) and named after the file, with notes on what was merged or clipped, the likeliest one chosen.
 */
import type { TableScore } from '../../documents/pickTaskTable';
import type { SourcesFound } from './ImportSources.types';
import type { ImportSourcesStrings } from './importSourcesStrings';
import type { ReadDocument } from './readDocumentFile';

/** `pick`: pickTaskTable's reading of the document's tables (loaded on demand by the caller). */
export function documentSources(
  read: ReadDocument,
  fileName: string,
  pick: { best: number; scores: readonly TableScore[] },
  s: ImportSourcesStrings,
): SourcesFound {
  const sourceName = read.kind === 'pdf' ? s.pdfSourceName(fileName) : s.docxSourceName(fileName);
  return {
    phase: 'found',
    info: read.title || read.date || read.year ? s.documentInfo(read.title, read.date, read.year) : null,
    year: read.year,
    chosen: Math.max(pick.best, 0),
    warning: null,
    candidates: read.tables.map((t) => ({
      label: s.tableOption(
        t.index,
        t.caption,
        t.grid.length,
        t.grid[0]?.length ?? 0,
        pick.scores[t.index]?.looksLikeTasks ?? false,
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
  };
}
