/**
 * 填报轮次: start a reporting round, send each agency its report workbook, import the returned ones after a preview,
 * and see who answered with the 催报 text. Lazily loaded with src/reports (ExcelJS and fflate load on first use).
 * Its state lives in `useRoundsPanel`, its types in `RoundsPanel.types.ts`.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { OutcomeMessage } from '../shared/OutcomeMessage';
import { downloadFile } from '../shared/downloadFile';
import { usePanelStyles } from '../shared/panel.styles';
import { useStrings } from '../i18n/useStrings';
import { ChasePanel } from './ChasePanel';
import { ReceiveReports } from './ReceiveReports';
import { RoundPicker } from './RoundPicker';
import type { RoundsPanelProps, RoundsPanelState } from './RoundsPanel.types';
import { SendReports } from './SendReports';
import { StartRoundForm } from './StartRoundForm';
import { useRoundsPanel } from './useRoundsPanel';
import { useRoundsStrings } from './useRoundsStrings';

export function RoundsPanel(props: RoundsPanelProps) {
  const base = useStrings();
  const s = useRoundsStrings();
  const styles = usePanelStyles();
  const state = useRoundsPanel(props);
  const { rounds } = state;
  return (
    <section className={styles.panel} aria-label={s.title}>
      <h2 className={styles.heading}>{s.title}</h2>
      {!props.port && <OutcomeMessage intent="info">{s.previewNote}</OutcomeMessage>}
      {rounds.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{s.loadFailed(rounds.error)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void rounds.reload()}>
              {base.retry}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {rounds.issueCount > 0 && <OutcomeMessage intent="warning">{s.roundIssues(rounds.issueCount)}</OutcomeMessage>}
      <StartRoundForm {...state} />
      <RoundPicker {...state} />
      <ChosenRound {...props} {...state} />
    </section>
  );
}

/** The chosen round: sending its workbooks, receiving the returned ones (in Excel only), and who answered. */
function ChosenRound({ port, rows, asOf, download = downloadFile, ...state }: RoundsPanelProps & RoundsPanelState) {
  const s = useRoundsStrings();
  const styles = usePanelStyles();
  const { record, store, rounds, groups } = state;
  if (!record) return null;
  return (
    <>
      {store && (
        <SendReports
          key={`send-${record.round.id}`}
          port={store}
          rows={state.live}
          round={record.round}
          recipients={state.recipients}
          groups={groups}
          download={download}
        />
      )}
      {port ? (
        <ReceiveReports
          port={port}
          rows={rows}
          groups={groups}
          rounds={rounds.records.map((r) => r.round)}
          asOf={asOf}
          onApplied={() => void rounds.reload()}
        />
      ) : (
        <section className={styles.subpanel} aria-label={s.receiveHeading}>
          <h3 className={styles.heading}>{s.receiveHeading}</h3>
          <OutcomeMessage intent="info">{s.receiveNeedsExcel}</OutcomeMessage>
        </section>
      )}
      <ChasePanel record={record} agencies={state.recipients.units} asOf={asOf} />
    </>
  );
}
