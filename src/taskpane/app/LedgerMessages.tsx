/** What the pane says about the ledger it read: the preview note, reading, a failed read with Retry, the table's issues. */
import { Button } from '@fluentui/react-components';
import { formatParseIssue } from '../../model';
import { useStrings } from '../i18n/useStrings';
import { MixedText } from '../shared/MixedText';
import { Notice } from '../shared/Notice';
import { useAppStyles } from './App.styles';
import type { LedgerState } from './useLedger';

/** The issues listed under the warning; the count says how many there are in all. */
const ISSUES_SHOWN = 5;

export function LedgerMessages({ ledger }: { ledger: LedgerState }) {
  const s = useStrings();
  const styles = useAppStyles();
  return (
    <>
      {ledger.readOnly && (
        <div className={styles.message}>
          <Notice intent="info">{s.previewNote}</Notice>
        </div>
      )}
      {ledger.phase === 'loading' && (
        <p className={styles.count} role="status">
          {s.loading}
        </p>
      )}
      {ledger.error && (
        <div className={styles.message}>
          <Notice
            intent="error"
            action={
              <Button size="small" onClick={() => void ledger.reload()}>
                {s.retry}
              </Button>
            }
          >
            {s.loadError(ledger.error)}
          </Notice>
        </div>
      )}
      {ledger.issues.length > 0 && !ledger.readOnly && (
        <div className={styles.message}>
          <Notice intent="warning">
            {s.ledgerIssues(ledger.issues.length)}
            <ul className={styles.issueList}>
              {ledger.issues.slice(0, ISSUES_SHOWN).map((issue, i) => (
                <li key={`${issue.line}-${i}`}>
                  <MixedText text={s.ledgerIssue(issue.line, formatParseIssue(issue, s.locale))} />
                </li>
              ))}
            </ul>
          </Notice>
        </div>
      )}
    </>
  );
}
