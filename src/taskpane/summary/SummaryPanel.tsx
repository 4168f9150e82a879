/**
 * The notice (通报) with a copy button, progress by section, and building the 汇总 sheet through port.buildSummary.
 * The sentence is composed locally from the rows; after a build it is the one the workbook computed. Its state lives
 * in `useSummaryPanel`, its types in `SummaryPanel.types.ts`, its styles in `SummaryPanel.styles.ts`.
 */
import { Button } from '@fluentui/react-components';
import { DEFAULT_WARNING_RULE } from '../../model';
import { OutcomeMessage } from '../shared/OutcomeMessage';
import { usePanelStyles } from '../shared/panel.styles';
import { useStrings } from '../i18n/useStrings';
import { ExportLedgerCopy } from './ExportLedgerCopy';
import { ExportOfficialDocuments } from './ExportOfficialDocuments';
import { SectionProgressTable } from './SectionProgressTable';
import { SummaryNotice } from './SummaryNotice';
import type { SummaryPanelProps } from './SummaryPanel.types';
import { useSummaryPanel } from './useSummaryPanel';

export function SummaryPanel(props: SummaryPanelProps) {
  const { port, rows, sections, asOf, warnDays, rule, today = asOf, aliases = {}, download } = props;
  const s = useStrings();
  const styles = usePanelStyles();
  const state = useSummaryPanel(props);
  const { build } = state;
  return (
    <section className={styles.panel} aria-label={s.summaryTitle}>
      <h2 className={styles.heading}>{s.summaryTitle}</h2>
      <SummaryNotice {...state} warnDays={warnDays} />
      <SectionProgressTable sections={sections} bySection={state.bySection} />
      {port ? (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={build.busy} onClick={state.buildSummary}>
            {build.busy ? s.buildingSummary : s.buildSummary}
          </Button>
        </div>
      ) : (
        <OutcomeMessage intent="info">{s.summaryNeedsExcel}</OutcomeMessage>
      )}
      <div aria-live="polite">
        {build.outcome?.kind === 'built' && <OutcomeMessage intent="success">{s.summaryBuilt}</OutcomeMessage>}
        {build.outcome?.kind === 'failed' && <OutcomeMessage intent="error">{build.outcome.text}</OutcomeMessage>}
      </div>
      <ExportOfficialDocuments
        tasks={state.live}
        asOf={asOf}
        today={today}
        rule={rule ?? { ...DEFAULT_WARNING_RULE, dueSoonDays: warnDays }}
        aliases={aliases}
        {...(download ? { download } : {})}
      />
      {port && (
        <ExportLedgerCopy
          port={port}
          rows={rows}
          sections={sections}
          asOf={asOf}
          today={today}
          warnDays={warnDays}
          {...(rule ? { rule } : {})}
          aliases={aliases}
          {...(download ? { download } : {})}
        />
      )}
    </section>
  );
}
