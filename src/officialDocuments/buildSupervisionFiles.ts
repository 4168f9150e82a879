/**
 * The 督办单: one .docx per agency with late or nearly-due tasks; several come as one .zip, like the report workbooks.
 */
import type { AgencyAliases } from '../model';
import { supervisionBlocks } from './supervisionBlocks';
import { supervisionItems } from './supervisionItems';
import type { OfficialDocumentInput, SupervisionForm } from './types';
import { writeOfficialDocx } from './writeOfficialDocx';

const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]/g;

/** What to download: nothing, one .docx, or a .zip of them. */
export type SupervisionFiles =
  { kind: 'none' } | { kind: 'docx' | 'zip'; name: string; bytes: Uint8Array; agencies: string[] };

/**
 * @example supervisionFileName('市教育局', '2026-11-29') // '督办单-市教育局（截至2026-11-29）.docx'
 */
export function supervisionFileName(agency: string, asOf: string): string {
  return `督办单-${agency.replace(UNSAFE_IN_FILE_NAME, '_').trim()}（截至${asOf}）.docx`;
}

/**
 * Builds the 督办单 of every agency concerned (stored, not deflated, in the .zip: a .docx is already compressed).
 * @example const files = await buildSupervisionFiles(input, { office: '市委督查室', replyBy: '2026-12-05', replyTo: '市委督查室' });
 */
export async function buildSupervisionFiles(
  input: OfficialDocumentInput,
  form: SupervisionForm,
  aliases: AgencyAliases = {},
): Promise<SupervisionFiles> {
  const all = supervisionItems(input.tasks, input.asOf, input.rule, aliases);
  if (all.length === 0) return { kind: 'none' };
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const items of all) {
    let name = supervisionFileName(items.agency, input.asOf);
    for (let i = 2; Object.prototype.hasOwnProperty.call(files, name); i += 1)
      name = supervisionFileName(items.agency, input.asOf).replace(/\.docx$/, `-${i}.docx`);
    files[name] = [
      await writeOfficialDocx(supervisionBlocks(items, form, input.asOf, input.printedOn), `督办单-${items.agency}`),
      { level: 0 },
    ];
  }
  const agencies = all.map((s) => s.agency);
  const names = Object.keys(files);
  const only = names[0];
  if (names.length === 1 && only !== undefined) return { kind: 'docx', name: only, bytes: files[only]![0], agencies };
  const { zipSync } = await import('fflate');
  return {
    kind: 'zip',
    name: `督办单（截至${input.asOf}，${names.length}个单位）.zip`,
    bytes: zipSync(files),
    agencies,
  };
}
