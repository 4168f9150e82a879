/**
 * The summary panel's state: the notice (composed locally, or the workbook's after a build), progress by section,
 * copying the notice, and building the 汇总 sheet through port.buildSummary.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { composeNotice, countBySection, type IsoDate } from '../../model';
import { errorText } from '../shared/errorText';
import { copyText } from '../shared/copyText';
import { useAsyncAction } from '../shared/useAsyncAction';
import { useStrings } from '../i18n/useStrings';
import type { NoticeCopy, SummaryBuildOutcome, SummaryPanelProps, SummaryPanelState } from './SummaryPanel.types';

type Input = Pick<SummaryPanelProps, 'port' | 'rows' | 'sections' | 'asOf' | 'warnDays' | 'rule'>;

export function useSummaryPanel({ port, rows, sections, asOf, warnDays, rule }: Input): SummaryPanelState {
  const s = useStrings();
  // Tasks marked 已移除 by a reload are kept in the ledger but not counted, as on the 汇总 sheet.
  const live = useMemo(() => rows.filter((r) => !r.missing), [rows]);
  const local = useMemo(
    () => composeNotice(live, asOf, { warnDays, ...(rule ? { rule } : {}) }),
    [live, asOf, warnDays, rule],
  );
  const bySection = useMemo(
    () => countBySection(live, sections, { asOf, warnDays, ...(rule ? { rule } : {}) }),
    [live, sections, asOf, warnDays, rule],
  );
  const [built, setBuilt] = useState<{ asOf: IsoDate; notice: string } | null>(null);
  const notice = built && built.asOf === asOf ? built.notice : local;
  const [copy, setCopy] = useState<NoticeCopy>('idle');
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const build = useAsyncAction<SummaryBuildOutcome>((error) => ({
    kind: 'failed',
    text: s.summaryFailed(errorText(error, s.locale)),
  }));

  useEffect(() => {
    if (copy === 'manual') fallbackRef.current?.select();
  }, [copy]);

  const buildSummary = () => {
    if (!port) return;
    void build.run(async () => {
      const result = await port.buildSummary(asOf);
      setBuilt({ asOf, notice: result.notice });
      return { kind: 'built' };
    });
  };

  const copyNotice = () => {
    void copyText(notice).then((ok) => setCopy(ok ? 'copied' : 'manual'));
  };

  return { live, notice, bySection, copy, copyNotice, fallbackRef, build, buildSummary };
}
