/**
 * The import panel's state: the table to read (a grid from a .docx, a PDF, the workbook or pasted HTML, with its merged
 * cells; or text typed or pasted as text), the coordinator's column correction (remembered per header form), the year
 * for year-less deadlines, the parse of all of it, and the load into the workbook.
 */
import { useDeferredValue, useEffect, useMemo, useState, type ClipboardEvent } from 'react';
import { carriedColumns, type CarriedColumn } from '../../documents/carriedColumns';
import type { CarryOverResult, ColumnRolesRecord, MergeSummary, WorkbookPort } from '../../workbook/port';
import {
  gridToTabText,
  parseTaskGrid,
  parseTaskTable,
  type ColumnRole,
  type Grid,
  type ParsedTaskTable,
  type ParseTaskTableOptions,
} from '../../model';
import { columnRolesMemory, pageStorage } from './columnRolesMemory';
import { useAsyncAction } from '../shared/useAsyncAction';
import { htmlTableToGrid, type HtmlTableRefusal } from './htmlTableToGrid';
import type { ImportSource } from './useImportSources';
import { yearFromInput } from './yearFromInput';

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

/** A grid the panel parses while the paste box still shows its text unchanged. */
interface GridInput {
  table: Grid;
  text: string;
  /** The cells the grid came from, for carried columns (none for pasted HTML). */
  cells: string[][] | null;
}

function parseInput(text: string, grid: GridInput | null, options: ParseTaskTableOptions): ParsedTaskTable | null {
  if (grid && grid.text === text) return parseTaskGrid(grid.table, options);
  return text.trim() ? parseTaskTable(text, options) : null;
}

export function useImportPanel({
  port,
  seedText,
  seedName,
  defaultName,
  onLoaded,
}: UseImportPanelOptions): ImportPanelState {
  const [text, setTextState] = useState('');
  const [name, setName] = useState(defaultName);
  const { busy, outcome, setOutcome, run } = useAsyncAction<ImportOutcome>((error) => ({ kind: 'failed', error }));
  // The coordinator's column roles; kept while they edit the text, dropped when a new table comes in.
  const [columns, setColumnsState] = useState<ColumnRole[] | null>(null);
  const [documentYear, setDocumentYear] = useState<number | undefined>(undefined);
  const [yearText, setYearText] = useState('');
  const [grid, setGrid] = useState<GridInput | null>(null);
  const memory = useMemo(() => columnRolesMemory(port, pageStorage()), [port]);
  const [remembered, setRemembered] = useState<ColumnRolesRecord>({});
  useEffect(() => {
    let live = true;
    void memory.read().then((record) => {
      if (live) setRemembered(record);
    });
    return () => {
      live = false;
    };
  }, [memory]);

  const deferredText = useDeferredValue(text);
  const typedYear = yearFromInput(yearText);
  const year = documentYear ?? typedYear;
  const base = useMemo(
    () => parseInput(deferredText, grid, year !== undefined ? { documentYear: year } : {}),
    [deferredText, grid, year],
  );
  const headerKey = base?.columns?.headerKey ?? '';
  const rememberedRoles = columns === null && headerKey !== '' ? (remembered[headerKey] ?? null) : null;
  const roles = columns ?? rememberedRoles;
  const table = useMemo(
    () =>
      roles
        ? parseInput(deferredText, grid, { columns: [...roles], ...(year !== undefined ? { documentYear: year } : {}) })
        : base,
    [base, roles, deferredText, grid, year],
  );
  const carried = useMemo(
    () =>
      grid?.cells && grid.text === deferredText && table?.columns
        ? carriedColumns(
            grid.cells,
            table.columns,
            table.tasks.map((t) => t.no),
          )
        : [],
    [grid, deferredText, table],
  );

  const remember = (roles: ColumnRole[] | null) => {
    if (headerKey === '') return;
    setRemembered((prev) => {
      const next = { ...prev };
      if (roles) next[headerKey] = roles;
      else delete next[headerKey];
      return next;
    });
    void memory.remember(headerKey, roles);
  };

  const replaceInput = (next: string, nextGrid: GridInput | null) => {
    setTextState(next);
    setGrid(nextGrid);
    setColumnsState(null);
    setOutcome(null);
    setDocumentYear(undefined);
    setYearText('');
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    const result = html ? htmlTableToGrid(html) : null;
    if (result === null) {
      setColumnsState(null); // plain text: the textarea pastes it as is
      return;
    }
    event.preventDefault();
    if (!result.ok) {
      setOutcome({ kind: 'refused', refusal: result.refusal });
      return;
    }
    const area = event.currentTarget;
    const pasted = gridToTabText(result.grid);
    const whole = area.selectionStart === 0 && area.selectionEnd === area.value.length;
    // A table pasted over everything is read as a grid (merged cells known); pasted into other text, it is text.
    if (whole)
      replaceInput(pasted, {
        table: { rows: result.grid, merges: result.merges, source: 'html' },
        text: pasted,
        cells: null,
      });
    else replaceInput(area.value.slice(0, area.selectionStart) + pasted + area.value.slice(area.selectionEnd), null);
  };

  const load = async () => {
    if (!port || !table) return;
    await run(async () => {
      const summary = await port.loadLedger(table, { name: name.trim() || defaultName, text });
      const kept =
        carried.length > 0 && port.carryOverColumns
          ? await port.carryOverColumns(
              carried.map((c) => ({ header: c.header, target: c.target, values: [...c.values] })),
              summary.added,
            )
          : null;
      onLoaded();
      return { kind: 'merged', summary, carried: kept };
    });
  };

  return {
    text,
    name,
    busy,
    outcome,
    table,
    parsedText: deferredText,
    canLoad: port !== null && table !== null && table.tasks.length > 0 && !busy && deferredText === text,
    setText: (next) => {
      setTextState(next);
      setOutcome(null);
    },
    setName,
    chooseSeed: () => {
      replaceInput(seedText, null);
      setName(seedName);
    },
    onPaste,
    setColumns: (next) => {
      setColumnsState(next);
      remember(next);
      setOutcome(null);
    },
    resetColumns: () => {
      setColumnsState(null);
      remember(null);
    },
    rememberedApplied: columns === null && rememberedRoles !== null,
    year: {
      shown: documentYear === undefined && (base?.yearNeeded === true || yearText !== ''),
      value: yearText,
      parsed: typedYear,
      valid: yearText.trim() === '' || typedYear !== undefined,
      set: setYearText,
    },
    load,
    chooseSource: (source) => {
      replaceInput(
        source.text,
        source.table ? { table: source.table, text: source.text, cells: source.grid ?? null } : null,
      );
      setName(source.name);
      setDocumentYear(source.documentYear);
    },
    carried,
  };
}
