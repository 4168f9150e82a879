/**
 * Receiving a round: the returned workbooks (.xlsx, or a .zip of them) are read and planned against the ledger, the
 * preview shows every change and every problem, and only 「应用」 writes them through port.applyReportPlan. Its state
 * lives in `useReceiveReports`, its types in `ReceiveReports.types.ts`, its styles in `ReceiveReports.styles.ts`.
 */
import { useId } from 'react';
import { usePanelStyles } from '../shared/panel.styles';
import { ReceiveOutcome } from './ReceiveOutcome';
import { useReceiveReportsStyles } from './ReceiveReports.styles';
import type { ReceiveReportsProps } from './ReceiveReports.types';
import { ReportPreview } from './ReportPreview';
import { useReceiveReports } from './useReceiveReports';
import { useRoundsStrings } from './useRoundsStrings';

export function ReceiveReports(props: ReceiveReportsProps) {
  const s = useRoundsStrings();
  const styles = usePanelStyles();
  const own = useReceiveReportsStyles();
  const inputId = useId();
  const { phase, onFiles, apply } = useReceiveReports(props);
  return (
    <section className={styles.subpanel} aria-label={s.receiveHeading}>
      <h3 className={styles.heading}>{s.receiveHeading}</h3>
      <label className={own.label} htmlFor={inputId}>
        {s.receiveFiles}
      </label>
      <input
        id={inputId}
        className={own.fileInput}
        type="file"
        multiple
        accept=".xlsx,.zip,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/zip"
        aria-describedby={`${inputId}-hint`}
        disabled={phase.kind === 'reading' || phase.kind === 'applying'}
        onChange={onFiles}
      />
      <p id={`${inputId}-hint`} className={styles.muted}>
        {s.receiveHint}
      </p>
      <ReceiveOutcome phase={phase} />
      {(phase.kind === 'preview' || phase.kind === 'applying') && (
        <ReportPreview
          files={phase.files}
          plan={phase.plan}
          busy={phase.kind === 'applying'}
          onApply={() => void apply(phase.files, phase.plan)}
          progressClass={own.progress}
        />
      )}
    </section>
  );
}
