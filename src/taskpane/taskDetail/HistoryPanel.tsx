/** A task's progress log (全程留痕), newest first, read through port.readHistory. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { HistoryEntry, WorkbookPort } from '../../workbook/port';
import { DATA_LANG } from '../shared/DataText';
import { errorText } from '../shared/errorText';
import { MixedText } from '../shared/MixedText';
import { usePanelStyles } from '../shared/panel.styles';
import { useStrings } from '../i18n/useStrings';

export interface HistoryPanelProps {
  no: number;
  port: WorkbookPort;
  /** Changes when the history should be read again (after a save, or when the row changed in the sheet). */
  refreshKey: string;
}

type HistoryState =
  { phase: 'loading' } | { phase: 'ready'; entries: HistoryEntry[] } | { phase: 'error'; message: string };

export function HistoryPanel({ no, port, refreshKey }: HistoryPanelProps) {
  const s = useStrings();
  const styles = usePanelStyles();
  const [state, setState] = useState<HistoryState>({ phase: 'loading' });
  const [retry, setRetry] = useState(0);

  const read = useCallback(
    async (isCurrent: () => boolean) => {
      try {
        const entries = await port.readHistory(no);
        if (isCurrent())
          setState({ phase: 'ready', entries: [...entries].sort((a, b) => b.time.localeCompare(a.time)) });
      } catch (error) {
        if (isCurrent()) setState({ phase: 'error', message: errorText(error, s.locale) });
      }
    },
    [port, no, s.locale],
  );

  useEffect(() => {
    let current = true;
    void read(() => current);
    return () => {
      current = false;
    };
  }, [read, refreshKey, retry]);

  return (
    <section className={styles.panel} aria-label={s.historyTitle}>
      <h3 className={styles.heading}>{s.historyTitle}</h3>
      {state.phase === 'loading' && (
        <p className={styles.muted} role="status">
          {s.historyLoading}
        </p>
      )}
      {state.phase === 'error' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{s.historyFailed(state.message)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setRetry((n) => n + 1)}>
              {s.retry}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.phase === 'ready' && state.entries.length === 0 && <p className={styles.muted}>{s.historyEmpty}</p>}
      {state.phase === 'ready' && state.entries.length > 0 && (
        <ul className={styles.list} aria-label={s.historyTitle}>
          {state.entries.map((entry, i) => (
            <li key={`${entry.time}-${i}`} className={styles.item}>
              <div>
                <strong>
                  {s.statusChange(
                    entry.previousStatus && s.statusNames[entry.previousStatus],
                    s.statusNames[entry.status],
                  )}
                </strong>
                {' · '}
                <MixedText text={s.historyEntry(entry.date, entry.by)} />
              </div>
              {(entry.round || entry.agency) && (
                <div>
                  <MixedText text={[entry.round, entry.agency].filter(Boolean).join(' · ')} />
                </div>
              )}
              {entry.note && <div lang={DATA_LANG}>{entry.note}</div>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
