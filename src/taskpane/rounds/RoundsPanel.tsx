/**
 * 填报轮次: start a reporting round, send each agency its report workbook, import the returned ones after a preview,
 * and see who answered with the 催报 text. Lazily loaded with src/reports (ExcelJS and fflate load on first use).
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
} from '@fluentui/react-components';
import { OutcomeMessage } from '../shared/OutcomeMessage';
import { useMemo, useState } from 'react';
import { addDays, type AgencyGroups, type IsoDate } from '../../model';
import { createRound, reportAgencies, sendList } from '../../reports';
import type { LedgerRow, WorkbookPort } from '../../workbook/port';
import { ChasePanel } from './ChasePanel';
import { downloadFile, type DownloadFn } from '../shared/downloadFile';
import { ReceiveReports } from './ReceiveReports';
import { createPreviewRounds } from './previewRounds';
import { SendReports } from './SendReports';
import { errorText } from '../shared/errorText';
import { usePanelStyles } from '../shared/panel.styles';
import { useRounds } from './useRounds';
import { useStrings } from '../i18n/useStrings';
import { DATA_LANG } from '../shared/DataText';
import { MixedText } from '../shared/MixedText';
import { refusalText } from '../shared/refusalText';
import { useRoundsStrings } from './useRoundsStrings';

export interface RoundsPanelProps {
  port: WorkbookPort | null;
  rows: readonly LedgerRow[];
  /** Groups whose members the AgencyAliases table lists: each member is sent a file with the group's tasks. */
  groups?: AgencyGroups | undefined;
  asOf: IsoDate;
  /** Hands a generated file to the user; a Blob download unless a test passes a recorder. */
  download?: DownloadFn | undefined;
  /** The clock for a round's creation time (the edge); tests pass a fixed one. */
  now?: (() => string) | undefined;
}

/** A round name for the month of a day: `2026年11月`. */
export function defaultRoundName(asOf: IsoDate): string {
  return `${Number(asOf.slice(0, 4))}年${Number(asOf.slice(5, 7))}月`;
}

const systemNow = () => new Date().toISOString();
const NO_GROUPS: AgencyGroups = {};

type Outcome = { kind: 'ok' | 'error'; text: string } | null;

export function RoundsPanel({
  port,
  rows,
  groups = NO_GROUPS,
  asOf,
  download = downloadFile,
  now = systemNow,
}: RoundsPanelProps) {
  const base = useStrings();
  const s = useRoundsStrings();
  const styles = usePanelStyles();
  // Outside Excel the rounds live in this page (a sample round to try); inside, in the workbook's 填报轮次 table.
  const [preview] = useState(() => (port ? null : createPreviewRounds()));
  const store = port ?? preview;
  const rounds = useRounds(store);
  const [name, setName] = useState(() => defaultRoundName(asOf));
  const [due, setDue] = useState<string>(() => addDays(asOf, 7));
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // Tasks a reload marked 已移除 are no longer anyone's to report on: not sent, not chased (returned files may still name them).
  const live = useMemo(() => rows.filter((r) => !r.missing), [rows]);
  // Only units receive a file: groups go to their listed members, unspecified names to no one (shown apart).
  const recipients = useMemo(() => sendList(reportAgencies(live), groups), [live, groups]);
  const agencies = recipients.units;

  const records = rounds.records;
  // The chosen round, else the newest one.
  const record = records.find((r) => r.round.id === chosenId) ?? records[records.length - 1];

  const start = async () => {
    setOutcome(null);
    const created = createRound(
      name,
      due,
      now(),
      records.map((r) => r.round),
    );
    if (!created.ok) {
      setOutcome({ kind: 'error', text: s.roundFailed(s.roundRefused(created.problem)) });
      return;
    }
    if (!store) return;
    setBusy(true);
    try {
      const saved = await store.saveRound(created.round);
      if (!saved.ok) {
        setOutcome({ kind: 'error', text: s.roundFailed(refusalText(saved, base.locale)) });
        return;
      }
      await rounds.reload();
      setChosenId(created.round.id);
      setOutcome({
        kind: 'ok',
        text: port ? s.roundStarted(created.round.name) : s.previewRoundStarted(created.round.name),
      });
    } catch (e) {
      setOutcome({ kind: 'error', text: s.roundFailed(errorText(e)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.panel} aria-label={s.title}>
      <h2 className={styles.heading}>{s.title}</h2>
      {!port && <OutcomeMessage intent="info">{s.previewNote}</OutcomeMessage>}
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

      <form
        className={styles.subpanel}
        aria-label={s.startHeading}
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <h3 className={styles.heading}>{s.startHeading}</h3>
        <Field label={s.roundName} hint={s.roundNameHint}>
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Field label={s.dueDate}>
          <Input type="date" value={due} onChange={(_, d) => setDue(d.value)} />
        </Field>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={busy}>
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

      {rounds.loading && records.length === 0 ? (
        <p className={styles.muted} role="status">
          {base.loading}
        </p>
      ) : record ? (
        <Field label={s.chooseRound}>
          <Select value={record.round.id} onChange={(_, d) => setChosenId(d.value)}>
            {records.map((r) => (
              <option key={r.round.id} value={r.round.id} lang={DATA_LANG}>
                {s.roundOption(r.round.name, r.round.dueDate)}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <p className={styles.muted}>{s.noRounds}</p>
      )}

      {record && (
        <>
          {store && (
            <SendReports
              key={`send-${record.round.id}`}
              port={store}
              rows={live}
              round={record.round}
              recipients={recipients}
              groups={groups}
              download={download}
            />
          )}
          {port ? (
            <ReceiveReports
              port={port}
              rows={rows}
              groups={groups}
              rounds={records.map((r) => r.round)}
              asOf={asOf}
              onApplied={() => void rounds.reload()}
            />
          ) : (
            <section className={styles.subpanel} aria-label={s.receiveHeading}>
              <h3 className={styles.heading}>{s.receiveHeading}</h3>
              <OutcomeMessage intent="info">{s.receiveNeedsExcel}</OutcomeMessage>
            </section>
          )}
          <ChasePanel record={record} agencies={agencies} asOf={asOf} />
        </>
      )}
    </section>
  );
}
