/**
 * Why a returned file was not read, or read and not imported: a code and its parameters, as data. The pane words each
 * one per locale (`src/taskpane/rounds/reportRefusalText.ts`); nothing here is a sentence.
 */
import type { ZipAlteration, ZipRefusal } from '../ooxml';
import type { IdentityRefusal } from './identityRefusal';
import type { ReportIssue } from './types';

/** What a refused .xlsx or zip held that makes it unreadable. */
export type UnreadableReason =
  | { what: 'too-many-entries'; entries: number; limit: number }
  | { what: 'zip-unsupported'; feature: string }
  /** The zip has `xl/` parts but not `xl/workbook.xml` or `[Content_Types].xml`. */
  | { what: 'missing-parts' }
  /** A part (or an entry of a zip of reports) does not inflate. */
  | { what: 'part-damaged'; part: string }
  /** A part has more elements or deeper nesting than a report's. */
  | { what: 'part-shape'; part: string }
  /** ExcelJS could not open the workbook. */
  | { what: 'workbook' }
  /** ExcelJS or the reader failed on it. */
  | { what: 'content' };

/** Why a readable workbook is not a report of this ledger's. */
export type NotAReportReason =
  | { what: 'too-many-sheets'; limit: number }
  /** No `_meta` sheet. */
  | { what: 'no-identity' }
  /** `_meta` has no format version. */
  | { what: 'incomplete-identity' }
  /** The sheet agencies fill in is missing (deleted or renamed). */
  | { what: 'no-report-sheet'; sheet: string };

export type ReportRefusal =
  | { code: 'empty-file'; params: Record<string, never> }
  | { code: 'truncated'; params: Record<string, never> }
  /** `file`: the file itself (`bytes` its size); `unpacked`: its parts as declared; `zip-total`: a zip of reports' workbooks together. */
  | { code: 'too-large'; params: { what: 'file' | 'unpacked' | 'zip-total'; bytes: number; limit: number } }
  /** `not-zip`: not a zip at all; `zip-of-files`: a zip without a workbook; `legacy`: .xls/.et in a zip; `other`: another kind of file in a zip. */
  | { code: 'not-xlsx'; params: { what: 'not-zip' | 'zip-of-files' | 'legacy' | 'other' } }
  | { code: 'zip-altered'; params: { reason: ZipAlteration; entry: string } }
  | { code: 'unreadable'; params: UnreadableReason }
  | { code: 'not-a-report'; params: NotAReportReason }
  | IdentityRefusal;

/**
 * The issue a refused file gets: code and params, no words.
 * @example refusalIssue({ code: 'too-large', params: { what: 'file', bytes: 30_000_000, limit: 20_971_520 } }).severity // 'error'
 */
export function refusalIssue(refusal: ReportRefusal): ReportIssue {
  return { ...refusal, severity: 'error' };
}

/** A zip refused by structure, as a report refusal. */
export function zipRefusalOf(refusal: ZipRefusal): ReportRefusal {
  switch (refusal.code) {
    case 'truncated':
      return { code: 'truncated', params: {} };
    case 'too-many-entries':
      return { code: 'unreadable', params: { what: 'too-many-entries', ...refusal.params } };
    case 'zip-altered':
      return { code: 'zip-altered', params: refusal.params };
    case 'zip-unsupported':
      return { code: 'unreadable', params: { what: 'zip-unsupported', feature: refusal.params.feature } };
  }
}
