/**
 * Who answered the chosen round, who is late and who still has time, with the 催报 text and the round's notice to copy.
 */
import { Button, Field, Textarea } from '@fluentui/react-components';
import { OutcomeMessage } from '../shared/OutcomeMessage';
import { useMemo, useState } from 'react';
import type { IsoDate } from '../../model';
import { chaseList, roundNotice } from '../../reports';
import type { RoundRecord } from '../../workbook/port';
import { copyText } from '../shared/copyText';
import { DATA_LANG, DataText } from '../shared/DataText';
import { MixedText } from '../shared/MixedText';
import { useRoundsStrings } from './useRoundsStrings';
import { usePanelStyles } from '../shared/panel.styles';

export interface ChasePanelProps {
  record: RoundRecord;
  agencies: readonly string[];
  asOf: IsoDate;
}

export function ChasePanel({ record, agencies, asOf }: ChasePanelProps) {
  const s = useRoundsStrings();
  const styles = usePanelStyles();
  const chase = useMemo(() => chaseList(record.round, agencies, record.answered, asOf), [record, agencies, asOf]);
  const notice = useMemo(() => roundNotice(record.round, chase, asOf), [record, chase, asOf]);
  const [copied, setCopied] = useState<{ what: 'chase' | 'notice'; ok: boolean } | null>(null);

  const copy = (what: 'chase' | 'notice', text: string) => {
    void copyText(text).then((ok) => setCopied({ what, ok }));
  };

  return (
    <section className={styles.subpanel} aria-label={s.chaseHeading}>
      <h3 className={styles.heading}>{s.chaseHeading}</h3>
      <h4 className={styles.heading}>{s.answeredList(chase.answered.length)}</h4>
      <ul className={styles.list} aria-label={s.answeredList(chase.answered.length)}>
        {chase.answered.map((a) => (
          <li key={a.agency} className={styles.item}>
            <MixedText text={s.answeredOn(a.agency, a.date, a.late)} />
          </li>
        ))}
      </ul>
      {chase.late.length > 0 && (
        <>
          <h4 className={styles.heading}>{s.lateList(chase.late.length)}</h4>
          <ul className={styles.list} aria-label={s.lateList(chase.late.length)}>
            {chase.late.map((l) => (
              <li key={l.agency} className={styles.item}>
                <MixedText text={s.lateBy(l.agency, l.daysLate)} />
              </li>
            ))}
          </ul>
        </>
      )}
      {chase.notYet.length > 0 && (
        <>
          <h4 className={styles.heading}>{s.notYetList(chase.notYet.length)}</h4>
          <ul className={styles.list} aria-label={s.notYetList(chase.notYet.length)}>
            {chase.notYet.map((a) => (
              <li key={a} className={styles.item}>
                <DataText>{a}</DataText>
              </li>
            ))}
          </ul>
        </>
      )}
      {chase.text === '' ? (
        <p className={styles.text}>{s.everyoneAnswered}</p>
      ) : (
        <>
          {s.chaseTextNote && <p className={styles.muted}>{s.chaseTextNote}</p>}
          <Field label={s.chaseText} {...(copied?.what === 'chase' && !copied.ok ? { hint: s.copyFallback } : {})}>
            <Textarea textarea={{ lang: DATA_LANG }} readOnly value={chase.text} rows={4} resize="vertical" />
          </Field>
          <div className={styles.actions}>
            <Button onClick={() => copy('chase', chase.text)}>{s.copyChase}</Button>
          </div>
        </>
      )}
      {s.noticeTextNote && <p className={styles.muted}>{s.noticeTextNote}</p>}
      <Field label={s.noticeText} {...(copied?.what === 'notice' && !copied.ok ? { hint: s.copyFallback } : {})}>
        <Textarea textarea={{ lang: DATA_LANG }} readOnly value={notice} rows={3} resize="vertical" />
      </Field>
      <div className={styles.actions}>
        <Button onClick={() => copy('notice', notice)}>{s.copyNotice}</Button>
      </div>
      <div aria-live="polite">{copied?.ok && <OutcomeMessage intent="success">{s.copied}</OutcomeMessage>}</div>
    </section>
  );
}
