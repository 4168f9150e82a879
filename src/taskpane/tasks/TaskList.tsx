/**
 * The task list, virtualised against the pane's one scroll area: only the rows in view are in the DOM, so 10,000
 * tasks cost what 20 do. Where layout is unavailable (the scroll area measures 0 px, as in jsdom), it renders the
 * first rows plainly.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { IsoDate, WarningRule } from '../../model';
import type { LedgerRow } from '../../workbook/port';
import { useStrings } from '../i18n/useStrings';
import { useTaskListStyles } from './TaskList.styles';
import { TaskRow } from './TaskRow';

/** Rows rendered when the list cannot be measured. */
const UNMEASURED_ROWS = 100;

export interface TaskListProps {
  rows: readonly LedgerRow[];
  asOf: IsoDate;
  /** The warning rule the badge follows (its window is the 临期 window). */
  rule: WarningRule;
  onOpen: (no: number) => void;
  /** Changes whenever the filter does: the list then starts again at the top. */
  resetKey: string;
  /** The task to bring into view and focus when the list mounts (the one just closed), or null. */
  returnTo: number | null;
  /** The pane's scroll area, which holds the list below `offset` pixels of other content. */
  scrollElement: HTMLElement | null;
  offset: number;
}

export function TaskList({ rows, asOf, rule, onOpen, resetKey, returnTo, scrollElement, offset }: TaskListProps) {
  const s = useStrings();
  const styles = useTaskListStyles();
  const listRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => 112,
    overscan: 6,
    scrollMargin: offset,
    getItemKey: (index) => rows[index]?.no ?? index,
  });
  const items = virtualizer.getVirtualItems();

  useEffect(() => {
    if (scrollElement) scrollElement.scrollTop = 0;
  }, [resetKey, scrollElement]);

  // Back from a task, keyboard users continue where they were: on that task's 打开 button.
  const returnToRef = useRef(returnTo);
  useEffect(() => {
    const no = returnToRef.current;
    const index = no === null ? -1 : rows.findIndex((r) => r.no === no);
    if (index < 0 || !scrollElement) return undefined;
    virtualizer.scrollToIndex(index, { align: 'center' });
    const frame = requestAnimationFrame(() => {
      listRef.current?.querySelector<HTMLElement>(`[data-task-no="${no}"] button`)?.focus();
    });
    return () => cancelAnimationFrame(frame);
    // Runs once the scroll area is known, on purpose with the rows of that moment: later filter changes must not pull focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see the line above
  }, [scrollElement]);
  const measured = items.length > 0 || rows.length === 0;

  return measured ? (
    <div
      ref={listRef}
      role="list"
      aria-label={s.taskList}
      className={styles.list}
      style={{ height: `${virtualizer.getTotalSize()}px` }}
    >
      {items.map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <TaskRow
            key={item.key}
            row={row}
            asOf={asOf}
            rule={rule}
            onOpen={onOpen}
            index={item.index}
            setSize={rows.length}
            measureRef={virtualizer.measureElement}
            top={item.start - offset}
          />
        );
      })}
    </div>
  ) : (
    <div ref={listRef} role="list" aria-label={s.taskList}>
      {rows.slice(0, UNMEASURED_ROWS).map((row, index) => (
        <TaskRow key={row.no} row={row} asOf={asOf} rule={rule} onOpen={onOpen} index={index} setSize={rows.length} />
      ))}
    </div>
  );
}
