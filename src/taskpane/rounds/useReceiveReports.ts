/**
 * The state of receiving a round: the returned workbooks (.xlsx, or a .zip of them) are read and planned against the
 * ledger (the preview), and only `apply` writes them through port.applyReportPlan.
 */
import { useState, type ChangeEvent } from 'react';
import { planApply, readReportFiles, type ApplyPlan, type FileReadResult } from '../../reports';
import { errorText } from '../shared/errorText';
import { refusalText } from '../shared/refusalText';
import { useStrings } from '../i18n/useStrings';
import type { ReceivePhase, ReceiveReportsProps } from './ReceiveReports.types';
import { useRoundsStrings } from './useRoundsStrings';

const NO_GROUPS = {};

export function useReceiveReports({ port, rows, groups = NO_GROUPS, rounds, asOf, onApplied }: ReceiveReportsProps) {
  const s = useRoundsStrings();
  const { locale } = useStrings();
  const [phase, setPhase] = useState<ReceivePhase>({ kind: 'idle' });

  const read = async (list: readonly File[]) => {
    if (list.length === 0) return;
    setPhase({ kind: 'reading' });
    try {
      const files = await Promise.all(
        list.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
      const [workbookId, key] = await Promise.all([port.getWorkbookId(), port.getReportKey()]);
      const results = await readReportFiles(files, { workbookId, key, rounds, ledgerRows: rows, groups });
      const plan = planApply(
        results.map((r) => r.result),
        rows,
        await port.readAppliedAnswerIds(),
        { receivedOn: asOf, groups },
      );
      setPhase({ kind: 'preview', files: results, plan });
    } catch (e) {
      setPhase({ kind: 'failed', text: s.readFailed(errorText(e, locale)) });
    }
  };

  const onFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const list = [...(event.target.files ?? [])];
    // Clear the input so choosing the same file again (a re-import) fires a change.
    event.target.value = '';
    void read(list);
  };

  const apply = async (files: FileReadResult[], plan: ApplyPlan) => {
    setPhase({ kind: 'applying', files, plan });
    try {
      const result = await port.applyReportPlan(plan);
      if (!result.ok) {
        setPhase({ kind: 'failed', text: s.applyFailed(refusalText(result, locale)) });
        return;
      }
      setPhase({ kind: 'applied', result });
      onApplied();
    } catch (e) {
      setPhase({ kind: 'failed', text: s.applyFailed(errorText(e, locale)) });
    }
  };

  return { phase, onFiles, apply };
}
