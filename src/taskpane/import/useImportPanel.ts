/**
 * The import panel's state: the text to read (typed, pasted as text, or pasted as an HTML table and turned into tab
 * rows), the coordinator's column correction, the parse of both, and the load into the workbook.
 */
import { useDeferredValue, useMemo, useState, type ClipboardEvent } from 'react';
import type { MergeSummary, WorkbookPort } from '../../workbook/port';
import { gridToTabText, parseTaskTable, type ColumnRole, type ParsedTaskTable } from '../../model';
import { errorText } from '../shared/errorText';
import { htmlTableToGrid, type HtmlTableRefusal } from './htmlTableToGrid';

export type ImportOutcome =
  | { kind: 'merged'; summary: MergeSummary }
  | { kind: 'failed'; detail: string }
  | { kind: 'refused'; refusal: HtmlTableRefusal }
  | null;

export interface UseImportPanelOptions {
  port: WorkbookPort | null;
  seedText: string;
  seedName: string;
  /** The source name used when the coordinator leaves it empty. */
  defaultName: string;
  onLoaded: () => void;
}

export interface ImportPanelState {
  text: string;
  name: string;
  busy: boolean;
  outcome: ImportOutcome;
  /** The parse of the text as it settles (typing stays responsive); null for empty text. */
  table: ParsedTaskTable | null;
  /** The text `table` was read from. */
  parsedText: string;
  canLoad: boolean;
  setText: (text: string) => void;
  setName: (name: string) => void;
  chooseSeed: () => void;
  onPaste: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
  setColumns: (roles: ColumnRole[]) => void;
  resetColumns: () => void;
  load: () => Promise<void>;
}

export function useImportPanel({ port, seedText, seedName, defaultName, onLoaded }: UseImportPanelOptions): ImportPanelState {
  const [text, setTextState] = useState('');
  const [name, setName] = useState(defaultName);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome>(null);
  // The coordinator's column roles; kept while they edit the text, dropped when a new table comes in.
  const [columns, setColumnsState] = useState<ColumnRole[] | null>(null);
  const deferredText = useDeferredValue(text);
  const table = useMemo(() => (deferredText.trim() ? parseTaskTable(deferredText, columns ? { columns } : {}) : null), [deferredText, columns]);

  const replaceText = (next: string) => {
    setTextState(next);
    setColumnsState(null);
    setOutcome(null);
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
    replaceText(area.value.slice(0, area.selectionStart) + gridToTabText(result.grid) + area.value.slice(area.selectionEnd));
  };

  const load = async () => {
    if (!port || !table) return;
    setBusy(true);
    setOutcome(null);
    try {
      const summary = await port.loadLedger(table, { name: name.trim() || defaultName, text });
      setOutcome({ kind: 'merged', summary });
      onLoaded();
    } catch (error) {
      setOutcome({ kind: 'failed', detail: errorText(error) });
    } finally {
      setBusy(false);
    }
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
      replaceText(seedText);
      setName(seedName);
    },
    onPaste,
    setColumns: (roles) => {
      setColumnsState(roles);
      setOutcome(null);
    },
    resetColumns: () => setColumnsState(null),
    load,
  };
}
