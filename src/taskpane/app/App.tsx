/**
 * The task pane: filters and the virtualised task list, a task's status form and history, the import preview and
 * the summary. It reaches Excel only through the WorkbookPort it is given; with none it is a read-only preview of the seed.
 */
import { Button, FluentProvider, webLightTheme, type Theme } from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { countByAgency, formatParseIssue, type IsoDate } from '../../model';
import type { WorkbookPort } from '../../workbook/port';
import { ZH_CN, type Strings } from '../i18n/strings';
import { StringsContext, useStrings } from '../i18n/useStrings';
import { TaskDetail } from '../taskDetail/TaskDetail';
import { ActiveFilters } from '../tasks/ActiveFilters';
import { SectionTabs } from '../tasks/SectionTabs';
import { TaskList } from '../tasks/TaskList';
import { drawerFilterCount, useFilters } from '../tasks/useFilters';
import { useSheetSync } from '../tasks/useSheetSync';
import { useVisibleTasks } from '../tasks/useVisibleTasks';
import type { DownloadFn } from '../shared/downloadFile';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { MixedText } from '../shared/MixedText';
import { Notice } from '../shared/Notice';
import { PanelFallback } from '../shared/PanelFallback';
import { useElementHeight } from '../shared/useElementHeight';
import { useEscapeToClose } from '../shared/useEscapeToClose';
import { useAppStyles, useGlobalStyles } from './App.styles';
import { exampleAsOf } from './exampleAsOf';
import { FilterBar, ImportPanel, preloadPanels, RoundsPanel, SettingsPanel, SummaryPanel } from './lazyPanels';
import { PaneHeader, type View } from './PaneHeader';
import { useLedger } from './useLedger';
import { useSettings } from './useSettings';
import { useRuleWriter } from './useRuleWriter';

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

export function App({
  port,
  today,
  strings: s = ZH_CN,
  theme = webLightTheme,
  seedText,
  seedName,
  download,
}: AppProps) {
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
  const exampleDate = useMemo(
    () => (ledger.readOnly ? exampleAsOf(ledger.rows) : null),
    [ledger.readOnly, ledger.rows],
  );
  const sheetRule = useMemo(
    () => ({ warnDays: ledger.warnDays, preset: ledger.warningPreset, laggingCounts: ledger.laggingCounts }),
    [ledger.warnDays, ledger.warningPreset, ledger.laggingCounts],
  );
  const settings = useSettings(today, sheetRule, exampleDate);
  const { asOf, warnDays, rule } = settings;
  const ruleProblem = useRuleWriter({
    port,
    rule,
    chosen: settings.chosen,
    invalid: settings.warnInvalid,
    sheet: sheetRule,
    ready: ledger.phase === 'ready' && !ledger.readOnly && ledger.rows.length > 0,
    reload: ledger.reload,
    settle: settings.settle,
  });
  const [view, setView] = useState<View>('tasks');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [openNo, setOpenNo] = useState<number | null>(null);
  const [closedNo, setClosedNo] = useState<number | null>(null);
  const settingsId = useId();
  const filtersId = useId();
  // The pane's one scroll area: the list is virtualised against it, below whatever sits above the list.
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const aboveList = useRef<HTMLDivElement>(null);
  const listOffset = useElementHeight(aboveList);
  const settingsButtonId = useId();
  const filtersButtonId = useId();

  const { visible, sectionCounts, inScope, appliedKeyword } = useVisibleTasks(ledger.rows, filters.state, {
    asOf,
    warnDays,
    rule,
    aliases: ledger.aliases,
  });
  const agencyCounts = useMemo(
    () => countByAgency(ledger.rows, { aliases: ledger.aliases }),
    [ledger.rows, ledger.aliases],
  );
  const openRow = openNo === null ? undefined : ledger.rows.find((r) => r.no === openNo);
  const sheetSync = useSheetSync(port, filters, visible, asOf, warnDays, rule);
  const onOpen = useCallback((no: number) => setOpenNo(no), []);
  const listShown = view === 'tasks' && !openRow;
  const closeTask = useCallback(() => {
    setClosedNo(openNo);
    setOpenNo(null);
  }, [openNo]);
  const escapeTargets = useMemo(
    () => [
      { open: view === 'tasks' && openRow !== undefined, close: closeTask },
      { open: filtersOpen && listShown, close: () => setFiltersOpen(false), returnFocusId: filtersButtonId },
      { open: settingsOpen, close: () => setSettingsOpen(false), returnFocusId: settingsButtonId },
    ],
    [view, openRow, closeTask, filtersOpen, listShown, settingsOpen, filtersButtonId, settingsButtonId],
  );
  const onKeyDown = useEscapeToClose(escapeTargets);

  // Once the first screen is up, fetch the panels the coordinator is likely to open next.
  useEffect(() => preloadPanels(), []);

  return (
    <div className={styles.page} onKeyDown={onKeyDown}>
      <PaneHeader
        view={view}
        onView={setView}
        asOf={asOf}
        exampleDate={settings.isExampleDate}
        warnDays={warnDays}
        settingsId={settingsId}
        settingsButtonId={settingsButtonId}
        filtersButtonId={filtersButtonId}
        settingsOpen={settingsOpen}
        onSettings={() => setSettingsOpen((open) => !open)}
        filters={
          listShown && ledger.phase === 'ready'
            ? {
                id: filtersId,
                open: filtersOpen,
                active: drawerFilterCount(filters.state),
                onToggle: () => setFiltersOpen((open) => !open),
              }
            : null
        }
      />
      <main ref={setScroller} className={styles.scroller} data-testid="pane-scroller">
        <div ref={aboveList} className={styles.above}>
          {settingsOpen && (
            <Suspense fallback={<PanelFallback />}>
              <SettingsPanel
                id={settingsId}
                settings={settings}
                previewDetail={ledger.readOnly ? s.previewNoteDetail : null}
                ruleNote={
                  ledger.readOnly
                    ? null
                    : ruleProblem
                      ? s.ruleWriteProblem(ruleProblem)
                      : port?.writeWarningRule
                        ? s.ruleInWorkbook
                        : null
                }
              />
            </Suspense>
          )}
          {ledger.readOnly && (
            <div className={styles.message}>
              <Notice intent="info">{s.previewNote}</Notice>
            </div>
          )}
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
                    <li key={`${issue.line}-${i}`}>
                      <MixedText text={s.ledgerIssue(issue.line, formatParseIssue(issue, s.locale))} />
                    </li>
                  ))}
                </ul>
              </Notice>
            </div>
          )}
          {listShown && ledger.phase === 'ready' && (
            <>
              {filtersOpen && (
                <Suspense fallback={<PanelFallback />}>
                  <FilterBar
                    id={filtersId}
                    filters={filters}
                    agencyCounts={agencyCounts}
                    aliases={ledger.aliases}
                    sync={sheetSync.sync}
                    onSync={sheetSync.onSync}
                    onClear={sheetSync.onClear}
                  />
                </Suspense>
              )}
              <div className={styles.listTools}>
                <SectionTabs
                  sections={ledger.sections}
                  counts={sectionCounts}
                  total={inScope}
                  selected={filters.state.section}
                  onSelect={(v) => filters.set('section', v)}
                />
                <ActiveFilters filters={filters} />
              </div>
              {sheetSync.error && (
                <div className={styles.message}>
                  <Notice intent="error">{s.syncFailed(sheetSync.error)}</Notice>
                </div>
              )}
              <p
                className={styles.count}
                role="status"
                data-testid="result-count"
                data-count={visible.length}
                data-keyword={appliedKeyword}
              >
                {s.resultCount(visible.length, ledger.rows.length)}
              </p>
            </>
          )}
        </div>

        {view === 'tasks' && openRow && (
          <TaskDetail
            row={openRow}
            port={port}
            asOf={asOf}
            today={today}
            rule={rule}
            onBack={closeTask}
            onReload={ledger.reload}
          />
        )}
        {listShown &&
          ledger.phase === 'ready' &&
          (ledger.rows.length === 0 ? (
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
              rule={rule}
              onOpen={onOpen}
              returnTo={closedNo}
              scrollElement={scroller}
              offset={listOffset}
              resetKey={`${String(filters.state.section)}|${filters.state.agency}|${filters.state.role}|${filters.state.status}|${filters.state.deadline}|${appliedKeyword}`}
            />
          ))}
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
              rule={settings.rule}
              today={today}
              aliases={ledger.aliases}
              {...(download ? { download } : {})}
            />
          </Suspense>
        )}
        {view === 'rounds' && (
          <Suspense fallback={<PanelFallback />}>
            <RoundsPanel port={port} rows={ledger.rows} groups={ledger.groups} asOf={asOf} download={download} />
          </Suspense>
        )}
      </main>
    </div>
  );
}
