/** How receiving went, read out as it changes: reading, a failure, or what applying wrote and what it left out. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { OutcomeMessage } from '../shared/OutcomeMessage';
import { usePanelStyles } from '../shared/panel.styles';
import type { ReceivePhase } from './ReceiveReports.types';
import { useRoundsStrings } from './useRoundsStrings';

export function ReceiveOutcome({ phase }: { phase: ReceivePhase }) {
  const s = useRoundsStrings();
  const styles = usePanelStyles();
  const conflicts = phase.kind === 'applied' ? (phase.result.conflicts ?? []) : [];
  const stale = phase.kind === 'applied' ? (phase.result.stale ?? []) : [];
  return (
    <div aria-live="polite">
      {phase.kind === 'reading' && (
        <p className={styles.muted} role="status">
          {s.reading}
        </p>
      )}
      {phase.kind === 'failed' && <OutcomeMessage intent="error">{phase.text}</OutcomeMessage>}
      {phase.kind === 'applied' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {s.applied(phase.result.applied, phase.result.skipped, phase.result.updated.length)}
            {phase.result.notFound.length > 0 && ` ${s.notFound(phase.result.notFound.join('、'))}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {(conflicts.length > 0 || stale.length > 0) && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {conflicts.length > 0 && <p>{s.editedMeanwhile(conflicts.map((c) => c.no).join('、'))}</p>}
            {stale.length > 0 && <p>{s.olderThanLedger(stale.map((c) => c.no).join('、'))}</p>}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
