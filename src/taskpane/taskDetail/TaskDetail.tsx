/** One task opened: everything about it, the status form and its history (both loaded on demand). */
import { Button } from '@fluentui/react-components';
import { Suspense, useEffect, useRef, useState } from 'react';
import type { IsoDate, WarningRule } from '../../model';
import type { LedgerRow, WorkbookPort } from '../../workbook/port';
import { agenciesByRole } from '../shared/assignmentsText';
import { DeadlineBadge, StatusBadge } from '../shared/badges';
import { deadlineInfo } from '../shared/deadlineInfo';
import { DATA_LANG } from '../shared/DataText';
import { FieldText } from '../shared/FieldText';
import { MixedText } from '../shared/MixedText';
import { HistoryPanel, StatusForm } from '../app/lazyPanels';
import { Notice } from '../shared/Notice';
import { usePanelStyles } from '../shared/panel.styles';
import { PanelFallback } from '../shared/PanelFallback';
import { useStrings } from '../i18n/useStrings';

export interface TaskDetailProps {
  row: LedgerRow;
  port: WorkbookPort | null;
  asOf: IsoDate;
  today: IsoDate;
  /** The warning rule the badge follows (its window is the 临期 window). */
  rule: WarningRule;
  onBack: () => void;
  onReload: () => Promise<void>;
}

export function TaskDetail({ row, port, asOf, today, rule, onBack, onReload }: TaskDetailProps) {
  const s = useStrings();
  const styles = usePanelStyles();
  const [saves, setSaves] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const info = deadlineInfo(row, asOf, rule, s);
  const roles = agenciesByRole(row.assignments);

  // Keyboard users land on the task they opened, not at the top of the document.
  useEffect(() => headingRef.current?.focus(), [row.no]);

  return (
    <div>
      <section className={styles.panel} aria-label={s.taskDetail(row.no)}>
        <div className={styles.actions}>
          <Button size="small" onClick={onBack}>
            {`← ${s.backToList}`}
          </Button>
        </div>
        <h2 className={styles.heading} tabIndex={-1} ref={headingRef}>
          {s.taskDetail(row.no)}
        </h2>
        <div className={styles.actions}>
          <StatusBadge status={row.status} />
          <DeadlineBadge info={info} />
        </div>
        <p className={styles.text} lang={DATA_LANG}>
          {row.text}
        </p>
        <div className={styles.muted}>
          <div>
            <FieldText label={s.units}>{row.units}</FieldText>
          </div>
          {roles.lead.length > 0 && (
            <div>
              <FieldText label={s.lead}>{roles.lead.join('、')}</FieldText>
            </div>
          )}
          {roles.joint.length > 0 && (
            <div>
              <FieldText label={s.joint}>{roles.joint.join('、')}</FieldText>
            </div>
          )}
          {roles.support.length > 0 && (
            <div>
              <FieldText label={s.support}>{roles.support.join('、')}</FieldText>
            </div>
          )}
          <div>
            <FieldText label={s.schedule}>{row.schedule}</FieldText>
            {info.deadline ? ` (${info.deadline})` : ''}
          </div>
          {info.extension && (
            <div>
              <MixedText text={info.extension} />
            </div>
          )}
          {row.progress && (
            <div>
              <FieldText label={s.progress}>{row.progress}</FieldText>
            </div>
          )}
          <div>{row.updated ? <MixedText text={s.lastUpdate(row.updated, row.reporter)} /> : s.noUpdateYet}</div>
          {row.missing && <div>{s.missingRow}</div>}
        </div>
      </section>
      {port ? (
        <Suspense fallback={<PanelFallback />}>
          <StatusForm
            key={row.no}
            row={row}
            port={port}
            today={today}
            onReload={onReload}
            onSaved={() => {
              setSaves((n) => n + 1);
              void onReload();
            }}
          />
          <HistoryPanel no={row.no} port={port} refreshKey={`${row.version}:${saves}`} />
        </Suspense>
      ) : (
        <div className={styles.panel}>
          <Notice intent="info">{s.readOnlyDetail}</Notice>
        </div>
      )}
    </div>
  );
}
