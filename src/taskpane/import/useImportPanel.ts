/**
 * The import panel's state: the table to read (a grid from a .docx, a PDF, the workbook or pasted HTML, with its merged
 * cells; or text typed or pasted as text), the coordinator's column correction (remembered per header form), the year
 * for year-less deadlines, the parse of all of it (`useParsedImport`), and the load into the workbook.
 */
import { useState, type ClipboardEvent } from 'react';
import type { ColumnRole } from '../../model';
import { useAsyncAction } from '../shared/useAsyncAction';
import type { ImportOutcome, ImportPanelState, UseImportPanelOptions } from './ImportPanel.types';
import { loadIntoWorkbook } from './loadIntoWorkbook';
import type { GridInput } from './parseImportInput';
import { readPaste } from './readPaste';
import { useParsedImport } from './useParsedImport';
import { useYearField } from './useYearField';

export function useImportPanel({
  port,
  seedText,
  seedName,
  defaultName,
  onLoaded,
}: UseImportPanelOptions): ImportPanelState {
  const [text, setTextState] = useState('');
  const [name, setName] = useState(defaultName);
  // The coordinator's column roles; kept while they edit the text, dropped when a new table comes in.
  const [columns, setColumnsState] = useState<ColumnRole[] | null>(null);
  const [grid, setGrid] = useState<GridInput | null>(null);
  const { busy, outcome, setOutcome, run } = useAsyncAction<ImportOutcome>((error) => ({ kind: 'failed', error }));
  const year = useYearField();
  const parsed = useParsedImport({ port, text, grid, columns, year: year.year });
  const { table, parsedText, carried } = parsed;

  const replaceInput = (next: string, nextGrid: GridInput | null, documentYear?: number) => {
    setTextState(next);
    setGrid(nextGrid);
    setColumnsState(null);
    setOutcome(null);
    year.reset(documentYear);
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const paste = readPaste(event.clipboardData.getData('text/html'), event.currentTarget);
    if (paste.kind === 'text') {
      setColumnsState(null); // plain text: the textarea pastes it as is
      return;
    }
    event.preventDefault();
    if (paste.kind === 'refused') setOutcome({ kind: 'refused', refusal: paste.refusal });
    else replaceInput(paste.text, paste.grid);
  };

  const load = async () => {
    if (!port || !table) return;
    await run(async () => {
      const merged = await loadIntoWorkbook(port, { table, name: name.trim() || defaultName, text, carried });
      onLoaded();
      return merged;
    });
  };

  return {
    text,
    name,
    busy,
    outcome,
    table,
    parsedText,
    canLoad: port !== null && table !== null && table.tasks.length > 0 && !busy && parsedText === text,
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
      parsed.remember(next);
      setOutcome(null);
    },
    resetColumns: () => {
      setColumnsState(null);
      parsed.remember(null);
    },
    rememberedApplied: parsed.rememberedApplied,
    year: year.field(parsed.base?.yearNeeded === true),
    load,
    chooseSource: (source) => {
      const sourceGrid = source.table ? { table: source.table, text: source.text, cells: source.grid ?? null } : null;
      replaceInput(source.text, sourceGrid, source.documentYear);
      setName(source.name);
    },
    carried,
  };
}
