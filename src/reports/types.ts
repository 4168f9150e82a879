/**
 * The value types of reporting rounds (填报轮次): rounds, report requests sent to agencies, the
 * answers read back from returned workbooks, and the problems found in them (errors as data).
 */
import type { AgencyAliases, AgencyGroups, IsoDate, Role, Status, TrackedTask } from '../model';
import type { Round } from '../ledgerLayout/round';
import type { ReportKey } from './reportKey';
import type { UnauthenticatedWarning } from './identityRefusal';
import type { ReportRefusal } from './reportRefusal';
import type { RowProblem } from './rowProblem';

/**
 * The version of the report workbook's layout: 2 is signed with the ledger's key (HMAC-SHA-256); 1 (a public
 * checksum) is still read, as unauthenticated; any other version is refused.
 */
export const REPORT_FORMAT_VERSION = 2;
/** The last format without a signature, still read. */
export const UNSIGNED_FORMAT_VERSION = 1;

/** Returned files larger than this are refused before they are parsed. */
export const MAX_REPORT_BYTES = 10 * 1024 * 1024;

export type { Round } from '../ledgerLayout/round';

/** One task as a report workbook lists it for one agency. */
export interface ReportTask {
  no: number;
  text: string;
  role: Role;
  status: Status;
  lastProgress: string;
  deadline: IsoDate | null;
  /** The 时间进度 text, shown when there is no deadline (持续实施); optional for callers that lack it. */
  schedule?: string;
}

/** What one agency's report workbook is built from. */
export interface ReportRequest {
  /** The ledger's identity: a string the workbook layer stores with the workbook. */
  workbookId: string;
  /** The ledger's secret key (from the coordinator's workbook): the file is signed with it; it is never written into the file. */
  key: ReportKey;
  round: Round;
  agency: string;
  tasks: ReportTask[];
}

/** One task's answer as an agency filled it in. */
export interface ReportAnswer {
  no: number;
  status: Status;
  progress: string;
  problems: string;
  nextSteps: string;
  by: string;
  /** 填报日期; null when the agency left it empty. */
  date: IsoDate | null;
  /** The sheet row the answer was read from (1-based). */
  row: number;
}

/**
 * A problem found in a returned file, as data: what (a code and its typed params), how bad, and where. `error` rows
 * are not applied; `warning`s are applied and shown. A file not imported at all carries one `ReportRefusal`; a file
 * read carries an `UnauthenticatedWarning` (format 1) and a `RowProblem` per row found wrong. The pane words every
 * code per locale (`src/taskpane/rounds/reportIssueText.ts`).
 */
export type ReportIssue = (ReportRefusal | UnauthenticatedWarning | RowProblem) & {
  severity: 'error' | 'warning';
  /** The sheet row (1-based), when the problem is in one row. */
  row?: number;
  /** The task number sent, when known. */
  no?: number;
};

/** Why a file or a row was refused or flagged. */
export type ReportIssueCode = ReportIssue['code'];

/** A returned report workbook, read and matched to its round and agency. */
export interface ReturnedReport {
  formatVersion: number;
  /** Signed with the ledger's key and checked (format 2); false for a format-1 file, whose identity nobody can vouch for. */
  authenticated: boolean;
  workbookId: string;
  roundId: string;
  roundName: string;
  agency: string;
  /** The rows that carry a valid answer (rows with errors are left out; rows left empty were not answered). */
  answers: ReportAnswer[];
  /** Every problem found in rows, errors and warnings. */
  issues: ReportIssue[];
  /** Task numbers sent but left completely empty. */
  unanswered: number[];
}

/** The result of reading one file: refused as a whole, or read with per-row issues. */
export type ReadResult = { ok: true; report: ReturnedReport } | { ok: false; issues: ReportIssue[] };

/** The ledger's fields the reports need; the workbook layer's `LedgerRow` fits. */
export type ReportLedgerRow = Pick<
  TrackedTask,
  'no' | 'text' | 'assignments' | 'status' | 'progress' | 'deadline' | 'schedule'
> &
  /** 更新日期, when the caller has it: a preview then marks answers older than the row's last entry as `stale`. */
  Partial<Pick<TrackedTask, 'updated'>>;

/** What a returned file is checked against. */
export interface ReadExpectation {
  workbookId: string;
  /** The ledger's key; null when the workbook has none (then only format-1 files can be read, as unauthenticated). */
  key: ReportKey | null;
  rounds: readonly Round[];
  ledgerRows: readonly ReportLedgerRow[];
  /** Aliases used when the ledger's agencies were matched (for the `not-assigned` check). */
  aliases?: AgencyAliases;
  /** Groups whose members were sent the group's tasks (a member's answer to such a task is its own). */
  groups?: AgencyGroups;
}
