/** One task opened: everything about it, the status form and its history (both loaded on demand). */
import { Button } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { IsoDate, WarningRule } from '../../model';
import type { LedgerRow, WorkbookPort } from '../../workbook/port';
import { useStrings } from '../i18n/useStrings';
import { DeadlineBadge, StatusBadge } from '../shared/badges';
import { DATA_LANG } from '../shared/DataText';
import { deadlineInfo } from '../shared/deadlineInfo';
import { usePanelStyles } from '../shared/panel.styles';
import { TaskEntry } from './TaskEntry';
import { TaskFacts } from './TaskFacts';

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
  const headingRef = useRef<HTMLHeadingElement>(null);
  const info = deadlineInfo(row, asOf, rule, s);

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
        <TaskFacts row={row} info={info} />
      </section>
      <TaskEntry row={row} port={port} today={today} onReload={onReload} />
    </div>
  );
}
