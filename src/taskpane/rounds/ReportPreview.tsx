/**
 * The preview of returned workbooks: each file read or refused, the problems found, the changes to the ledger, and
 * the button that applies them.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ApplyPlan, FileReadResult } from '../../reports';
import { MixedText } from '../shared/MixedText';
import { OutcomeMessage } from '../shared/OutcomeMessage';
import { usePanelStyles } from '../shared/panel.styles';
import { useRoundsStrings } from './useRoundsStrings';

export interface ReportPreviewProps {
  files: FileReadResult[];
  plan: ApplyPlan;
  busy: boolean;
  onApply: () => void;
  progressClass: string;
}

export function ReportPreview({ files, plan, busy, onApply, progressClass }: ReportPreviewProps) {
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
