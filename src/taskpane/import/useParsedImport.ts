/**
 * The parse behind the import preview, as the text settles (typing stays responsive): read once as the parser sees it,
 * then again with the column roles the coordinator set or a correction remembered for the same header; and the source
 * grid's own columns (进展情况, 备注…) the load will carry into the ledger.
 */
import { useDeferredValue, useMemo } from 'react';
import { carriedColumns, type CarriedColumn } from '../../documents/carriedColumns';
import type { ColumnRole, ParsedTaskTable, ParseTaskTableOptions } from '../../model';
import type { WorkbookPort } from '../../workbook/port';
import { parseImportInput, type GridInput } from './parseImportInput';
import { useRememberedColumns } from './useRememberedColumns';

export interface ParsedImportInput {
  port: WorkbookPort | null;
  text: string;
  grid: GridInput | null;
  /** The coordinator's column roles, or null to use the parser's (or the ones remembered for this header). */
  columns: ColumnRole[] | null;
  year: number | undefined;
}

export interface ParsedImport {
  /** The text the parse read (behind `text` while typing settles). */
  parsedText: string;
  /** The parse with the parser's own column roles (whether a year is needed comes from it). */
  base: ParsedTaskTable | null;
  /** The parse with the roles in force. */
  table: ParsedTaskTable | null;
  carried: CarriedColumn[];
  /** The roles in force came from a correction remembered for this header. */
  rememberedApplied: boolean;
  remember: (roles: ColumnRole[] | null) => void;
}

const yearOption = (year: number | undefined): ParseTaskTableOptions =>
  year !== undefined ? { documentYear: year } : {};

export function useParsedImport({ port, text, grid, columns, year }: ParsedImportInput): ParsedImport {
  const parsedText = useDeferredValue(text);
  const base = useMemo(() => parseImportInput(parsedText, grid, yearOption(year)), [parsedText, grid, year]);
  const memory = useRememberedColumns(port, base?.columns?.headerKey ?? '');
  const rememberedRoles = columns === null ? memory.roles : null;
  const roles = columns ?? rememberedRoles;
  const table = useMemo(
    () => (roles ? parseImportInput(parsedText, grid, { columns: [...roles], ...yearOption(year) }) : base),
    [base, roles, parsedText, grid, year],
  );
  const carried = useMemo(
    () =>
      grid?.cells && grid.text === parsedText && table?.columns
        ? carriedColumns(
            grid.cells,
            table.columns,
            table.tasks.map((t) => t.no),
          )
        : [],
    [grid, parsedText, table],
  );
  return { parsedText, base, table, carried, rememberedApplied: rememberedRoles !== null, remember: memory.remember };
}
