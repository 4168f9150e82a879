/**
 * 导出台账副本 (.xlsx): reads the whole history through the port, builds the copy with src/ledgerCopy (ExcelJS,
 * loaded on click, so none of it is in the first load) and hands the file to the user.
 */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { AgencyAliases, IsoDate, Section, WarningRule } from '../../model';
import type { LedgerRow, WorkbookPort } from '../../workbook/port';
import { downloadFile, XLSX_MIME, type DownloadFn } from '../shared/downloadFile';
import { errorText } from '../shared/errorText';
import { OutcomeMessage } from '../shared/OutcomeMessage';
import { usePanelStyles } from '../shared/panel.styles';
import { useStrings } from '../i18n/useStrings';
import { ledgerCopyStrings } from './ledgerCopyStrings';

export interface ExportLedgerCopyProps {
  port: WorkbookPort;
  rows: readonly LedgerRow[];
  sections: readonly Section[];
  asOf: IsoDate;
  today: IsoDate;
  warnDays: number;
  /** The warning rule's colours and 滞后 setting, written to the copy's 汇总 sheet. */
  rule?: WarningRule;
  aliases: AgencyAliases;
  /** A Blob download when absent (tests pass a recorder). */
  download?: DownloadFn;
}

type Outcome = { kind: 'done'; text: string } | { kind: 'failed'; text: string } | null;

export function ExportLedgerCopy({
  port,
  rows,
  sections,
  asOf,
  today,
  warnDays,
  rule,
  aliases,
  download = downloadFile,
}: ExportLedgerCopyProps) {
  const { locale } = useStrings();
  const s = ledgerCopyStrings(locale);
  const styles = usePanelStyles();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // Judged from today, the copy rolls on (=TODAY()); from another day, it keeps that day, as the pane shows it.
  const rolling = asOf === today;

  const exportCopy = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const history = await port.readAllHistory();
      const { buildLedgerCopy } = await import('../../ledgerCopy');
      const result = await buildLedgerCopy({
        rows,
        history,
        sections,
        asOf,
        rolling,
        warnDays,
        aliases,
        ...(rule ? { rule } : {}),
      });
      if (!result.ok) {
        setOutcome({ kind: 'failed', text: s.failed(s.problem(result.problem)) });
        return;
      }
      await download(result.fileName, result.bytes, XLSX_MIME);
      setOutcome({ kind: 'done', text: s.done(result.fileName, rows.length, history.length) });
    } catch (error) {
      setOutcome({ kind: 'failed', text: s.failed(errorText(error, locale)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="ledger-copy-heading">
      <h3 className={styles.heading} id="ledger-copy-heading">
        {s.heading}
      </h3>
      <p className={styles.muted}>{s.hint(rolling)}</p>
      <div className={styles.actions}>
        <Button disabled={busy || rows.length === 0} onClick={() => void exportCopy()}>
          {busy ? s.busy : s.button}
        </Button>
      </div>
      <div aria-live="polite">
        {outcome && (
          <OutcomeMessage intent={outcome.kind === 'done' ? 'success' : 'error'}>{outcome.text}</OutcomeMessage>
        )}
      </div>
    </section>
  );
}
