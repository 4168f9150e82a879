/**
 * The task list, virtualised: only the rows in view are in the DOM, so 10,000 tasks cost what 20 do.
 * Where layout is unavailable (the scroll box measures 0 px, as in jsdom), it renders the first rows plainly.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { IsoDate } from '../../model';
import type { LedgerRow } from '../../workbook/port';
import { TaskRow } from './TaskRow';
import { useStrings } from '../i18n/useStrings';

/** Rows rendered when the list cannot be measured. */
export const UNMEASURED_ROWS = 100;

const useStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    minHeight: '240px',
    overflowY: 'auto',
    overflowX: 'hidden',
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  inner: { position: 'relative', width: '100%' },
});

export interface TaskListProps {
  rows: readonly LedgerRow[];
  asOf: IsoDate;
  warnDays: number;
  onOpen: (no: number) => void;
  /** Changes whenever the filter does: the list then starts again at the top. */
  resetKey: string;
  /** The task to bring into view and focus when the list mounts (the one just closed), or null. */
  returnTo: number | null;
}

export function TaskList({ rows, asOf, warnDays, onOpen, resetKey, returnTo }: TaskListProps) {
  const s = useStrings();
  const styles = useStyles();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 150,
    overscan: 6,
    getItemKey: (index) => rows[index]?.no ?? index,
  });
  const items = virtualizer.getVirtualItems();

  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [resetKey]);

  // Back from a task, keyboard users continue where they were: on that task's 打开 button.
  const returnToRef = useRef(returnTo);
  useEffect(() => {
    const no = returnToRef.current;
    const index = no === null ? -1 : rows.findIndex((r) => r.no === no);
    if (index < 0) return undefined;
    virtualizer.scrollToIndex(index, { align: 'center' });
    const frame = requestAnimationFrame(() => {
      scrollRef.current?.querySelector<HTMLElement>(`[data-task-no="${no}"] button`)?.focus();
    });
    return () => cancelAnimationFrame(frame);
    // Only on mount (empty deps): later filter changes must not pull focus back.
  }, []);
  const measured = items.length > 0 || rows.length === 0;

  return (
    <div ref={scrollRef} className={styles.scroller} tabIndex={-1} data-testid="task-scroller">
      {measured ? (
        <div role="list" aria-label={s.taskList} className={styles.inner} style={{ height: `${virtualizer.getTotalSize()}px` }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <TaskRow
                key={item.key}
                row={row}
                asOf={asOf}
                warnDays={warnDays}
                onOpen={onOpen}
                index={item.index}
                setSize={rows.length}
                measureRef={virtualizer.measureElement}
                style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
              />
            );
          })}
        </div>
      ) : (
        <div role="list" aria-label={s.taskList}>
          {rows.slice(0, UNMEASURED_ROWS).map((row, index) => (
            <TaskRow key={row.no} row={row} asOf={asOf} warnDays={warnDays} onOpen={onOpen} index={index} setSize={rows.length} />
          ))}
        </div>
      )}
    </div>
  );
}
