/**
 * 同步筛选到表格: while the switch is on, the sheet's table follows the pane's filter (debounced), and clearing clears both.
 * With it off the sheet's AutoFilter is never touched: it is shared by every co-author of the workbook.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { IsoDate, WarningRule } from '../../model';
import type { LedgerRow, WorkbookPort } from '../../workbook/port';
import { useStrings } from '../i18n/useStrings';
import { errorText } from '../shared/errorText';
import { toTaskFilter, type Filters } from './useFilters';

/** How long filter edits settle before the sheet's table is filtered to match. */
const SYNC_DELAY_MS = 400;

export interface SheetSync {
  sync: boolean;
  error: string | null;
  /** Null without a workbook (the preview has no sheet to filter). */
  onSync: ((on: boolean) => void) | null;
  /** Clears the pane's filters, and the sheet's too. */
  onClear: () => void;
}

export function useSheetSync(
  port: WorkbookPort | null,
  filters: Filters,
  visible: readonly LedgerRow[],
  asOf: IsoDate,
  warnDays: number,
  rule?: WarningRule,
): SheetSync {
  const { locale } = useStrings();
  const [sync, setSync] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const taskFilter = useMemo(() => toTaskFilter(filters.state), [filters.state]);
  // The sheet's filter is a list of 序号: re-apply it when an edit changes which tasks match, not on every re-read.
  const visibleKey = useMemo(() => (sync ? visible.map((r) => r.no).join(',') : ''), [sync, visible]);
  useEffect(() => {
    if (!port || !sync) return undefined;
    const timer = setTimeout(() => {
      const empty = Object.keys(taskFilter).length === 0;
      (empty ? port.clearFilter() : port.applyFilter(taskFilter, asOf, warnDays, rule)).then(
        () => setError(null),
        (e: unknown) => setError(errorText(e, locale)),
      );
    }, SYNC_DELAY_MS);
    return () => clearTimeout(timer);
  }, [port, sync, taskFilter, asOf, warnDays, rule, visibleKey, locale]);

  const onSync = useCallback(
    (on: boolean) => {
      setSync(on);
      setError(null);
      if (!on && port) port.clearFilter().catch((e: unknown) => setError(errorText(e, locale)));
    },
    [port, locale],
  );
  const { clear } = filters;
  const onClear = useCallback(() => {
    // The sheet's AutoFilter is every co-author's: only 同步筛选到表格 touches it (with the switch on, the sync effect clears it).
    clear();
  }, [clear]);
  return { sync, error, onSync: port ? onSync : null, onClear };
}
