/**
 * Load a task table: the embedded one or a pasted one (text, or cells copied from Word, Excel or a web page, merged
 * cells expanded). The preview of what was understood — column roles (correctable), each task's fields, every issue —
 * comes first; only then does "写入工作簿" call port.loadLedger. Fluent UI v9's anatomy: the types in
 * `ImportPanel.types.ts`, the state in `useImportPanel`, the shared panel styles, and this render.
 */
import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { EMBEDDED_SEED_NAME, EMBEDDED_SEED_TEXT } from '../../seed/embeddedSeed';
import { useStrings } from '../i18n/useStrings';
import { MixedText } from '../shared/MixedText';
import { OutcomeMessage } from '../shared/OutcomeMessage';
import { usePanelStyles } from '../shared/panel.styles';
import { CarriedColumnsNote } from './CarriedColumnsNote';
import type { ImportPanelProps } from './ImportPanel.types';
import { ImportPreview } from './ImportPreview';
import { importStrings } from './importStrings';
import { ImportSources } from './ImportSources';
import { LoadOutcome } from './LoadOutcome';
import { useImportPanel } from './useImportPanel';

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
  const styles = usePanelStyles();
  const state = useImportPanel({ port, seedText, seedName, defaultName: s.pastedSourceName, onLoaded });
  const { table, outcome } = state;

  return (
    <section className={styles.panel} aria-label={s.importTitle}>
      <h2 className={styles.heading}>{s.importTitle}</h2>
      <p className={styles.muted}>{s.importIntro}</p>
      {meta && (
        <p className={styles.muted}>
          <MixedText text={s.currentSource(meta.source, meta.importedAt.slice(0, 10), meta.taskCount)} />
        </p>
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
      <CarriedColumnsNote carried={state.carried} />
      {!port && <OutcomeMessage intent="info">{s.loadNeedsExcel}</OutcomeMessage>}
      {port && table && table.tasks.length === 0 && <OutcomeMessage intent="warning">{s.loadNothing}</OutcomeMessage>}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!state.canLoad} onClick={() => void state.load()}>
          {state.busy ? s.loadingIntoWorkbook : hasLedger ? s.reloadIntoWorkbook : s.loadIntoWorkbook}
        </Button>
      </div>
      <LoadOutcome outcome={outcome} />
    </section>
  );
}
