/**
 * Receiving a round: the returned workbooks (.xlsx, or a .zip of them) are read and planned against the ledger, the
 * preview shows every change and every problem, and only 「应用」 writes them through port.applyReportPlan.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { OutcomeMessage } from '../shared/OutcomeMessage';
import { useId, useState, type ChangeEvent } from 'react';
import type { AgencyGroups, IsoDate } from '../../model';
import { planApply, readReportFiles, type ApplyPlan, type FileReadResult, type Round } from '../../reports';
import type { ApplyReportResult, LedgerRow, WorkbookPort } from '../../workbook/port';
import { useRoundsStrings } from './useRoundsStrings';
import { useStrings } from '../i18n/useStrings';
import { refusalText } from '../shared/refusalText';
import { errorText } from '../shared/errorText';
import { usePanelStyles } from '../shared/panel.styles';
import { MixedText } from '../shared/MixedText';

const useStyles = makeStyles({
  fileInput: { maxWidth: '100%', fontSize: tokens.fontSizeBase200 },
  label: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  progress: { whiteSpace: 'pre-wrap', color: tokens.colorNeutralForeground2 },
});

export interface ReceiveReportsProps {
  port: WorkbookPort;
  rows: readonly LedgerRow[];
  /** Groups whose members were sent the group's tasks. */
  groups?: AgencyGroups | undefined;
  rounds: readonly Round[];
  asOf: IsoDate;
  /** Called after a successful apply (the rounds' answered agencies changed). */
  onApplied: () => void;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'failed'; text: string }
  | { kind: 'preview'; files: FileReadResult[]; plan: ApplyPlan }
  | { kind: 'applying'; files: FileReadResult[]; plan: ApplyPlan }
  | { kind: 'applied'; result: Extract<ApplyReportResult, { ok: true }> };

export function ReceiveReports({ port, rows, groups = {}, rounds, asOf, onApplied }: ReceiveReportsProps) {
  const s = useRoundsStrings();
  const { locale } = useStrings();
  const styles = usePanelStyles();
  const own = useStyles();
  const inputId = useId();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  const read = async (list: readonly File[]) => {
    if (list.length === 0) return;
    setPhase({ kind: 'reading' });
    try {
      const files = await Promise.all(
        list.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
      const [workbookId, key] = await Promise.all([port.getWorkbookId(), port.getReportKey()]);
      const results = await readReportFiles(files, { workbookId, key, rounds, ledgerRows: rows, groups });
      const plan = planApply(
        results.map((r) => r.result),
        rows,
        await port.readAppliedAnswerIds(),
        { receivedOn: asOf, groups },
      );
      setPhase({ kind: 'preview', files: results, plan });
    } catch (e) {
      setPhase({ kind: 'failed', text: s.readFailed(errorText(e)) });
    }
  };

  const onFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const list = [...(event.target.files ?? [])];
    // Clear the input so choosing the same file again (a re-import) fires a change.
    event.target.value = '';
    void read(list);
  };

  const apply = async (files: FileReadResult[], plan: ApplyPlan) => {
    setPhase({ kind: 'applying', files, plan });
    try {
      const result = await port.applyReportPlan(plan);
      if (!result.ok) {
        setPhase({ kind: 'failed', text: s.applyFailed(refusalText(result, locale)) });
        return;
      }
      setPhase({ kind: 'applied', result });
      onApplied();
    } catch (e) {
      setPhase({ kind: 'failed', text: s.applyFailed(errorText(e)) });
    }
  };

  return (
    <section className={styles.subpanel} aria-label={s.receiveHeading}>
      <h3 className={styles.heading}>{s.receiveHeading}</h3>
      <label className={own.label} htmlFor={inputId}>
        {s.receiveFiles}
      </label>
      <input
        id={inputId}
        className={own.fileInput}
        type="file"
        multiple
        accept=".xlsx,.zip,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/zip"
        aria-describedby={`${inputId}-hint`}
        disabled={phase.kind === 'reading' || phase.kind === 'applying'}
        onChange={onFiles}
      />
      <p id={`${inputId}-hint`} className={styles.muted}>
        {s.receiveHint}
      </p>
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
        {phase.kind === 'applied' &&
          ((phase.result.conflicts?.length ?? 0) > 0 || (phase.result.stale?.length ?? 0) > 0) && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {(phase.result.conflicts?.length ?? 0) > 0 && (
                  <p>{s.editedMeanwhile((phase.result.conflicts ?? []).map((c) => c.no).join('、'))}</p>
                )}
                {(phase.result.stale?.length ?? 0) > 0 && (
                  <p>{s.olderThanLedger((phase.result.stale ?? []).map((c) => c.no).join('、'))}</p>
                )}
              </MessageBarBody>
            </MessageBar>
          )}
      </div>
      {(phase.kind === 'preview' || phase.kind === 'applying') && (
        <Preview
          files={phase.files}
          plan={phase.plan}
          busy={phase.kind === 'applying'}
          onApply={() => void apply(phase.files, phase.plan)}
          progressClass={own.progress}
        />
      )}
    </section>
  );
}

interface PreviewProps {
  files: FileReadResult[];
  plan: ApplyPlan;
  busy: boolean;
  onApply: () => void;
  progressClass: string;
}

function Preview({ files, plan, busy, onApply, progressClass }: PreviewProps) {
  const s = useRoundsStrings();
  const styles = usePanelStyles();
  const fileName = (index: number) => files[index]?.name ?? '';
  const hasErrors = plan.issues.some((i) => i.severity === 'error');
  return (
    <div className={styles.panel} role="region" aria-label={s.changesHeading(plan.changes.length)}>
      <ul className={styles.list} aria-label={s.receiveHeading}>
        {files.map((f) =>
          f.result.ok ? (
            <li key={f.name} className={styles.item}>
              {s.fileRead(f.name, f.result.report.agency, f.result.report.roundName, f.result.report.answers.length)}
              {!f.result.report.authenticated && <strong> {s.unauthenticated}</strong>}
            </li>
          ) : (
            <li key={f.name} className={styles.item}>
              {s.fileRefused(f.name)}
            </li>
          ),
        )}
      </ul>
      {plan.issues.length > 0 && (
        <MessageBar intent={hasErrors ? 'error' : 'warning'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.issuesHeading(plan.issues.length)}</MessageBarTitle>
            <ul className={styles.list} aria-label={s.issuesHeading(plan.issues.length)}>
              {plan.issues.map((issue, i) => (
                <li key={`${issue.file}-${issue.code}-${issue.row ?? ''}-${i}`}>
                  <MixedText text={s.issue(fileName(issue.file), issue)} />
                </li>
              ))}
            </ul>
            {hasErrors && <p className={styles.text}>{s.errorsNote}</p>}
          </MessageBarBody>
        </MessageBar>
      )}
      {plan.changes.length > 0 && (
        <>
          <h4 className={styles.heading}>{s.changesHeading(plan.changes.length)}</h4>
          <ul className={styles.list} aria-label={s.changesHeading(plan.changes.length)}>
            {plan.changes.map((c) => (
              <li key={c.no} className={styles.item} data-task-no={c.no}>
                <strong>{s.change(c.no, c.oldStatus, c.newStatus)}</strong>
                <div>{s.changeBy(c.by, c.date)}</div>
                {c.progress !== '' && <div className={progressClass}>{c.progress}</div>}
                {c.conflict && <div>{s.conflict}</div>}
                {c.stale && <div>{s.staleChange}</div>}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.history.length > 0 && <p className={styles.text}>{s.historyOnly(plan.history.length)}</p>}
      {plan.skipped.length > 0 &&
        (plan.history.length === 0 ? (
          <OutcomeMessage intent="info">{s.allApplied(plan.skipped.length)}</OutcomeMessage>
        ) : (
          <p className={styles.text}>{s.skipped(plan.skipped.length)}</p>
        ))}
      {plan.history.length === 0 && plan.skipped.length === 0 && <p className={styles.text}>{s.nothingToApply}</p>}
      {plan.history.length > 0 && (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy} onClick={onApply}>
            {busy ? s.applying : s.apply(plan.history.length)}
          </Button>
        </div>
      )}
    </div>
  );
}
