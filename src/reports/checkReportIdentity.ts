/**
 * Decides whether a returned file belongs to this ledger, and whether anyone can vouch for it: a format-2 file's
 * signature is checked with the ledger's key (a refusal names what was edited); a format-1 file's public checksum
 * is checked and the file read as unauthenticated, unless its round began after the ledger had a key (then every
 * file of that round was signed, and an unsigned one is a downgrade).
 */
import { FIRST_TASK_ROW } from './reportLayout';
import { reportChecksum } from './reportChecksum';
import { MAX_REPORT_TASKS, type ReportMeta } from './reportMeta';
import type { ClaimedIdentity } from './identityRefusal';
import { refusalIssue, type ReportRefusal } from './reportRefusal';
import { checkReportSeal, type ReportIdentity } from './reportSignature';
import {
  REPORT_FORMAT_VERSION,
  UNSIGNED_FORMAT_VERSION,
  type ReadExpectation,
  type ReportIssue,
  type Round,
} from './types';

/** Excel's last row: a `_meta` row number beyond it was not written by us. */
const MAX_TASK_ROW = 1_048_576;

export type IdentityCheck =
  { ok: true; round: Round; authenticated: boolean; issues: ReportIssue[] } | { ok: false; issue: ReportIssue };

function refused(refusal: ReportRefusal): IdentityCheck {
  return { ok: false, issue: refusalIssue(refusal) };
}

/** The identity the file claims, for a refusal to name. */
function claimedIdentity(v: Readonly<Record<string, string>>): ClaimedIdentity {
  return {
    workbookId: v.workbookId ?? '',
    roundName: v.roundName ?? '',
    dueDate: v.dueDate ?? '',
    agency: v.agency ?? '',
  };
}

function otherWorkbook(v: Readonly<Record<string, string>>): IdentityCheck {
  return refused({ code: 'other-workbook', params: { roundName: v.roundName ?? '', agency: v.agency ?? '' } });
}

/** The round the file names, in this ledger; or why it is not this ledger's. */
function matchRound(
  v: Readonly<Record<string, string>>,
  expected: ReadExpectation,
): { round: Round } | { refusal: IdentityCheck } {
  if (v.workbookId !== expected.workbookId) return { refusal: otherWorkbook(v) };
  const round = expected.rounds.find((r) => r.id === v.roundId);
  return round === undefined
    ? { refusal: refused({ code: 'unknown-round', params: { roundName: v.roundName ?? '' } }) }
    : { round };
}

async function checkSigned(meta: ReportMeta, expected: ReadExpectation): Promise<IdentityCheck> {
  const v = meta.values;
  const key = expected.key;
  if (key === null || v.keyId !== key.id) {
    // A file of another ledger is the likely, honest case: say that first.
    if (v.workbookId !== expected.workbookId) return otherWorkbook(v);
    return refused({ code: 'unknown-key', params: { fileKeyId: v.keyId ?? '', ledgerKeyId: key?.id ?? null } });
  }
  const identity: ReportIdentity = {
    formatVersion: meta.version,
    keyId: v.keyId,
    nonce: v.nonce ?? '',
    workbookId: v.workbookId ?? '',
    roundId: v.roundId ?? '',
    roundName: v.roundName ?? '',
    dueDate: v.dueDate ?? '',
    agency: v.agency ?? '',
    tasks: meta.tasks,
  };
  const check = await checkReportSeal(key, identity, {
    signature: v.signature ?? '',
    tags: {
      workbook: v.workbookTag ?? '',
      round: v.roundTag ?? '',
      agency: v.agencyTag ?? '',
      tasks: v.tasksTag ?? '',
    },
    taskTags: meta.taskTags,
  });
  const countEdited = Number(v.taskCount) !== meta.tasks.length || meta.tasks.length > MAX_REPORT_TASKS;
  if (!check.ok || countEdited) {
    const changed = check.ok ? [] : [...check.changed];
    if (countEdited && !changed.includes('tasks')) changed.push('tasks');
    const changedTasks = check.ok ? [] : check.changedTasks;
    return refused({
      code: 'signature-mismatch',
      params: { what: 'edited', changed, changedTasks, claimed: claimedIdentity(v) },
    });
  }
  const matched = matchRound(v, expected);
  return 'refusal' in matched ? matched.refusal : { ok: true, round: matched.round, authenticated: true, issues: [] };
}

function checkUnsigned(meta: ReportMeta, expected: ReadExpectation): IdentityCheck {
  const v = meta.values;
  const checksum = reportChecksum({
    formatVersion: meta.version,
    workbookId: v.workbookId ?? '',
    roundId: v.roundId ?? '',
    roundName: v.roundName ?? '',
    agency: v.agency ?? '',
    tasks: meta.tasks,
  });
  const rowsValid = meta.tasks.every(
    (t) => Number.isInteger(t.row) && t.row >= FIRST_TASK_ROW && t.row <= MAX_TASK_ROW,
  );
  if (checksum !== v.checksum || meta.tasks.length !== Number(v.taskCount) || !rowsValid) {
    return refused({ code: 'checksum-mismatch', params: { what: 'edited' } });
  }
  const matched = matchRound(v, expected);
  if ('refusal' in matched) return matched.refusal;
  const round = matched.round;
  const key = expected.key;
  if (key !== null && Date.parse(round.createdAt) >= Date.parse(key.createdAt)) {
    return refused({ code: 'unsigned', params: { roundName: round.name } });
  }
  const warning: ReportIssue = { code: 'unauthenticated', severity: 'warning', params: { agency: v.agency ?? '' } };
  return { ok: true, round, authenticated: false, issues: [warning] };
}

/**
 * Checks a file's identity against the ledger: refused (one issue) or matched to its round, authenticated or not.
 * @example const identity = await checkReportIdentity(readReportMeta(metaSheet), expected); if (!identity.ok) identity.issue.code
 */
export async function checkReportIdentity(meta: ReportMeta, expected: ReadExpectation): Promise<IdentityCheck> {
  const version = meta.version;
  if (!Number.isInteger(version)) return refused({ code: 'not-a-report', params: { what: 'incomplete-identity' } });
  if (meta.malformed) {
    // Nothing of ours looks like this; refused before anything is hashed (see ReportMeta.malformed).
    return refused(
      version === UNSIGNED_FORMAT_VERSION
        ? { code: 'checksum-mismatch', params: { what: 'malformed' } }
        : { code: 'signature-mismatch', params: { what: 'malformed' } },
    );
  }
  if (version === REPORT_FORMAT_VERSION) return checkSigned(meta, expected);
  if (version === UNSIGNED_FORMAT_VERSION) return checkUnsigned(meta, expected);
  return refused({
    code: 'unknown-version',
    params: { version, oldest: UNSIGNED_FORMAT_VERSION, newest: REPORT_FORMAT_VERSION },
  });
}
