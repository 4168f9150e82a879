/**
 * A table found in a document or the workbook, as the import view receives it: the parser's grid — the document's
 * title and the short paragraph over the table (when the table does not hold them) as rows of one cell above it, a note
 * after it stating the first-listed convention below it, the merged areas moved down with it — its tab-separated text for the paste box, its name and the document's year.
 */
import { gridToTabText, noteBelowTable, type Grid } from '../../model';
import type { ImportSource, SourceCandidate } from './ImportSources.types';

/** A paragraph over the table longer than this is the notice's text, not a note about the table. */
const MAX_CAPTION_ROW = 60;

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

/** `year`: the document's year for year-less deadlines, null when it gave none. */
export function candidateSource(candidate: SourceCandidate, year: number | null): ImportSource {
  const table = sourceTable(candidate);
  return {
    text: gridToTabText(table.rows),
    name: candidate.name,
    table,
    grid: candidate.grid,
    ...(year !== null ? { documentYear: year } : {}),
  };
}
