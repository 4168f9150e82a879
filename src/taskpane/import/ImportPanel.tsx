/**
 * Load a task table: the embedded one or a pasted one (text, or cells copied from Word, Excel or a web page, merged
 * cells expanded). The preview of what was understood — column roles (correctable), each task's fields, every issue —
 * comes first; only then does "写入工作簿" call port.loadLedger.
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Textarea,
} from '@fluentui/react-components';
import { EMBEDDED_SEED_NAME, EMBEDDED_SEED_TEXT } from '../../seed/embeddedSeed';
import type { ImportMeta, WorkbookPort } from '../../workbook/port';
import { useStrings } from '../i18n/useStrings';
import { errorText } from '../shared/errorText';
import { OutcomeMessage } from '../shared/OutcomeMessage';
import { usePanelStyles } from '../shared/panel.styles';
import { ImportPreview } from './ImportPreview';
import { importStrings } from './importStrings';
import { ImportSources } from './ImportSources';
import { importSourcesStrings } from './importSourcesStrings';
import { useImportPanel } from './useImportPanel';

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

export function ImportPanel({
  port,
  seedText = EMBEDDED_SEED_TEXT,
  seedName = EMBEDDED_SEED_NAME,
  meta,
  hasLedger,
  onLoaded,
}: ImportPanelProps) {
  const s = useStrings();
  const is = importStrings(s.locale);
  const sources = importSourcesStrings(s.locale);
  const styles = usePanelStyles();
  const state = useImportPanel({ port, seedText, seedName, defaultName: s.pastedSourceName, onLoaded });
  const { table, outcome } = state;

  return (
    <section className={styles.panel} aria-label={s.importTitle}>
      <h2 className={styles.heading}>{s.importTitle}</h2>
      <p className={styles.muted}>{s.importIntro}</p>
      {meta && (
        <p className={styles.muted}>{s.currentSource(meta.source, meta.importedAt.slice(0, 10), meta.taskCount)}</p>
      )}
      <div className={styles.actions}>
        <Button onClick={state.chooseSeed}>{s.useEmbedded}</Button>
      </div>
      <ImportSources port={port} onSource={state.chooseSource} />
      <Field label={s.pasteLabel} hint={s.pasteHint}>
        <Textarea
          resize="vertical"
          rows={8}
          value={state.text}
          onPaste={state.onPaste}
          onChange={(_, d) => state.setText(d.value)}
        />
      </Field>
      {outcome?.kind === 'refused' && <OutcomeMessage intent="error">{is.refused(outcome.refusal)}</OutcomeMessage>}
      <Field label={s.sourceName}>
        <Input value={state.name} onChange={(_, d) => state.setName(d.value)} />
      </Field>
      {table && (
        <ImportPreview
          table={table}
          text={state.parsedText}
          s={s}
          is={is}
          onColumnsChange={state.setColumns}
          onColumnsReset={state.resetColumns}
          rememberedApplied={state.rememberedApplied}
          year={state.year}
        />
      )}
      {state.carried.length > 0 && (
        <p className={styles.muted}>
          {sources.carriedNote(state.carried.map((c) => sources.carriedTarget(c.header, c.target)).join('、'))}
        </p>
      )}
      {!port && <OutcomeMessage intent="info">{s.loadNeedsExcel}</OutcomeMessage>}
      {port && table && table.tasks.length === 0 && <OutcomeMessage intent="warning">{s.loadNothing}</OutcomeMessage>}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!state.canLoad} onClick={() => void state.load()}>
          {state.busy ? s.loadingIntoWorkbook : hasLedger ? s.reloadIntoWorkbook : s.loadIntoWorkbook}
        </Button>
      </div>
      <div aria-live="polite">
        {outcome?.kind === 'merged' && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{s.mergeTitle}</MessageBarTitle>
              {s.mergeSummary(
                outcome.summary.added.length,
                outcome.summary.changed.length,
                outcome.summary.unchanged.length,
                outcome.summary.missing.length,
              )}
              {outcome.summary.missing.length > 0 && <div>{s.mergeMissing(outcome.summary.missing.join('、'))}</div>}
              {outcome.carried && (
                <div>{sources.carriedDone(outcome.carried.written, outcome.carried.added.join('、'))}</div>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === 'failed' && (
          <OutcomeMessage intent="error">{s.loadFailed(errorText(outcome.error, s.locale))}</OutcomeMessage>
        )}
      </div>
    </section>
  );
}
