/**
 * Sending a round: choose agencies (all by default), then one .xlsx for one agency or a .zip for several, built by src/reports.
 */
import { Button, Checkbox, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import {
  buildReportWorkbook,
  buildReportZip,
  reportFileName,
  tasksForAgency,
  type Round,
  type SendList,
} from '../../reports';
import type { AgencyGroups } from '../../model';
import type { LedgerRow } from '../../workbook/port';
import type { RoundsStore } from './previewRounds';
import { XLSX_MIME, ZIP_MIME, type DownloadFn } from '../shared/downloadFile';
import { useRoundsStrings } from './useRoundsStrings';
import { errorText } from '../shared/errorText';
import { usePanelStyles } from '../shared/panel.styles';
import { useSendReportsStyles } from './SendReports.styles';
import { MixedText } from '../shared/MixedText';

export interface SendReportsProps {
  port: Pick<RoundsStore, 'getWorkbookId' | 'getReportKey'>;
  rows: readonly LedgerRow[];
  round: Round;
  /** Units that get a file, and the groups and unnamed names shown apart. */
  recipients: SendList;
  groups?: AgencyGroups | undefined;
  download: DownloadFn;
}

type Outcome = { kind: 'ok' | 'error'; text: string } | null;

export function SendReports({ port, rows, round, recipients, groups, download }: SendReportsProps) {
  const agencies = recipients.units;
  const s = useRoundsStrings();
  const styles = usePanelStyles();
  const own = useSendReportsStyles();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(agencies));
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const picked = agencies.filter((a) => chosen.has(a));
  const notSent = recipients.groups.length + recipients.unlisted.length + recipients.unspecified.length;
  const counts = useMemo(
    () => new Map(agencies.map((a) => [a, tasksForAgency(rows, a, {}, groups).length])),
    [agencies, rows, groups],
  );

  const toggle = (agency: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(agency);
      else next.delete(agency);
      return next;
    });

  const send = async () => {
    setOutcome(null);
    if (picked.length === 0) {
      setOutcome({ kind: 'error', text: s.pickAgency });
      return;
    }
    setBusy(true);
    try {
      const [workbookId, key] = await Promise.all([port.getWorkbookId(), port.getReportKey()]);
      const requests = picked.map((agency) => ({
        workbookId,
        key,
        round,
        agency,
        tasks: tasksForAgency(rows, agency, {}, groups),
      }));
      const [only] = requests;
      if (only && requests.length === 1) {
        const file = reportFileName(only);
        await download(file, await buildReportWorkbook(only), XLSX_MIME);
        setOutcome({ kind: 'ok', text: s.sentOne(file) });
      } else {
        const file = `${round.name.replace(/[\\/:*?"<>|]/g, '_')}-进展填报表.zip`;
        await download(file, await buildReportZip(requests), ZIP_MIME);
        setOutcome({ kind: 'ok', text: s.sentZip(file, requests.length) });
      }
    } catch (e) {
      setOutcome({ kind: 'error', text: s.sendFailed(errorText(e)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.subpanel} aria-label={s.sendHeading}>
      <h3 className={styles.heading}>{s.sendHeading}</h3>
      {agencies.length === 0 && notSent === 0 ? (
        <p className={styles.muted}>{s.noAgencies}</p>
      ) : (
        <>
          <div className={styles.actions}>
            <Button size="small" onClick={() => setChosen(new Set(agencies))}>
              {s.selectAll}
            </Button>
            <Button size="small" onClick={() => setChosen(new Set())}>
              {s.selectNone}
            </Button>
          </div>
          <fieldset className={own.agencies}>
            <legend className={styles.muted}>{s.agencies}</legend>
            {agencies.map((agency) => (
              <Checkbox
                key={agency}
                checked={chosen.has(agency)}
                onChange={(_, d) => toggle(agency, d.checked === true)}
                label={<MixedText text={s.agencyOption(agency, counts.get(agency) ?? 0)} />}
              />
            ))}
          </fieldset>
          {notSent > 0 && (
            <section aria-label={s.notSentHeading}>
              <h4 className={styles.heading}>{s.notSentHeading}</h4>
              <ul className={styles.list}>
                {recipients.groups.map((g) => (
                  <li key={g.name} className={styles.item}>
                    <MixedText text={s.groupSentTo(g.name, g.members.join('、'))} />
                  </li>
                ))}
                {recipients.unlisted.length > 0 && (
                  <li className={styles.item}>
                    <MixedText text={s.groupsUnlisted(recipients.unlisted.join('、'))} />
                  </li>
                )}
                {recipients.unspecified.length > 0 && (
                  <li className={styles.item}>
                    <MixedText text={s.unspecifiedLeftOut(recipients.unspecified.join('、'))} />
                  </li>
                )}
              </ul>
            </section>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={() => void send()}>
              {busy ? s.sending : s.send(picked.length)}
            </Button>
          </div>
        </>
      )}
      <div aria-live="polite">
        {outcome && (
          <MessageBar intent={outcome.kind === 'ok' ? 'success' : 'error'} layout="multiline">
            <MessageBarBody>{outcome.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
