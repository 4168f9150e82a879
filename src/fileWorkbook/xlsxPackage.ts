/**
 * An .xlsx held in memory: its zip verified by `scanZip` before anything is inflated, parts inflated on demand
 * under a cap, and the map from sheet names to worksheet parts and from table names to table parts.
 */
import { inflateEntry, scanZip, type ZipRecord, type ZipRefusal } from '../ooxml';
import { attribute } from './xmlText';

/** Entries a workbook may list (a ledger has about 20; a user's workbook with many sheets and charts a few hundred). */
const MAX_XLSX_ENTRIES = 5_000;
/** Bytes one part may inflate to: 10,000 tasks and 100,000 history rows stay far below it. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

export interface TablePart {
  /** The table's name as Excel shows it (`displayName`). */
  name: string;
  part: string;
  ref: string;
  /** The worksheet part the table is on. */
  sheetPart: string;
}

export interface XlsxPackage {
  bytes: Uint8Array;
  entries: ZipRecord[];
  /** Worksheet parts by sheet name, in workbook order. */
  sheets: Map<string, string>;
  tables: Map<string, TablePart>;
  /** A part's text (UTF-8), null when the package has no such part or it cannot be inflated. */
  text(part: string): Promise<string | null>;
}

export type OpenXlsxResult =
  | { ok: true; pkg: XlsxPackage }
  | { ok: false; problem: ZipRefusal | { code: 'not-a-workbook' | 'part-unreadable'; params: { part: string } } };

const decoder = new TextDecoder('utf-8');

/** A relationship target resolved against the folder of the part that owns the relationships. */
function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** Relationship id → { type, resolved target } of a `.rels` part. */
function relationships(xml: string | null, base: string): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  for (const m of (xml ?? '').matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const a = m[1] ?? '';
    const id = attribute(a, 'Id');
    const target = attribute(a, 'Target');
    if (id !== null && target !== null && attribute(a, 'TargetMode') !== 'External')
      out.set(id, { type: attribute(a, 'Type') ?? '', target: resolve(base, target) });
  }
  return out;
}

/** The relationships part of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
export function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

/**
 * Opens the package; refuses a zip that contradicts itself or is not a workbook.
 * @example const opened = await openXlsx(bytes); if (opened.ok) opened.pkg.sheets.get('任务台账') // 'xl/worksheets/sheet1.xml'
 */
export async function openXlsx(bytes: Uint8Array): Promise<OpenXlsxResult> {
  const scan = scanZip(bytes, { maxEntries: MAX_XLSX_ENTRIES });
  if (!scan.ok) return { ok: false, problem: scan.refusal };
  const byName = new Map(scan.entries.map((e) => [e.name.toLowerCase(), e]));
  const cache = new Map<string, string | null>();
  const text = async (part: string): Promise<string | null> => {
    const key = part.toLowerCase();
    if (cache.has(key)) return cache.get(key) ?? null;
    const entry = byName.get(key);
    const inflated = entry ? await inflateEntry(bytes, entry, MAX_PART_BYTES) : null;
    const value = inflated?.ok ? decoder.decode(inflated.bytes) : null;
    cache.set(key, value);
    return value;
  };
  const rootRels = relationships(await text('_rels/.rels'), '');
  const workbookPart =
    [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbook = await text(workbookPart);
  if (workbook === null) return { ok: false, problem: { code: 'not-a-workbook', params: { part: workbookPart } } };
  const wbRels = relationships(await text(relsOf(workbookPart)), folderOf(workbookPart));
  const sheets = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const a = m[1] ?? '';
    const id = /(?:^|\s)[A-Za-z0-9_]+:id\s*=\s*"([^"]*)"/.exec(a)?.[1];
    const name = attribute(a, 'name');
    const target = id === undefined ? undefined : wbRels.get(id);
    if (name !== null && target?.type.endsWith('/worksheet')) sheets.set(name, target.target);
  }
  const tables = new Map<string, TablePart>();
  for (const sheetPart of sheets.values()) {
    for (const rel of relationships(await text(relsOf(sheetPart)), folderOf(sheetPart)).values()) {
      if (!rel.type.endsWith('/table')) continue;
      const xml = await text(rel.target);
      const a = xml === null ? null : /<table\b([^>]*?)>/.exec(xml)?.[1];
      if (a === undefined || a === null)
        return { ok: false, problem: { code: 'part-unreadable', params: { part: rel.target } } };
      const name = attribute(a, 'displayName') ?? attribute(a, 'name') ?? '';
      tables.set(name, { name, part: rel.target, ref: attribute(a, 'ref') ?? '', sheetPart });
    }
  }
  return { ok: true, pkg: { bytes, entries: scan.entries, sheets, tables, text } };
}

/** The workbook part's name (from the package relationships). */
export async function workbookPartOf(pkg: XlsxPackage): Promise<string> {
  const rootRels = relationships(await pkg.text('_rels/.rels'), '');
  return [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
}

/** The shared-strings part of the workbook, when it has one. */
export async function sharedStringsPartOf(pkg: XlsxPackage): Promise<string | null> {
  const wb = await workbookPartOf(pkg);
  const rels = relationships(await pkg.text(relsOf(wb)), folderOf(wb));
  return [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'))?.target ?? null;
}
