/**
 * Writes the warning rule the coordinator changed in the pane into the workbook (台账设置, which the 预警 column and its
 * colours read), half a second after the last change, then re-reads the ledger so the pane follows what the workbook
 * holds. Nothing is written while the window typed is invalid, or when nothing differs from the workbook.
 */
import { useEffect, useState } from 'react';
import type { WarningRule } from '../../model';
import type { WarningRuleWriteResult, WorkbookPort } from '../../workbook/port';
import type { SheetRule } from './useSettings';

export type RuleWriteProblem = Exclude<WarningRuleWriteResult, { ok: true }>;

const RULE_WRITE_DELAY_MS = 500;

interface RuleWriterInput {
  port: WorkbookPort | null;
  rule: WarningRule;
  /** The coordinator changed the rule in the pane (else the pane only follows the workbook). */
  chosen: boolean;
  /** The typed window is invalid (the pane keeps judging by the last valid one, and writes nothing). */
  invalid: boolean;
  sheet: SheetRule;
  /** The ledger has been read (a workbook without a ledger has no 台账设置 to write). */
  ready: boolean;
  reload: () => Promise<void>;
  /** Called with the rule once it is written and read back. */
  settle: (written: WarningRule) => void;
}

/** Whether the workbook already holds `rule` (all three parts). */
function sheetHolds(sheet: SheetRule, rule: WarningRule): boolean {
  return (
    sheet.preset === rule.preset && sheet.laggingCounts === rule.laggingCounts && sheet.warnDays === rule.dueSoonDays
  );
}

/** The last refusal (as data; the pane words it), or null. */
export function useRuleWriter({
  port,
  rule,
  chosen,
  invalid,
  sheet,
  ready,
  reload,
  settle,
}: RuleWriterInput): RuleWriteProblem | null {
  const [problem, setProblem] = useState<RuleWriteProblem | null>(null);
  const { preset, dueSoonDays, laggingCounts } = rule;
  const holds = sheetHolds(sheet, rule);
  useEffect(() => {
    const write = port?.writeWarningRule?.bind(port);
    if (!write || !chosen || invalid || !ready || holds) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      const written = { preset, dueSoonDays, laggingCounts };
      write(written).then(
        async (result) => {
          if (!live) return;
          setProblem(result.ok ? null : result);
          if (!result.ok) return;
          await reload();
          settle(written);
        },
        (error: unknown) => {
          const code = (error as { code?: unknown }).code;
          if (live)
            setProblem({
              ok: false,
              code: 'rule-write-refused',
              params: { reason: typeof code === 'string' && code !== '' ? code : 'GeneralException' },
            });
        },
      );
    }, RULE_WRITE_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [port, preset, dueSoonDays, laggingCounts, chosen, invalid, ready, holds, reload, settle]);
  return problem;
}
