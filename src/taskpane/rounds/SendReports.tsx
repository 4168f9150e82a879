/**
 * Sending a round: choose agencies (all by default), then one .xlsx for one agency or a .zip for several, built by
 * src/reports. Its state lives in `useSendReports`, its types in `SendReports.types.ts`, its styles in
 * `SendReports.styles.ts`.
 */
import { Button, Checkbox, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { MixedText } from '../shared/MixedText';
import { usePanelStyles } from '../shared/panel.styles';
import { NotSentList } from './NotSentList';
import { useSendReportsStyles } from './SendReports.styles';
import type { SendReportsProps } from './SendReports.types';
import { useSendReports } from './useSendReports';
import { useRoundsStrings } from './useRoundsStrings';

export function SendReports(props: SendReportsProps) {
  const s = useRoundsStrings();
  const styles = usePanelStyles();
  const own = useSendReportsStyles();
  const state = useSendReports(props);
  const { agencies, send } = state;
  const { outcome } = send;
  return (
    <section className={styles.subpanel} aria-label={s.sendHeading}>
      <h3 className={styles.heading}>{s.sendHeading}</h3>
      {agencies.length === 0 && state.notSent === 0 ? (
        <p className={styles.muted}>{s.noAgencies}</p>
      ) : (
        <>
          <div className={styles.actions}>
            <Button size="small" onClick={state.selectAll}>
              {s.selectAll}
            </Button>
            <Button size="small" onClick={state.selectNone}>
              {s.selectNone}
            </Button>
          </div>
          <fieldset className={own.agencies}>
            <legend className={styles.muted}>{s.agencies}</legend>
            {agencies.map((agency) => (
              <Checkbox
                key={agency}
                checked={state.chosen.has(agency)}
                onChange={(_, d) => state.toggle(agency, d.checked === true)}
                label={<MixedText text={s.agencyOption(agency, state.counts.get(agency) ?? 0)} />}
              />
            ))}
          </fieldset>
          {state.notSent > 0 && <NotSentList recipients={props.recipients} />}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={send.busy} onClick={state.sendPicked}>
              {send.busy ? s.sending : s.send(state.picked.length)}
            </Button>
          </div>
        </>
      )}
      <div aria-live="polite">
        {outcome && (
          <MessageBar intent={outcome.kind === 'ok' ? 'success' : 'error'} layout="multiline">
            <MessageBarBody>
              {/* The file's name is Chinese (it goes to the agencies): marked in an English pane. */}
              <MixedText text={outcome.text} />
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
