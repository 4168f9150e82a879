/** One task in the list: number, status and deadline badges, the text, its agencies and its last update. */
import { Button, mergeClasses } from '@fluentui/react-components';
import { memo, type Ref } from 'react';
import type { IsoDate, WarningRule } from '../../model';
import type { LedgerRow } from '../../workbook/port';
import { agenciesByRole } from '../shared/assignmentsText';
import { DeadlineBadge, StatusBadge } from '../shared/badges';
import { deadlineInfo } from '../shared/deadlineInfo';
import { DATA_LANG, DataText } from '../shared/DataText';
import { FieldText } from '../shared/FieldText';
import { MixedText } from '../shared/MixedText';
import { useTaskRowStyles } from './TaskRow.styles';
import { useStrings } from '../i18n/useStrings';

export interface TaskRowProps {
  row: LedgerRow;
  asOf: IsoDate;
  /** The warning rule the badge follows (its window is the 临期 window). */
  rule: WarningRule;
  onOpen: (no: number) => void;
  index: number;
  setSize: number;
  /** Where the virtualised list places the row (px from the list's top); absent, the row flows. */
  top?: number;
  measureRef?: Ref<HTMLDivElement>;
}

export const TaskRow = memo(function TaskRow({
  row,
  asOf,
  rule,
  onOpen,
  index,
  setSize,
  top,
  measureRef,
}: TaskRowProps) {
  const s = useStrings();
  const styles = useTaskRowStyles();
  const info = deadlineInfo(row, asOf, rule, s);
  const roles = agenciesByRole(row.assignments);
  // One line for every agency, lead first; the task's own page lists them in full.
  const agencyParts = (
    [
      [s.lead, roles.lead],
      [s.joint, roles.joint],
      [s.support, roles.support],
    ] as const
  ).filter(([, names]) => names.length > 0);
  return (
    <div
      role="listitem"
      aria-setsize={setSize}
      aria-posinset={index + 1}
      data-index={index}
      data-task-no={row.no}
      ref={measureRef}
      style={top === undefined ? undefined : { transform: `translateY(${top}px)` }}
      className={mergeClasses(styles.row, top !== undefined && styles.placed)}
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
      <div className={styles.text} lang={DATA_LANG}>
        {row.text}
      </div>
      <div className={styles.meta}>
        <div className={styles.line}>
          {agencyParts.length === 0 ? (
            <DataText>{row.units}</DataText>
          ) : (
            agencyParts.map(([label, names], i) => (
              <span key={label}>
                {i > 0 && s.listSeparator}
                <span>
                  <FieldText label={label}>{names.join('、')}</FieldText>
                </span>
              </span>
            ))
          )}
        </div>
        <div className={styles.line}>
          <span>
            {row.schedule ? (
              <FieldText label={s.deadlineLabel}>{row.schedule}</FieldText>
            ) : (
              s.field(s.deadlineLabel, s.noDeadline)
            )}
          </span>
          {' · '}
          <span>{row.updated ? <MixedText text={s.lastUpdate(row.updated, row.reporter)} /> : s.noUpdateYet}</span>
        </div>
        {info.extension && (
          <div className={styles.line}>
            <MixedText text={info.extension} />
          </div>
        )}
        {row.missing && <div className={styles.missing}>{s.missingRow}</div>}
      </div>
    </div>
  );
});
