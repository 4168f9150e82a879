/**
 * The ledger the pane shows: read through the WorkbookPort (and re-read whenever the sheet changes),
 * or, without a port, the embedded seed parsed once for the read-only preview.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AgencyAliases, AgencyGroups, ParseIssue, Section, WarningPreset } from '../../model';
import type { ImportMeta, LedgerRow, WorkbookPort } from '../../workbook/port';
import type { PreviewLedger } from './previewLedger';
import { errorText } from '../shared/errorText';
import { sectionsFromRows } from './sectionsFromRows';

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

/** Reads the ledger through `port`, or without one parses `seedText` (the embedded seed when undefined) for the preview. */
export function useLedger(port: WorkbookPort | null, seedText?: string): LedgerState {
  const [preview, setPreview] = useState<PreviewLedger | null>(null);
  const [loaded, setLoaded] = useState<Loaded>(EMPTY);
  // Only the newest read may land: a slow earlier read must not overwrite a later one.
  const requestId = useRef(0);

  const reload = useCallback(async (): Promise<void> => {
    if (!port) return;
    const id = ++requestId.current;
    try {
      const snapshot = await port.readLedger();
      if (id !== requestId.current) return;
      setLoaded({
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
      });
    } catch (error) {
      if (id !== requestId.current) return;
      setLoaded((prev) => ({ ...prev, phase: prev.rows.length > 0 ? 'ready' : 'error', error: errorText(error) }));
    }
  }, [port]);

  useEffect(() => {
    if (port) return undefined;
    let current = true;
    // The parser and the seed are a chunk of their own: inside Excel the pane never needs them at startup.
    import('./previewLedger')
      .then((m) => {
        if (current) setPreview(m.previewLedger(seedText));
      })
      .catch((error: unknown) => {
        if (current) setLoaded({ ...EMPTY, phase: 'error', error: errorText(error) });
      });
    return () => {
      current = false;
    };
  }, [port, seedText]);

  useEffect(() => {
    if (!port) return undefined;
    let unsubscribe: (() => Promise<void>) | null = null;
    let disposed = false;
    void reload();
    port
      .onLedgerChanged((change) => {
        // Only what the list shows: a new history entry or a round does not re-read the ledger.
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

  const sections = useMemo(() => (preview ? preview.sections : sectionsFromRows(loaded.rows)), [preview, loaded.rows]);

  if (!port) {
    return preview
      ? {
          phase: 'ready',
          rows: preview.rows,
          sections,
          issues: preview.issues,
          meta: null,
          aliases: NO_ALIASES,
          groups: NO_GROUPS,
          warnDays: null,
          warningPreset: null,
          laggingCounts: null,
          error: null,
          readOnly: true,
          reload,
        }
      : { ...loaded, sections, readOnly: true, reload };
  }
  return { ...loaded, sections, readOnly: false, reload };
}
