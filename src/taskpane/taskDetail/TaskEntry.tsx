/**
 * Below an opened task: its status form and its progress log, loaded on demand, or outside Excel a note that the
 * preview is read-only. A save re-reads the ledger and the log.
 */
import { Suspense, useState } from 'react';
import type { IsoDate } from '../../model';
import type { LedgerRow, WorkbookPort } from '../../workbook/port';
import { HistoryPanel, StatusForm } from '../app/lazyPanels';
import { useStrings } from '../i18n/useStrings';
import { Notice } from '../shared/Notice';
import { usePanelStyles } from '../shared/panel.styles';
import { PanelFallback } from '../shared/PanelFallback';

export interface TaskEntryProps {
  row: LedgerRow;
  port: WorkbookPort | null;
  today: IsoDate;
  onReload: () => Promise<void>;
}

export function TaskEntry({ row, port, today, onReload }: TaskEntryProps) {
  const s = useStrings();
  const styles = usePanelStyles();
  const [saves, setSaves] = useState(0);
  if (!port) {
    return (
      <div className={styles.panel}>
        <Notice intent="info">{s.readOnlyDetail}</Notice>
      </div>
    );
  }
  return (
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
  );
}
