/**
 * The task pane: filters and the virtualised task list, a task's status form and history, the import preview and
 * the summary. It reaches Excel only through the WorkbookPort it is given; with none it is a read-only preview of the seed.
 */
import {
  Button,
  Field,
  FluentProvider,
  Input,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { countByAgency, isValidIsoDate, type IsoDate } from '../../model';
import type { WorkbookPort } from '../../workbook/port';
import { useAppStyles, useGlobalStyles } from './App.styles';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { FilterBar } from '../tasks/FilterBar';
import { Notice } from '../shared/Notice';
import type { DownloadFn } from '../shared/downloadFile';
import { ImportPanel, preloadPanels, RoundsPanel, SummaryPanel } from './lazyPanels';
import { PanelFallback } from '../shared/PanelFallback';
import { ZH_CN, type Strings } from '../i18n/strings';
import { TaskDetail } from '../taskDetail/TaskDetail';
import { TaskList } from '../tasks/TaskList';
import { toTaskFilter, useFilters } from '../tasks/useFilters';
import { errorText } from '../shared/errorText';
import { useLedger } from './useLedger';
import { StringsContext, useStrings } from '../i18n/useStrings';
import { useVisibleTasks } from '../tasks/useVisibleTasks';
import { ViewTabs } from './ViewTabs';


/** The due-soon window (days) when the workbook does not say (preview, or no 预警天数 cell) and the coordinator has not typed one. */
export const DEFAULT_WARN_DAYS = 7; // the same default as the sheet's 预警天数 and TASKS.LIGHT
/** How long filter edits settle before the sheet's table is filtered to match. */
const SYNC_DELAY_MS = 400;

type View = 'tasks' | 'import' | 'summary' | 'rounds';

export interface AppProps {
  /** The workbook, or null outside Excel (read-only preview of the seed). */
  port: WorkbookPort | null;
  /** Today, read from the clock by the caller. */
  today: IsoDate;
  /** The words, in the user's language (main.tsx loads the table); zh-CN by default. */
  strings?: Strings;
  /** Light unless the caller passes another Fluent theme (main.tsx loads the dark one on demand). */
  theme?: Theme;
  /** The table the preview shows and "使用内置示例表" loads; the embedded seed when absent. */
  seedText?: string;
  seedName?: string;
  /** How the rounds panel hands generated report files to the user; a Blob download when absent (tests pass a recorder). */
  download?: DownloadFn;
}

export function App({ port, today, strings: s = ZH_CN, theme = webLightTheme, seedText, seedName, download }: AppProps) {
  useGlobalStyles();
  return (
    <FluentProvider theme={theme} lang={s.locale}>
      <StringsContext.Provider value={s}>
        <ErrorBoundary strings={s}>
          <Pane port={port} today={today} seedText={seedText} seedName={seedName} download={download} />
        </ErrorBoundary>
      </StringsContext.Provider>
    </FluentProvider>
  );
}

interface PaneProps {
  port: WorkbookPort | null;
  today: IsoDate;
  seedText: string | undefined;
  seedName: string | undefined;
  download: DownloadFn | undefined;
}

function Pane({ port, today, seedText, seedName, download }: PaneProps) {
  const s = useStrings();
  const styles = useAppStyles();
  const ledger = useLedger(port, seedText);
  const filters = useFilters();
  const [asOfInput, setAsOfInput] = useState<string>(today);
  // null until the coordinator types a window: until then the pane follows the workbook's 预警天数, as the sheet's 预警 column does.
  const [warnInput, setWarnInput] = useState<string | null>(null);
  const asOf: IsoDate = isValidIsoDate(asOfInput) ? asOfInput : today;
  const sheetWarnDays = ledger.warnDays ?? DEFAULT_WARN_DAYS;
  const warnDays = warnInput === null ? sheetWarnDays : parseWarnDays(warnInput, sheetWarnDays);
  const [view, setView] = useState<View>('tasks');
  const [openNo, setOpenNo] = useState<number | null>(null);
  const [closedNo, setClosedNo] = useState<number | null>(null);
  const [sync, setSync] = useState(false);
  const [syncError, setSyncError] = useState<string | null>(null);

  const { visible, sectionCounts, inScope, appliedKeyword } = useVisibleTasks(ledger.rows, filters.state, { asOf, warnDays, aliases: ledger.aliases });
  const agencyCounts = useMemo(() => countByAgency(ledger.rows, { aliases: ledger.aliases }), [ledger.rows, ledger.aliases]);
  const openRow = openNo === null ? undefined : ledger.rows.find((r) => r.no === openNo);

  // The sheet's table follows the pane's filter while the switch is on.
  const taskFilter = useMemo(() => toTaskFilter(filters.state), [filters.state]);
  // The sheet's filter is a list of 序号: re-apply it when an edit changes which tasks match, not on every re-read.
  const visibleKey = useMemo(() => (sync ? visible.map((r) => r.no).join(',') : ''), [sync, visible]);
  useEffect(() => {
    if (!port || !sync) return undefined;
    const timer = setTimeout(() => {
      const empty = Object.keys(taskFilter).length === 0;
      (empty ? port.clearFilter() : port.applyFilter(taskFilter, asOf, warnDays)).then(
        () => setSyncError(null),
        (error: unknown) => setSyncError(errorText(error)),
      );
    }, SYNC_DELAY_MS);
    return () => clearTimeout(timer);
  }, [port, sync, taskFilter, asOf, warnDays, visibleKey]);

  const onSync = useCallback(
    (on: boolean) => {
      setSync(on);
      setSyncError(null);
      if (!on && port) port.clearFilter().catch((error: unknown) => setSyncError(errorText(error)));
    },
    [port],
  );

  const onClear = useCallback(() => {
    filters.clear();
    // With the switch on, the sync effect clears the sheet; otherwise clear it here so both end unfiltered.
    if (port && !sync) port.clearFilter().catch((error: unknown) => setSyncError(errorText(error)));
  }, [filters, port, sync]);

  const onOpen = useCallback((no: number) => setOpenNo(no), []);

  // Once the first screen is up, fetch the panels the coordinator is likely to open next.
  useEffect(() => preloadPanels(), []);

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>{s.appTitle}</h1>
        {ledger.readOnly && (
          <Notice intent="info" title={s.previewNote}>
            {s.previewNoteDetail}
          </Notice>
        )}
        <div className={styles.settings}>
          <Field label={s.asOf}>
            <Input className={styles.field} type="date" value={asOfInput} onChange={(_, d) => setAsOfInput(d.value)} />
          </Field>
          <Field label={s.warnDays}>
            <Input className={styles.field} type="number" min={0} max={365} value={warnInput ?? String(sheetWarnDays)} onChange={(_, d) => setWarnInput(d.value)} />
          </Field>
        </div>
      </header>
      <ViewTabs
        label={s.mainNav}
        selected={view}
        onSelect={setView}
        views={[
          { value: 'tasks', label: s.viewTasks },
          { value: 'import', label: s.viewImport },
          { value: 'rounds', label: s.viewRounds },
          { value: 'summary', label: s.viewSummary },
        ]}
      />

      {ledger.phase === 'loading' && (
        <p className={styles.count} role="status">
          {s.loading}
        </p>
      )}
      {ledger.error && (
        <div className={styles.message}>
          <Notice
            intent="error"
            action={
              <Button size="small" onClick={() => void ledger.reload()}>
                {s.retry}
              </Button>
            }
          >
            {s.loadError(ledger.error)}
          </Notice>
        </div>
      )}
      {ledger.issues.length > 0 && !ledger.readOnly && (
        <div className={styles.message}>
          <Notice intent="warning">
            {s.ledgerIssues(ledger.issues.length)}
            <ul className={styles.issueList}>
              {ledger.issues.slice(0, 5).map((issue, i) => (
                <li key={`${issue.line}-${i}`}>{s.ledgerIssue(issue.line, issue.message)}</li>
              ))}
            </ul>
          </Notice>
        </div>
      )}

      {view === 'tasks' && openRow && (
        <TaskDetail row={openRow} port={port} asOf={asOf} today={today} warnDays={warnDays} onBack={() => {
            setClosedNo(openNo);
            setOpenNo(null);
          }} onReload={ledger.reload} />
      )}
      {view === 'tasks' && !openRow && ledger.phase === 'ready' && (
        <>
          <FilterBar
            filters={filters}
            sections={ledger.sections}
            sectionCounts={sectionCounts}
            inScope={inScope}
            agencyCounts={agencyCounts}
            sync={sync}
            onSync={port ? onSync : null}
            onClear={onClear}
          />
          {syncError && (
            <div className={styles.message}>
              <Notice intent="error">{s.syncFailed(syncError)}</Notice>
            </div>
          )}
          <p className={styles.count} role="status" data-testid="result-count" data-count={visible.length} data-keyword={appliedKeyword}>
            {s.resultCount(visible.length, ledger.rows.length)}
          </p>
          {ledger.rows.length === 0 ? (
            <div className={styles.empty}>
              <p>{s.emptyLedger}</p>
              <Button appearance="primary" onClick={() => setView('import')}>
                {s.emptyLedgerAction}
              </Button>
            </div>
          ) : visible.length === 0 ? (
            <p className={styles.message}>{s.noMatch}</p>
          ) : (
            <TaskList
              rows={visible}
              asOf={asOf}
              warnDays={warnDays}
              onOpen={onOpen}
              returnTo={closedNo}
              resetKey={`${String(filters.state.section)}|${filters.state.agency}|${filters.state.role}|${filters.state.status}|${filters.state.deadline}|${appliedKeyword}`}
            />
          )}
        </>
      )}
      {view === 'import' && (
        <Suspense fallback={<PanelFallback />}>
          <ImportPanel
            port={port}
            seedText={seedText}
            seedName={seedName}
            meta={ledger.meta}
            hasLedger={ledger.rows.length > 0 && !ledger.readOnly}
            onLoaded={() => void ledger.reload()}
          />
        </Suspense>
      )}
      {view === 'summary' && (
        <Suspense fallback={<PanelFallback />}>
          <SummaryPanel
            port={port}
            rows={ledger.rows}
            sections={ledger.sections}
            asOf={asOf}
            warnDays={warnDays}
            today={today}
            aliases={ledger.aliases}
            {...(download ? { download } : {})}
          />
        </Suspense>
      )}
      {view === 'rounds' && (
        <Suspense fallback={<PanelFallback />}>
          <RoundsPanel port={port} rows={ledger.readOnly ? [] : ledger.rows} asOf={asOf} download={download} />
        </Suspense>
      )}
    </div>
  );
}

/** The warning window from the settings box; blank or nonsense falls back to `fallback` (the workbook's window, else the default). */
export function parseWarnDays(text: string, fallback: number = DEFAULT_WARN_DAYS): number {
  const n = Number.parseInt(text, 10);
  return Number.isFinite(n) && n >= 0 && n <= 365 ? n : fallback;
}
