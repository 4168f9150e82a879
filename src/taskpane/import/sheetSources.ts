/**
 * The workbook's grids (the selection, or the sheet's tables), offered for import: each labelled (table name, address,
 * size) and named by `name`, with a warning for tables too large to read, the likeliest task table chosen.
 */
import type { SheetGrid } from '../../workbook/port';
import type { SourcesFound } from './ImportSources.types';
import type { ImportSourcesStrings } from './importSourcesStrings';

/** `best`: pickTaskTable's choice among `grids` (loaded on demand by the caller), -1 for none. */
export function sheetSources(
  grids: readonly SheetGrid[],
  best: number,
  name: (grid: SheetGrid) => string,
  warning: string | null,
  s: ImportSourcesStrings,
): SourcesFound {
  return {
    phase: 'found',
    info: null,
    year: null,
    chosen: Math.max(best, 0),
    warning,
    candidates: grids.map((g) => ({
      label: s.sheetTableOption(g.table, g.address, g.grid.length, g.grid[0]?.length ?? 0),
      grid: g.grid,
      ...(g.merges ? { merges: g.merges } : {}),
      kind: 'excel' as const,
      name: name(g),
      notes: [],
    })),
  };
}
