/**
 * The notice (通报) with a copy button, progress by section, and building the 汇总 sheet through port.buildSummary.
 * The sentence is composed locally from the rows; after a build it is the one the workbook computed.
 */
import { Button, Field, mergeClasses, Textarea } from '@fluentui/react-components';
import { OutcomeMessage } from '../shared/OutcomeMessage';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  composeNotice,
  countBySection,
  DEFAULT_WARNING_RULE,
  type AgencyAliases,
  type IsoDate,
  type Section,
  type WarningRule,
} from '../../model';
import type { LedgerRow, WorkbookPort } from '../../workbook/port';
import { copyText } from '../shared/copyText';
import { DATA_LANG, DataText } from '../shared/DataText';
import { errorText } from '../shared/errorText';
import { usePanelStyles } from '../shared/panel.styles';
import { useStrings } from '../i18n/useStrings';
import type { DownloadFn } from '../shared/downloadFile';
import { ExportLedgerCopy } from './ExportLedgerCopy';
import { ExportOfficialDocuments } from './ExportOfficialDocuments';
import { useSummaryPanelStyles } from './SummaryPanel.styles';

export interface SummaryPanelProps {
  port: WorkbookPort | null;
  rows: readonly LedgerRow[];
  sections: readonly Section[];
  asOf: IsoDate;
  warnDays: number;
  /** The warning rule the 通报 and 督办单 judge by (its window is `warnDays`); the default colours when absent. */
  rule?: WarningRule;
  /** For 导出台账副本: today (a copy judged from today rolls on), the workbook's aliases, the file hand-over (tests pass a recorder). */
  today?: IsoDate;
  aliases?: AgencyAliases;
  download?: DownloadFn;
}

type Outcome = { kind: 'built' } | { kind: 'failed'; text: string } | null;

export function SummaryPanel({
  port,
  rows,
  sections,
  asOf,
  warnDays,
  rule,
  today = asOf,
  aliases = {},
  download,
}: SummaryPanelProps) {
  const s = useStrings();
  const styles = usePanelStyles();
  const own = useSummaryPanelStyles();
  // Tasks marked 已移除 by a reload are kept in the ledger but not counted, as on the 汇总 sheet.
  const live = useMemo(() => rows.filter((r) => !r.missing), [rows]);
  const local = useMemo(
    () => composeNotice(live, asOf, { warnDays, ...(rule ? { rule } : {}) }),
    [live, asOf, warnDays, rule],
  );
  const [built, setBuilt] = useState<{ asOf: IsoDate; notice: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'manual'>('idle');
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const notice = built && built.asOf === asOf ? built.notice : local;
  const bySection = useMemo(
    () => countBySection(live, sections, { asOf, warnDays, ...(rule ? { rule } : {}) }),
    [live, sections, asOf, warnDays, rule],
  );

  useEffect(() => {
    if (copy === 'manual') fallbackRef.current?.select();
  }, [copy]);

  const build = async () => {
    if (!port) return;
    setBusy(true);
    setOutcome(null);
    try {
      const result = await port.buildSummary(asOf);
      setBuilt({ asOf, notice: result.notice });
      setOutcome({ kind: 'built' });
    } catch (error) {
      setOutcome({ kind: 'failed', text: s.summaryFailed(errorText(error, s.locale)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.panel} aria-label={s.summaryTitle}>
      <h2 className={styles.heading}>{s.summaryTitle}</h2>
      <h3 className={styles.heading} id="notice-heading">
        {s.noticeLabel}
      </h3>
      {s.noticeNote && <p className={styles.muted}>{s.noticeNote}</p>}
      <p className={own.notice} aria-labelledby="notice-heading" data-testid="notice" lang={DATA_LANG}>
        {notice}
      </p>
      <p className={styles.muted}>{s.noticeLegend(warnDays)}</p>
      <div className={styles.actions}>
        <Button
          onClick={() => {
            void copyText(notice).then((ok) => setCopy(ok ? 'copied' : 'manual'));
          }}
        >
          {s.copy}
        </Button>
      </div>
      <div aria-live="polite">{copy === 'copied' && <OutcomeMessage intent="success">{s.copied}</OutcomeMessage>}</div>
      {copy === 'manual' && (
        <Field label={s.noticeLabel} hint={s.copyFallback}>
          <Textarea
            textarea={{ ref: fallbackRef, lang: DATA_LANG }}
            readOnly
            value={notice}
            rows={4}
            resize="vertical"
          />
        </Field>
      )}
      <table className={own.table} aria-label={s.sectionTable}>
        <caption className={mergeClasses(styles.muted, own.caption)}>{s.sectionTable}</caption>
        <thead>
          <tr>
            <th scope="col">{s.colSection}</th>
            <th scope="col" className={own.num}>
              {s.colTotal}
            </th>
            <th scope="col" className={own.num}>
              {s.colDone}
            </th>
            <th scope="col" className={own.num}>
              {s.colOverdue}
            </th>
            <th scope="col" className={own.num}>
              {s.colDueSoon}
            </th>
          </tr>
        </thead>
        <tbody>
          {bySection.map((c) => {
            const section = sections.find((x) => x.no === c.section);
            return (
              <tr key={c.section ?? 'none'}>
                <th scope="row" title={c.title}>
                  {section ? <DataText>{`${section.numeral}、${section.title}`}</DataText> : s.noSection}
                </th>
                <td>{c.total}</td>
                <td>{c.done}</td>
                <td>{c.overdue}</td>
                <td>{c.dueSoon}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {port ? (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy} onClick={() => void build()}>
            {busy ? s.buildingSummary : s.buildSummary}
          </Button>
        </div>
      ) : (
        <OutcomeMessage intent="info">{s.summaryNeedsExcel}</OutcomeMessage>
      )}
      <div aria-live="polite">
        {outcome?.kind === 'built' && <OutcomeMessage intent="success">{s.summaryBuilt}</OutcomeMessage>}
        {outcome?.kind === 'failed' && <OutcomeMessage intent="error">{outcome.text}</OutcomeMessage>}
      </div>
      <ExportOfficialDocuments
        tasks={live}
        asOf={asOf}
        today={today}
        rule={rule ?? { ...DEFAULT_WARNING_RULE, dueSoonDays: warnDays }}
        aliases={aliases}
        {...(download ? { download } : {})}
      />
      {port && (
        <ExportLedgerCopy
          port={port}
          rows={rows}
          sections={sections}
          asOf={asOf}
          today={today}
          warnDays={warnDays}
          {...(rule ? { rule } : {})}
          aliases={aliases}
          {...(download ? { download } : {})}
        />
      )}
    </section>
  );
}
