/**
 * 导出台账副本 (.xlsx): reads the whole history through the port, builds the copy with src/ledgerCopy (ExcelJS,
 * loaded on click, so none of it is in the first load) and hands the file to the user.
 */
import { Button } from '@fluentui/react-components';
import type { AgencyAliases, IsoDate, Section, WarningRule } from '../../model';
import type { LedgerRow, WorkbookPort } from '../../workbook/port';
import { downloadFile, XLSX_MIME, type DownloadFn } from '../shared/downloadFile';
import { errorText } from '../shared/errorText';
import { MixedText } from '../shared/MixedText';
import { OutcomeMessage } from '../shared/OutcomeMessage';
import { useAsyncAction } from '../shared/useAsyncAction';
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

type Outcome = { kind: 'done'; text: string } | { kind: 'failed'; text: string };

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
  const action = useAsyncAction<Outcome>((error) => ({ kind: 'failed', text: s.failed(errorText(error, locale)) }));
  const { busy, outcome } = action;
  // Judged from today, the copy rolls on (=TODAY()); from another day, it keeps that day, as the pane shows it.
  const rolling = asOf === today;

  const exportCopy = () =>
    action.run(async (): Promise<Outcome> => {
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
      if (!result.ok) return { kind: 'failed', text: s.failed(s.problem(result.problem)) };
      await download(result.fileName, result.bytes, XLSX_MIME);
      return { kind: 'done', text: s.done(result.fileName, rows.length, history.length) };
    });

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
          <OutcomeMessage intent={outcome.kind === 'done' ? 'success' : 'error'}>
            {/* The file's name is Chinese (it goes to officials): marked in an English pane. */}
            <MixedText text={outcome.text} locale={locale} />
          </OutcomeMessage>
        )}
      </div>
    </section>
  );
}
