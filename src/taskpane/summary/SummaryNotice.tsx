/**
 * The notice (通报): an official text, Chinese by design and marked `lang="zh-CN"`, with the pane's line saying what it
 * is, its legend, and a copy button (a selected text box when the clipboard refuses).
 */
import { Button, Field, Textarea } from '@fluentui/react-components';
import { OutcomeMessage } from '../shared/OutcomeMessage';
import { DATA_LANG } from '../shared/DataText';
import { usePanelStyles } from '../shared/panel.styles';
import { useStrings } from '../i18n/useStrings';
import { useSummaryPanelStyles } from './SummaryPanel.styles';
import type { SummaryPanelState } from './SummaryPanel.types';

export type SummaryNoticeProps = Pick<SummaryPanelState, 'notice' | 'copy' | 'copyNotice' | 'fallbackRef'> & {
  warnDays: number;
};

export function SummaryNotice({ notice, copy, copyNotice, fallbackRef, warnDays }: SummaryNoticeProps) {
  const s = useStrings();
  const styles = usePanelStyles();
  const own = useSummaryPanelStyles();
  return (
    <>
      <h3 className={styles.heading} id="notice-heading">
        {s.noticeLabel}
      </h3>
      {s.noticeNote && <p className={styles.muted}>{s.noticeNote}</p>}
      <p className={own.notice} aria-labelledby="notice-heading" data-testid="notice" lang={DATA_LANG}>
        {notice}
      </p>
      <p className={styles.muted}>{s.noticeLegend(warnDays)}</p>
      <div className={styles.actions}>
        <Button onClick={copyNotice}>{s.copy}</Button>
      </div>
      <div aria-live="polite">{copy === 'copied' && <OutcomeMessage intent="success">{s.copied}</OutcomeMessage>}</div>
      {copy === 'manual' && (
        <Field label={s.noticeLabel} hint={s.copyFallback}>
          <Textarea
            textarea={{ ref: fallbackRef, lang: DATA_LANG }}
            readOnly
            value={notice}
            rows={4}
            resize="vertical"
          />
        </Field>
      )}
    </>
  );
}
