/**
 * 导出通报 and 督办单 in the summary panel: a small form, a line saying what the notice will state, and two buttons.
 * Works outside Excel too (the preview's sample round): the documents are built from the rows the pane shows.
 */
import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import type { AgencyAliases, IsoDate, TrackedTask, WarningRule } from '../../model';
import { downloadFile, type DownloadFn } from '../shared/downloadFile';
import { MixedText } from '../shared/MixedText';
import { OutcomeMessage } from '../shared/OutcomeMessage';
import { usePanelStyles } from '../shared/panel.styles';
import { useStrings } from '../i18n/useStrings';
import { officialDocumentsStrings } from './officialDocumentsStrings';
import { useOfficialDocuments } from './useOfficialDocuments';

export interface ExportOfficialDocumentsProps {
  tasks: readonly TrackedTask[];
  asOf: IsoDate;
  today: IsoDate;
  rule: WarningRule;
  aliases: AgencyAliases;
  /** A Blob download when absent (tests pass a recorder). */
  download?: DownloadFn;
}

export function ExportOfficialDocuments({
  tasks,
  asOf,
  today,
  rule,
  aliases,
  download = downloadFile,
}: ExportOfficialDocumentsProps) {
  const s = officialDocumentsStrings(useStrings().locale);
  const styles = usePanelStyles();
  const state = useOfficialDocuments({ tasks, asOf, today, rule, aliases, download, s });
  const { form, facts } = state;
  const text = (key: 'issue' | 'office' | 'addressees' | 'copyTo', label: string) => (
    <Field label={label}>
      <Input value={form[key]} onChange={(_, d) => state.setField(key, d.value)} />
    </Field>
  );
  return (
    <section aria-labelledby="official-documents-heading">
      <h3 className={styles.heading} id="official-documents-heading">
        {s.heading}
      </h3>
      <p className={styles.muted}>{s.hint}</p>
      {text('issue', s.issue)}
      {text('office', s.office)}
      {text('addressees', s.addressees)}
      {text('copyTo', s.copyTo)}
      <Field label={s.requirements}>
        <Textarea
          value={form.requirements}
          rows={4}
          resize="vertical"
          onChange={(_, d) => state.setField('requirements', d.value)}
        />
      </Field>
      <Field label={s.replyBy}>
        <Input type="date" value={state.replyBy} onChange={(_, d) => state.setReplyBy(d.value)} />
      </Field>
      <Field label={s.replyTo}>
        <Input value={state.replyTo} onChange={(_, d) => state.setReplyTo(d.value)} />
      </Field>
      <p className={styles.muted} data-testid="notice-facts">
        {s.preview(facts.total, facts.done, facts.donePercent, facts.late.length, facts.overdue, facts.dueSoon)}
      </p>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={state.busy || tasks.length === 0}
          onClick={() => void state.exportNotice()}
        >
          {state.busy ? s.busy : s.exportNotice}
        </Button>
        <Button disabled={state.busy || tasks.length === 0} onClick={() => void state.exportSupervision()}>
          {s.exportSupervision}
        </Button>
      </div>
      <div aria-live="polite">
        {state.outcome && (
          <OutcomeMessage intent={state.outcome.intent}>
            {/* The file's name is Chinese (it goes to officials): marked in an English pane. */}
            <MixedText text={state.outcome.text} />
          </OutcomeMessage>
        )}
      </div>
    </section>
  );
}
