// What someone holding a report file and our source code (but not the ledger's key) can do to it: edit `_meta`,
// re-sign it with a key of their own, or rewrite it as a format-1 file with the public checksum recomputed.
import type ExcelJS from 'exceljs';
import { createReportKey, META_SHEET, type ReportKey } from '../../src/reports';
import { reportChecksum } from '../../src/reports/reportChecksum';
import { META_KEYS_V1, metaTasksHeaderRow } from '../../src/reports/reportLayout';
import { sealReport, type IdentityPart, type ReportIdentity } from '../../src/reports/reportSignature';
import { openWorkbook, saveWorkbook } from './seedLedger';

/** The attacker's key: any key but the ledger's. */
export const WRONG_KEY: ReportKey = await createReportKey(new Date(Date.UTC(2026, 9, 1)));

const V2_HEADER = metaTasksHeaderRow(2);

function text(ws: ExcelJS.Worksheet, address: string): string {
  return ws.getCell(address).text;
}

function identityOf(meta: ExcelJS.Worksheet): ReportIdentity {
  const tasks: ReportIdentity['tasks'][number][] = [];
  for (let r = V2_HEADER + 1; meta.getCell(r, 1).value !== null; r += 1) {
    tasks.push({
      no: Number(meta.getCell(r, 1).value),
      role: meta.getCell(r, 2).text,
      textHash: meta.getCell(r, 3).text,
      row: Number(meta.getCell(r, 4).value),
    });
  }
  return {
    formatVersion: Number(text(meta, 'B1')),
    workbookId: text(meta, 'B2'),
    roundId: text(meta, 'B3'),
    roundName: text(meta, 'B4'),
    dueDate: text(meta, 'B5'),
    agency: text(meta, 'B6'),
    keyId: text(meta, 'B8'),
    nonce: text(meta, 'B9'),
    tasks,
  };
}

export interface Forgery {
  /** `_meta` cells to set first, e.g. `{ B6: '市人社局' }`. */
  edits?: Readonly<Record<string, string | number>>;
  /** Re-sign with this key (our code, another key): the signature, and the tags of `parts` (all by default). */
  resignWith?: ReportKey;
  parts?: readonly IdentityPart[];
  /** Re-sign the per-task tags too. */
  taskTags?: boolean;
}

/**
 * A report file forged as described: `_meta` edited, then the signature (and tags) recomputed with a wrong key.
 * @example await forge(bytes, { edits: { B6: '市人社局' }, resignWith: WRONG_KEY, parts: ['agency'] })
 */
export async function forge(bytes: Uint8Array, forgery: Forgery): Promise<Uint8Array> {
  const wb = await openWorkbook(bytes);
  const meta = wb.getWorksheet(META_SHEET)!;
  for (const [address, value] of Object.entries(forgery.edits ?? {})) meta.getCell(address).value = value;
  if (forgery.resignWith) {
    const seal = await sealReport(forgery.resignWith, identityOf(meta));
    meta.getCell('B10').value = seal.signature;
    const parts = forgery.parts ?? ['workbook', 'round', 'agency', 'tasks'];
    const rows: Record<IdentityPart, string> = { workbook: 'B11', round: 'B12', agency: 'B13', tasks: 'B14' };
    for (const part of parts) meta.getCell(rows[part]).value = seal.tags[part];
    if (forgery.taskTags) seal.taskTags.forEach((tag, i) => (meta.getCell(V2_HEADER + 1 + i, 5).value = tag));
  }
  return saveWorkbook(wb);
}

/**
 * The file rewritten as format 1 (what the add-in wrote before signing): `_meta` in its old layout with the public
 * checksum computed by our code, after optional edits of the identity, as anyone could.
 * @example await asFormat1(bytes, { agency: '市人社局' })
 */
export async function asFormat1(
  bytes: Uint8Array,
  edits: Partial<Pick<ReportIdentity, 'agency' | 'roundName' | 'workbookId'>> = {},
): Promise<Uint8Array> {
  const wb = await openWorkbook(bytes);
  const old = wb.getWorksheet(META_SHEET)!;
  const identity = { ...identityOf(old), ...edits };
  wb.removeWorksheet(old.id);
  const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const checksum = reportChecksum({ ...identity, formatVersion: 1 });
  const values: Record<(typeof META_KEYS_V1)[number], string | number> = {
    formatVersion: 1,
    workbookId: identity.workbookId,
    roundId: identity.roundId,
    roundName: identity.roundName,
    dueDate: identity.dueDate,
    agency: identity.agency,
    taskCount: identity.tasks.length,
    checksum,
  };
  META_KEYS_V1.forEach((key, i) => {
    meta.getCell(i + 1, 1).value = key;
    meta.getCell(i + 1, 2).value = values[key];
  });
  const header = metaTasksHeaderRow(1);
  ['no', 'role', 'textHash', 'row'].forEach((label, i) => (meta.getCell(header, i + 1).value = label));
  identity.tasks.forEach((t, i) => {
    meta.getCell(header + 1 + i, 1).value = t.no;
    meta.getCell(header + 1 + i, 2).value = t.role;
    meta.getCell(header + 1 + i, 3).value = t.textHash;
    meta.getCell(header + 1 + i, 4).value = t.row;
  });
  return saveWorkbook(wb);
}
