/** One task in the list: number, status and deadline badges, the text, its agencies and its last update. */
import { Button } from '@fluentui/react-components';
import { memo, type CSSProperties, type Ref } from 'react';
import type { IsoDate } from '../../model';
import type { LedgerRow } from '../../workbook/port';
import { agenciesByRole } from '../shared/assignmentsText';
import { DeadlineBadge, StatusBadge } from '../shared/badges';
import { deadlineInfo } from '../shared/deadlineInfo';
import { useTaskRowStyles } from './TaskRow.styles';
import { useStrings } from '../i18n/useStrings';

export interface TaskRowProps {
  row: LedgerRow;
  asOf: IsoDate;
  warnDays: number;
  onOpen: (no: number) => void;
  index: number;
  setSize: number;
  style?: CSSProperties;
  measureRef?: Ref<HTMLDivElement>;
}

export const TaskRow = memo(function TaskRow({ row, asOf, warnDays, onOpen, index, setSize, style, measureRef }: TaskRowProps) {
  const s = useStrings();
  const styles = useTaskRowStyles();
  const info = deadlineInfo(row, asOf, warnDays, s);
  const roles = agenciesByRole(row.assignments);
  return (
    <div
      role="listitem"
      aria-setsize={setSize}
      aria-posinset={index + 1}
      data-index={index}
      data-task-no={row.no}
      ref={measureRef}
      style={style}
      className={styles.row}
      onClick={() => onOpen(row.no)}
    >
      <div className={styles.head}>
        <span className={styles.no}>{row.no}</span>
        <StatusBadge status={row.status} />
        <DeadlineBadge info={info} />
        <Button
          className={styles.open}
          size="small"
          appearance="subtle"
          aria-label={s.openTask(row.no)}
          onClick={(e) => {
            e.stopPropagation();
            onOpen(row.no);
          }}
        >
          {s.open}
        </Button>
      </div>
      <div className={styles.text}>{row.text}</div>
      <div className={styles.meta}>
        {roles.lead.length > 0 && <div>{s.field(s.lead, roles.lead.join('、'))}</div>}
        {roles.joint.length > 0 && <div>{s.field(s.joint, roles.joint.join('、'))}</div>}
        {roles.support.length > 0 && <div>{s.field(s.support, roles.support.join('、'))}</div>}
        {row.assignments.length === 0 && row.units && <div>{row.units}</div>}
        <div>{s.field(s.deadlineLabel, row.schedule || s.noDeadline)}</div>
        {info.extension && <div>{info.extension}</div>}
        <div>{row.updated ? s.lastUpdate(row.updated, row.reporter) : s.noUpdateYet}</div>
        {row.missing && <div className={styles.missing}>{s.missingRow}</div>}
      </div>
    </div>
  );
});
