/**
 * Cheap checks of a returned file's container before anything in it is parsed: size, zip signature, the zip's
 * own structure (`scanZip`: directory and local headers agree, no hidden or shared records, clean unique
 * names), the parts an .xlsx must have, and the unpacked size of the parts a report is read from.
 */
import { scanZip, type ZipRecord, type ZipRefusal } from '../ooxml';
import { refusalIssue, zipRefusalOf, type ReportRefusal } from './reportRefusal';
import { MAX_REPORT_BYTES, type ReportIssue } from './types';

/**
 * Unpacked parts read above this total are refused (declared sizes, which `inflateEntry` then holds each part
 * to): a report of 1,000 tasks with long answers unpacks to about 2 MB.
 */
export const MAX_UNPACKED_BYTES = 8 * 1024 * 1024;
/** A report has about a dozen parts; a workbook re-saved by Excel or WPS a few dozen. */
const MAX_XLSX_ENTRIES = 500;

export type ContainerCheck = { ok: true; entries: ZipRecord[] } | { ok: false; issue: ReportIssue };

function refuse(refusal: ReportRefusal): ContainerCheck {
  return { ok: false, issue: refusalIssue(refusal) };
}

/** A zip refused by structure, as the issue of a refused report. */
export function zipRefusalIssue(refusal: ZipRefusal): ReportIssue {
  return refusalIssue(zipRefusalOf(refusal));
}

/**
 * The verified entries of a file that may be an intact .xlsx, or why it cannot be one; never throws.
 * @example checkXlsxContainer(new TextEncoder().encode('hello')) // { ok: false, issue: { code: 'not-xlsx', … } }
 */
export function checkXlsxContainer(bytes: Uint8Array): ContainerCheck {
  if (bytes.length === 0) return refuse({ code: 'empty-file', params: {} });
  if (bytes.length > MAX_REPORT_BYTES)
    return refuse({ code: 'too-large', params: { what: 'file', bytes: bytes.length, limit: MAX_REPORT_BYTES } });
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    return refuse({ code: 'not-xlsx', params: { what: 'not-zip' } });
  }
  const scan = scanZip(bytes, { maxEntries: MAX_XLSX_ENTRIES });
  if (!scan.ok) return { ok: false, issue: zipRefusalIssue(scan.refusal) };
  const names = scan.entries.map((e) => e.name);
  if (!names.includes('xl/workbook.xml') || !names.includes('[Content_Types].xml')) {
    if (names.some((n) => n.startsWith('xl/')))
      return refuse({ code: 'unreadable', params: { what: 'missing-parts' } });
    return refuse({ code: 'not-xlsx', params: { what: 'zip-of-files' } });
  }
  return { ok: true, entries: scan.entries };
}
