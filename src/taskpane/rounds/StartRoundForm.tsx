/**
 * 开始新一轮: the round's name (the agencies', so marked `lang="zh-CN"`) and due date, the button, and what starting
 * ended with.
 */
import { Button, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { DATA_LANG } from '../shared/DataText';
import { MixedText } from '../shared/MixedText';
import { usePanelStyles } from '../shared/panel.styles';
import type { RoundsPanelState } from './RoundsPanel.types';
import { useRoundsStrings } from './useRoundsStrings';

export type StartRoundFormProps = Pick<
  RoundsPanelState,
  'name' | 'setName' | 'due' | 'setDue' | 'start' | 'startRound'
>;

export function StartRoundForm({ name, setName, due, setDue, start, startRound }: StartRoundFormProps) {
  const s = useRoundsStrings();
  const styles = usePanelStyles();
  const { outcome } = start;
  return (
    <form
      className={styles.subpanel}
      aria-label={s.startHeading}
      onSubmit={(e) => {
        e.preventDefault();
        startRound();
      }}
    >
      <h3 className={styles.heading}>{s.startHeading}</h3>
      <Field label={s.roundName} hint={s.roundNameHint}>
        <Input value={name} input={{ lang: DATA_LANG }} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={s.dueDate}>
        <Input type="date" value={due} onChange={(_, d) => setDue(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={start.busy}>
          {s.startRound}
        </Button>
      </div>
      <div aria-live="polite">
        {outcome && (
          <MessageBar intent={outcome.kind === 'ok' ? 'success' : 'error'} layout="multiline">
            <MessageBarBody>
              <MixedText text={outcome.text} />
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </form>
  );
}
