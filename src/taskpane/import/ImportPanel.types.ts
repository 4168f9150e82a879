/**
 * The import panel's types, Fluent UI v9's way: the props it takes, the outcome of a load or a refused paste, and the
 * state `useImportPanel` hands the render (the text, the parse, the column correction, the year field, the load).
 */
import type { ClipboardEvent } from 'react';
import type { CarriedColumn } from '../../documents/carriedColumns';
import type { ColumnRole, ParsedTaskTable } from '../../model';
import type { CarryOverResult, ImportMeta, MergeSummary, WorkbookPort } from '../../workbook/port';
import type { HtmlTableRefusal } from './htmlTableToGrid';
import type { ImportSource } from './ImportSources.types';

export interface ImportPanelProps {
  port: WorkbookPort | null;
  /** The table behind "使用内置示例表"; the embedded seed by default. */
  seedText?: string | undefined;
  seedName?: string | undefined;
  meta: ImportMeta | null;
  hasLedger: boolean;
  /** Called after a successful load, to re-read the ledger. */
  onLoaded: () => void;
}

export type ImportOutcome =
  | { kind: 'merged'; summary: MergeSummary; carried?: CarryOverResult | null }
  /** `error` is what the load rejected with; the panel words it in its locale (`errorText`). */
  | { kind: 'failed'; error: unknown }
  | { kind: 'refused'; refusal: HtmlTableRefusal };

export interface UseImportPanelOptions {
  port: WorkbookPort | null;
  seedText: string;
  seedName: string;
  /** The source name used when the coordinator leaves it empty. */
  defaultName: string;
  onLoaded: () => void;
}

/** The year field: shown when deadlines lack a year that neither the title nor the document gave. */
export interface YearFieldState {
  shown: boolean;
  value: string;
  /** The year typed, when it is one. */
  parsed: number | undefined;
  /** Empty or a year (else the field says what it expects). */
  valid: boolean;
  set: (value: string) => void;
}

export interface ImportPanelState {
  text: string;
  name: string;
  busy: boolean;
  outcome: ImportOutcome | null;
  /** The parse of the grid or text as it settles (typing stays responsive); null for empty text. */
  table: ParsedTaskTable | null;
  /** The text `table` was read from (the grid's text for a grid). */
  parsedText: string;
  canLoad: boolean;
  setText: (text: string) => void;
  setName: (name: string) => void;
  chooseSeed: () => void;
  onPaste: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
  setColumns: (roles: ColumnRole[]) => void;
  resetColumns: () => void;
  /** True when the column roles were set from a correction remembered for this header (`resetColumns` undoes it). */
  rememberedApplied: boolean;
  /** The year field: shown when deadlines lack a year that neither the title nor the document gave. */
  year: YearFieldState;
  load: () => Promise<void>;
  /** A table read from a document or the workbook: its grid, text, name and document year. */
  chooseSource: (source: ImportSource) => void;
  /** The source grid's own columns that the load will carry into the ledger (进展情况, 备注…). */
  carried: CarriedColumn[];
}
