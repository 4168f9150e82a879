/** What the last save of the status form came to: saved, a conflict with an edit made meanwhile (with Reload), or failed. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../i18n/useStrings';
import { OutcomeMessage } from '../shared/OutcomeMessage';
import type { StatusOutcome } from './useStatusForm';

export interface StatusOutcomeMessageProps {
  outcome: StatusOutcome | null;
  /** Re-reads the row after a conflict; the draft is kept. */
  onReload: () => void;
}

export function StatusOutcomeMessage({ outcome, onReload }: StatusOutcomeMessageProps) {
  const s = useStrings();
  if (outcome === null) return null;
  if (outcome.kind === 'saved') return <OutcomeMessage intent="success">{outcome.text}</OutcomeMessage>;
  if (outcome.kind === 'failed') return <OutcomeMessage intent="error">{outcome.text}</OutcomeMessage>;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{s.conflictTitle}</MessageBarTitle>
        {s.conflictBody}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onReload}>
          {s.reload}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
