/** The props of receiving a round's returned workbooks, and the steps it goes through. */
import type { AgencyGroups, IsoDate } from '../../model';
import type { ApplyPlan, FileReadResult, Round } from '../../reports';
import type { ApplyReportResult, LedgerRow, WorkbookPort } from '../../workbook/port';

export interface ReceiveReportsProps {
  port: WorkbookPort;
  rows: readonly LedgerRow[];
  /** Groups whose members were sent the group's tasks. */
  groups?: AgencyGroups | undefined;
  rounds: readonly Round[];
  asOf: IsoDate;
  /** Called after a successful apply (the rounds' answered agencies changed). */
  onApplied: () => void;
}

/** Reading the files, their preview, applying it, and how that ended. */
export type ReceivePhase =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'failed'; text: string }
  | { kind: 'preview'; files: FileReadResult[]; plan: ApplyPlan }
  | { kind: 'applying'; files: FileReadResult[]; plan: ApplyPlan }
  | { kind: 'applied'; result: Extract<ApplyReportResult, { ok: true }> };
