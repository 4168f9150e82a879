/**
 * The package ExcelJS is given when a report is read: only the parts reading needs, taken from the verified
 * entry list, each inflated under its declared size, XML counted before it is parsed, worksheets cut to the
 * report's shape and the workbook without defined names (ranges ExcelJS expands cell by cell). Everything
 * else a file may carry (media, drawings, tables, comments, printer settings, hidden records) is never inflated.
 */
import { countStartTags, inflateEntry, type ZipRecord } from '../ooxml';
import { boundSheetXml } from './boundSheetXml';
import { MAX_UNPACKED_BYTES, zipRefusalIssue } from './checkXlsxContainer';
import { HEADERS } from './reportLayout';
import { refusalIssue, type ReportRefusal } from './reportRefusal';
import type { ReportIssue } from './types';

export type ReportPackage =
  { ok: true; bytes: Uint8Array; cut: number; firstCut: number } | { ok: false; issue: ReportIssue };

export interface ReportShape {
  /** Rows of each worksheet handed over; the rest are only counted. */
  maxRows: number;
}

const KEPT =
  /^(\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/[^/]+\.xml)$/;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
/** A report has two sheets; a re-saved one may gain a few. */
const MAX_WORKSHEETS = 16;
/** Columns read from any sheet: the 填报 sheet's (the `_meta` sheet uses five). */
const MAX_COLUMNS = HEADERS.length;
/** Elements in each non-sheet part (a 3,000-task report's sharedStrings holds about 30,000), and their depth. */
const PART_LIMITS = { maxElements: 300_000, maxDepth: 64 };
const DEFINED_NAMES_RE = /<definedNames\b[^>]*?(?:\/>|>[\s\S]*?<\/definedNames>)/;

function refuse(refusal: ReportRefusal): ReportPackage {
  return { ok: false, issue: refusalIssue(refusal) };
}

/** Each kept part inflated, or the issue that stops the read. */
async function inflateKept(
  bytes: Uint8Array,
  kept: readonly ZipRecord[],
): Promise<Map<string, Uint8Array> | ReportPackage> {
  const declared = kept.reduce((n, e) => n + e.size, 0);
  if (declared > MAX_UNPACKED_BYTES) {
    return refuse({ code: 'too-large', params: { what: 'unpacked', bytes: declared, limit: MAX_UNPACKED_BYTES } });
  }
  const parts = new Map<string, Uint8Array>();
  for (const entry of kept) {
    const read = await inflateEntry(bytes, entry, MAX_UNPACKED_BYTES);
    if (read.ok) {
      parts.set(entry.name, read.bytes);
      continue;
    }
    if (read.reason === 'size-mismatch')
      return {
        ok: false,
        issue: zipRefusalIssue({ code: 'zip-altered', params: { reason: 'size-mismatch', entry: entry.name } }),
      };
    return refuse({ code: 'unreadable', params: { what: 'part-damaged', part: entry.name } });
  }
  return parts;
}

/**
 * The bounded package to hand to ExcelJS, and how many rows were cut; never throws.
 * @example const pkg = await reportPackage(bytes, check.entries, { maxRows: 3_205 }); if (pkg.ok) await wb.xlsx.load(pkg.bytes);
 */
export async function reportPackage(
  bytes: Uint8Array,
  entries: readonly ZipRecord[],
  shape: ReportShape,
): Promise<ReportPackage> {
  const kept = entries.filter((e) => KEPT.test(e.name));
  if (kept.filter((e) => WORKSHEET.test(e.name)).length > MAX_WORKSHEETS) {
    return refuse({ code: 'not-a-report', params: { what: 'too-many-sheets', limit: MAX_WORKSHEETS } });
  }
  const parts = await inflateKept(bytes, kept);
  if (!(parts instanceof Map)) return parts;
  const { strFromU8, strToU8, zipSync } = await import('fflate');
  const out: Record<string, Uint8Array> = {};
  let cut = 0;
  let firstCut = 0;
  for (const [name, data] of parts) {
    if (WORKSHEET.test(name)) {
      const sheet = boundSheetXml(strFromU8(data), shape.maxRows, MAX_COLUMNS);
      if (sheet.cut > 0 && firstCut === 0) firstCut = sheet.firstCut;
      cut += sheet.cut;
      out[name] = strToU8(sheet.xml);
      continue;
    }
    const counted = countStartTags(data, PART_LIMITS);
    if (!counted.ok) return refuse({ code: 'unreadable', params: { what: 'part-shape', part: name } });
    if (name !== 'xl/workbook.xml') {
      out[name] = data;
      continue;
    }
    const workbook = strFromU8(data);
    // Every <sheet> becomes a worksheet model, even when many name one part.
    if ((workbook.match(/<sheet\b/g)?.length ?? 0) > MAX_WORKSHEETS)
      return refuse({ code: 'not-a-report', params: { what: 'too-many-sheets', limit: MAX_WORKSHEETS } });
    out[name] = strToU8(workbook.replace(DEFINED_NAMES_RE, ''));
  }
  // Stored, not deflated: ExcelJS inflates nothing, and the bytes never leave this call.
  return { ok: true, bytes: zipSync(out, { level: 0 }), cut, firstCut };
}
