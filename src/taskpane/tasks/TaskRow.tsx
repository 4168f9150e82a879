/** One task in the list: number, status and deadline badges, the text, its agencies and its last update. */
import { Button, mergeClasses } from '@fluentui/react-components';
import { memo, type Ref } from 'react';
import type { IsoDate, WarningRule } from '../../model';
import type { LedgerRow } from '../../workbook/port';
import { DeadlineBadge, StatusBadge } from '../shared/badges';
import { deadlineInfo } from '../shared/deadlineInfo';
import { DATA_LANG } from '../shared/DataText';
import { TaskRowMeta } from './TaskRowMeta';
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
      <TaskRowMeta row={row} extension={info.extension} />
    </div>
  );
});
