/**
 * A returned report's problem in English, from its code (and task number): the reader's own sentence is Chinese, so
 * the English pane says the same in its words, without the Chinese detail (the value typed, the agency).
 */
import type { ReportIssueCode } from '../../reports';

const RESEND = 'ask the agency to send it again';

const TEXT: Record<ReportIssueCode, string> = {
  'too-large': 'the file is too large for a report workbook and was not read; check that the right file was chosen',
  'empty-file': `the file is empty (0 bytes); ${RESEND}`,
  'not-xlsx': 'not an Excel workbook (.xlsx), not read; save it as an .xlsx workbook in Excel or WPS, then import it',
  'zip-altered': `the file's zip structure contradicts itself: it was altered after it was written, not read; ${RESEND}, saved again as .xlsx in Excel or WPS`,
  truncated: `the file is incomplete (the transfer may have been cut off); ${RESEND}`,
  unreadable: `the file is damaged and could not be read; ${RESEND}, saved again as .xlsx`,
  'not-a-report':
    'not a report workbook sent from this ledger, not imported; use the files made by “Send report workbooks”',
  'unknown-version': 'made by a newer version of the add-in, not imported; update the add-in',
  'checksum-mismatch': `the file's identity was edited (checksum mismatch), not imported; ${RESEND}`,
  'signature-mismatch':
    'the file’s identity was edited and its signature does not match, not imported; check with the agency',
  'unknown-key': 'signed with a key this ledger does not know, not imported; check with the agency',
  unsigned: 'the file carries no signature, not imported; send the agency a new report workbook',
  unauthenticated:
    'made by an older version of the add-in, without a signature: read, but check the agency before applying',
  'other-workbook': 'this report belongs to another ledger workbook, not imported',
  'unknown-round': 'the ledger has no such reporting round (it may have been deleted), not imported',
  'unknown-task': 'the ledger has no such task (deleted or renumbered?); row not imported',
  'task-number-changed': 'the task number was changed; row not imported',
  'task-text-changed': 'the task text was changed since it was sent; row not imported, check with the agency',
  'ledger-text-changed':
    'the ledger’s text of this task changed since the report was sent; imported by number, check it',
  'not-assigned':
    'the agency is not responsible for this task in the ledger; row not imported (send new reports if the division changed)',
  'invalid-status': 'the status is not one of the ledger’s statuses; row not imported',
  'missing-status': 'filled in without a status; row not imported',
  'missing-reporter': 'no reporter named; row not imported',
  'invalid-date': 'the report date could not be read (write it like 2026-11-25); row not imported',
  'implausible-date': 'the report date is outside this round’s plausible range; row not imported',
  'too-long': 'a field is longer than allowed; row not imported, ask for a shorter answer',
  'missing-date': 'no report date; recorded as of the day of import',
  'missing-row': 'the task number is empty (row deleted or moved?); row not imported',
  'extra-row': 'not a task that was sent (added by the agency?); ignored',
  'duplicate-task': 'the task appears twice in this file; only the first row was read',
};

export function reportIssueEnglish(code: ReportIssueCode): string {
  const text = TEXT[code];
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
}
