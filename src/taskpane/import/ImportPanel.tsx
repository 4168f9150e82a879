/**
 * Load a task table: the embedded one or a pasted one (text, or cells copied from Word/Excel). The preview of what
 * was read and every issue the parser found come first; only then does "写入工作簿" call port.loadLedger.
 */
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Textarea } from '@fluentui/react-components';
import { OutcomeMessage } from '../shared/OutcomeMessage';
import { useDeferredValue, useMemo, useState, type ClipboardEvent } from 'react';
import { parseTaskTable } from '../../model';
import { EMBEDDED_SEED_NAME, EMBEDDED_SEED_TEXT } from '../../seed/embeddedSeed';
import type { ImportMeta, MergeSummary, WorkbookPort } from '../../workbook/port';
import { htmlTableToText } from './htmlTableToText';
import { ImportSources } from './ImportSources';
import { carriedColumns } from '../../documents/carriedColumns';
import { importSourcesStrings } from './importSourcesStrings';
import { errorText } from '../shared/errorText';
import { usePanelStyles } from '../shared/panel.styles';
import { useStrings } from '../i18n/useStrings';

/** Tasks listed in the preview; the rest are counted. */
const PREVIEW_TASKS = 30;

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

type Outcome = { kind: 'merged'; summary: MergeSummary; carried: string | null } | { kind: 'failed'; text: string } | null;

export function ImportPanel({ port, seedText = EMBEDDED_SEED_TEXT, seedName = EMBEDDED_SEED_NAME, meta, hasLedger, onLoaded }: ImportPanelProps) {
  const s = useStrings();
  const styles = usePanelStyles();
  const [text, setText] = useState('');
  const [name, setName] = useState(s.pastedSourceName);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // The year a .docx's title or date names, for its year-less deadlines (issue 14).
  const [documentYear, setDocumentYear] = useState<number | undefined>(undefined);
  // The grid behind a .docx / sheet import, whose own columns are carried into the ledger (cleared when the text is edited).
  const [sourceGrid, setSourceGrid] = useState<string[][] | null>(null);
  const sources = importSourcesStrings(s.locale);
  const deferredText = useDeferredValue(text);
  const table = useMemo(
    () => (deferredText.trim() ? parseTaskTable(deferredText, documentYear !== undefined ? { documentYear } : {}) : null),
    [deferredText, documentYear],
  );
  const carried = useMemo(
    () => (sourceGrid && table?.columns ? carriedColumns(sourceGrid, table.columns, table.tasks.map((t) => t.no)) : []),
    [sourceGrid, table],
  );

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    const converted = html ? htmlTableToText(html) : null;
    if (converted === null) return; // plain text: the textarea pastes it as is
    event.preventDefault();
    const area = event.currentTarget;
    setText(area.value.slice(0, area.selectionStart) + converted + area.value.slice(area.selectionEnd));
    setSourceGrid(null);
    setOutcome(null);
  };

  const load = async () => {
    if (!port || !table) return;
    setBusy(true);
    setOutcome(null);
    try {
      const summary = await port.loadLedger(table, { name: name.trim() || s.pastedSourceName, text });
      const kept =
        carried.length > 0 && port.carryOverColumns
          ? await port.carryOverColumns(carried.map((c) => ({ header: c.header, target: c.target, values: [...c.values] })), summary.added)
          : null;
      setOutcome({ kind: 'merged', summary, carried: kept ? sources.carriedDone(kept.written, kept.added.join('、')) : null });
      onLoaded();
    } catch (error) {
      setOutcome({ kind: 'failed', text: s.loadFailed(errorText(error)) });
    } finally {
      setBusy(false);
    }
  };

  const canLoad = port !== null && table !== null && table.tasks.length > 0 && !busy && deferredText === text;

  return (
    <section className={styles.panel} aria-label={s.importTitle}>
      <h2 className={styles.heading}>{s.importTitle}</h2>
      <p className={styles.muted}>{s.importIntro}</p>
      {meta && <p className={styles.muted}>{s.currentSource(meta.source, meta.importedAt.slice(0, 10), meta.taskCount)}</p>}
      <div className={styles.actions}>
        <Button
          onClick={() => {
            setText(seedText);
            setName(seedName);
            setDocumentYear(undefined);
            setSourceGrid(null);
            setOutcome(null);
          }}
        >
          {s.useEmbedded}
        </Button>
      </div>
      <ImportSources
        port={port}
        onSource={(source) => {
          setText(source.text);
          setName(source.name);
          setDocumentYear(source.documentYear);
          setSourceGrid(source.grid ?? null);
          setOutcome(null);
        }}
      />
      <Field label={s.pasteLabel} hint={s.pasteHint}>
        <Textarea
          resize="vertical"
          rows={8}
          value={text}
          onPaste={onPaste}
          onChange={(_, d) => {
            setText(d.value);
            setSourceGrid(null);
            setOutcome(null);
          }}
        />
      </Field>
      <Field label={s.sourceName}>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      {table && (
        <section aria-label={s.previewTitle} className={styles.panel} style={{ padding: 0 }}>
          <h3 className={styles.heading}>{s.previewTitle}</h3>
          <p className={styles.text}>{s.previewSummary(table.title, table.sections.length, table.tasks.length)}</p>
          <h4 className={styles.heading}>{table.issues.length > 0 ? s.issuesTitle(table.issues.length) : s.noIssues}</h4>
          {table.issues.length > 0 && (
            <ul className={styles.list} aria-label={s.issuesTitle(table.issues.length)}>
              {table.issues.map((issue, i) => (
                <li key={`${issue.line}-${issue.code}-${i}`} className={styles.item}>
                  <strong>{`${s.issueLine(issue.line)} · ${s.severity[issue.severity]}`}</strong>
                  {s.field('', issue.message)}
                </li>
              ))}
            </ul>
          )}
          {table.tasks.length > 0 && (
            <>
              <h4 className={styles.heading}>{s.previewTasks}</h4>
              <ul className={styles.list} aria-label={s.previewTasks}>
                {table.tasks.slice(0, PREVIEW_TASKS).map((task) => (
                  <li key={task.no} className={styles.item}>
                    <strong>{task.no}</strong>
                    {` ${task.text.length > 40 ? `${task.text.slice(0, 40)}…` : task.text}`}
                    <div className={styles.muted}>{`${task.units} · ${task.schedule}`}</div>
                  </li>
                ))}
              </ul>
              {table.tasks.length > PREVIEW_TASKS && <p className={styles.muted}>{s.previewMore(table.tasks.length - PREVIEW_TASKS)}</p>}
            </>
          )}
        </section>
      )}
      {carried.length > 0 && <p className={styles.muted}>{sources.carriedNote(carried.map((c) => sources.carriedTarget(c.header, c.target)).join('、'))}</p>}
      {!port && (
        <OutcomeMessage intent="info">{s.loadNeedsExcel}</OutcomeMessage>
      )}
      {port && table && table.tasks.length === 0 && (
        <OutcomeMessage intent="warning">{s.loadNothing}</OutcomeMessage>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!canLoad} onClick={() => void load()}>
          {busy ? s.loadingIntoWorkbook : hasLedger ? s.reloadIntoWorkbook : s.loadIntoWorkbook}
        </Button>
      </div>
      <div aria-live="polite">
        {outcome?.kind === 'merged' && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{s.mergeTitle}</MessageBarTitle>
              {s.mergeSummary(outcome.summary.added.length, outcome.summary.changed.length, outcome.summary.unchanged.length, outcome.summary.missing.length)}
              {outcome.summary.missing.length > 0 && <div>{s.mergeMissing(outcome.summary.missing.join('、'))}</div>}
              {outcome.carried && <div>{outcome.carried}</div>}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === 'failed' && (
          <OutcomeMessage intent="error">{outcome.text}</OutcomeMessage>
        )}
      </div>
    </section>
  );
}

