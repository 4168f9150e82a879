/**
 * The ledger the pane shows: read through the WorkbookPort (and re-read whenever the sheet changes),
 * or, without a port, the embedded seed parsed once for the read-only preview.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AgencyAliases, AgencyGroups, ParseIssue, Section, WarningPreset } from '../../model';
import type { ImportMeta, LedgerRow, LedgerSnapshot, WorkbookPort } from '../../workbook/port';
import type { PreviewLedger } from './previewLedger';
import { errorText } from '../shared/errorText';
import { sectionsFromRows } from './sectionsFromRows';
import type { Locale } from '../i18n/strings';
import { useStrings } from '../i18n/useStrings';

export type LedgerPhase = 'loading' | 'ready' | 'error';

export interface LedgerState {
  phase: LedgerPhase;
  rows: LedgerRow[];
  sections: Section[];
  issues: ParseIssue[];
  meta: ImportMeta | null;
  /** The workbook's own agency aliases (already applied to `rows`); pass them to `filterTasks` / `countByAgency`. None in the preview. */
  aliases: AgencyAliases;
  /** Groups whose members the AgencyAliases table lists (the rounds send each member a file). None in the preview. */
  groups: AgencyGroups;
  /** The workbook's due-soon window (its 预警天数 cell), which the pane follows until the user types another; null when unknown (preview). */
  warnDays: number | null;
  /** The workbook's 预警配色 and 滞后计入预警 (台账设置), which the pane follows; null when unknown (preview, or a ledger made before those cells). */
  warningPreset: WarningPreset | null;
  laggingCounts: boolean | null;
  /** The last read's error message, for the pane to show with a retry. */
  error: string | null;
  readOnly: boolean;
  reload: () => Promise<void>;
}

interface Loaded {
  phase: LedgerPhase;
  rows: LedgerRow[];
  issues: ParseIssue[];
  meta: ImportMeta | null;
  aliases: AgencyAliases;
  groups: AgencyGroups;
  warnDays: number | null;
  warningPreset: WarningPreset | null;
  laggingCounts: boolean | null;
  error: string | null;
}

const NO_ALIASES: AgencyAliases = {};
const NO_GROUPS: AgencyGroups = {};
const EMPTY: Loaded = {
  phase: 'loading',
  rows: [],
  issues: [],
  meta: null,
  aliases: NO_ALIASES,
  groups: NO_GROUPS,
  warnDays: null,
  warningPreset: null,
  laggingCounts: null,
  error: null,
};

/** What one read of the workbook gives the pane. */
function loadedFrom(snapshot: LedgerSnapshot): Loaded {
  return {
    phase: 'ready',
    rows: snapshot.rows,
    issues: snapshot.issues,
    meta: snapshot.meta,
    aliases: snapshot.aliases,
    groups: snapshot.groups ?? NO_GROUPS,
    warnDays: snapshot.warnDays ?? null,
    warningPreset: snapshot.warningPreset ?? null,
    laggingCounts: snapshot.laggingCounts ?? null,
    error: null,
  };
}

/** The read-only preview's ledger: the parsed seed, with nothing the workbook alone knows. */
function previewLoaded(preview: PreviewLedger): Loaded {
  return { ...EMPTY, phase: 'ready', rows: preview.rows, issues: preview.issues };
}

/** Without a port: parses `seedText` once, in a chunk of its own (inside Excel the pane never needs the parser at startup). */
function usePreviewLedger(port: WorkbookPort | null, seedText: string | undefined, locale: Locale) {
  const [preview, setPreview] = useState<PreviewLedger | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (port) return undefined;
    let current = true;
    import('./previewLedger')
      .then((m) => {
        if (current) setPreview(m.previewLedger(seedText));
      })
      .catch((e: unknown) => {
        if (current) setError(errorText(e, locale));
      });
    return () => {
      current = false;
    };
  }, [port, seedText, locale]);
  return { preview, error };
}

/** Reads the ledger through `port`; only the newest read may land (a slow earlier read must not overwrite a later one). */
function useWorkbookLedger(port: WorkbookPort | null, locale: Locale) {
  const [loaded, setLoaded] = useState<Loaded>(EMPTY);
  const requestId = useRef(0);
  const reload = useCallback(async (): Promise<void> => {
    if (!port) return;
    const id = ++requestId.current;
    try {
      const snapshot = await port.readLedger();
      if (id === requestId.current) setLoaded(loadedFrom(snapshot));
    } catch (error) {
      if (id !== requestId.current) return;
      const text = errorText(error, locale);
      setLoaded((prev) => ({ ...prev, phase: prev.rows.length > 0 ? 'ready' : 'error', error: text }));
    }
  }, [port, locale]);
  useLedgerChanges(port, reload);
  return { loaded, reload };
}

/** Reads once, then again whenever the sheet's ledger changes (a new history entry or a round does not re-read it). */
function useLedgerChanges(port: WorkbookPort | null, reload: () => Promise<void>): void {
  useEffect(() => {
    if (!port) return undefined;
    let unsubscribe: (() => Promise<void>) | null = null;
    let disposed = false;
    void reload();
    port
      .onLedgerChanged((change) => {
        if (change.ledger) void reload();
      })
      .then((off) => {
        if (disposed) void off().catch(() => undefined);
        else unsubscribe = off;
      })
      .catch(() => undefined); // without change events the pane still works; edits show after a manual reload
    return () => {
      disposed = true;
      if (unsubscribe) void unsubscribe().catch(() => undefined);
    };
  }, [port, reload]);
}

/** Reads the ledger through `port`, or without one parses `seedText` (the embedded seed when undefined) for the preview. */
export function useLedger(port: WorkbookPort | null, seedText?: string): LedgerState {
  const { locale } = useStrings();
  const { preview, error: previewError } = usePreviewLedger(port, seedText, locale);
  const { loaded, reload } = useWorkbookLedger(port, locale);
  const sections = useMemo(() => (preview ? preview.sections : sectionsFromRows(loaded.rows)), [preview, loaded.rows]);
  if (port) return { ...loaded, sections, readOnly: false, reload };
  const shown = preview
    ? previewLoaded(preview)
    : previewError
      ? { ...EMPTY, phase: 'error' as const, error: previewError }
      : EMPTY;
  return { ...shown, sections, readOnly: true, reload };
}
