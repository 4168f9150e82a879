/**
 * The as-of date and the warning rule the pane computes with: the workbook's rule until the coordinator types
 * another (then written back to the workbook), and in the preview the example's own date.
 */
import { useMemo } from 'react';
import type { IsoDate } from '../../model';
import type { WorkbookPort } from '../../workbook/port';
import { exampleAsOf } from './exampleAsOf';
import type { LedgerState } from './useLedger';
import { useRuleWriter } from './useRuleWriter';
import { useSettings } from './useSettings';

export function useWarningSettings(port: WorkbookPort | null, today: IsoDate, ledger: LedgerState) {
  const exampleDate = useMemo(
    () => (ledger.readOnly ? exampleAsOf(ledger.rows) : null),
    [ledger.readOnly, ledger.rows],
  );
  const sheetRule = useMemo(
    () => ({ warnDays: ledger.warnDays, preset: ledger.warningPreset, laggingCounts: ledger.laggingCounts }),
    [ledger.warnDays, ledger.warningPreset, ledger.laggingCounts],
  );
  const settings = useSettings(today, sheetRule, exampleDate);
  const ruleProblem = useRuleWriter({
    port,
    rule: settings.rule,
    chosen: settings.chosen,
    invalid: settings.warnInvalid,
    sheet: sheetRule,
    ready: ledger.phase === 'ready' && !ledger.readOnly && ledger.rows.length > 0,
    reload: ledger.reload,
    settle: settings.settle,
  });
  return { settings, ruleProblem };
}
