/**
 * Corrections the parser makes on its own, reported as information so the coordinator sees them:
 * a known misspelling read as the right agency, `市和县区人民政府` read as two governments.
 */
import { normalizeAgency } from './normalizeAgency';
import type { AgencyAliases } from './types';

export interface SilentCorrection {
  code: 'agency-corrected' | 'agency-split';
  params: Record<string, string | number>;
}

/** Misspellings seen in real tables that the built-in aliases correct (the seed has the first). */
const MISSPELLINGS: readonly string[] = ['市人力资和源社会保障局', '市人力资源和社保障局', '市发展和改委'];
/** `市和县区人民政府`: one level word, 和, another level word, then the government. */
const DISTRIBUTED_RE = /(省|市|州|县)和(县区|县（区）|县\(区\)|县（市、区）|县市区|县|区|乡镇)((?:人民)?政府)/g;

/**
 * The corrections made while reading a units text, each as an issue code and its params.
 * @example silentCorrections('市和县区人民政府，市教育局')
 * // [{ code: 'agency-split', params: { written: '市和县区人民政府', count: 2, agencies: '市人民政府、各县区人民政府' } }]
 */
export function silentCorrections(units: string, aliases?: AgencyAliases): SilentCorrection[] {
  if (typeof units !== 'string' || units === '') return [];
  const found: SilentCorrection[] = [];
  for (const written of MISSPELLINGS) {
    if (!units.includes(written)) continue;
    const agency = normalizeAgency(written, aliases);
    if (agency !== written) found.push({ code: 'agency-corrected', params: { written, agency } });
  }
  DISTRIBUTED_RE.lastIndex = 0;
  for (let m = DISTRIBUTED_RE.exec(units); m !== null; m = DISTRIBUTED_RE.exec(units)) {
    const government = m[3] === '政府' ? '政府' : '人民政府';
    const agencies = [
      normalizeAgency(`${m[1] ?? ''}${government}`, aliases),
      normalizeAgency(`各${m[2] ?? ''}${government}`, aliases),
    ];
    found.push({
      code: 'agency-split',
      params: { written: m[0], count: agencies.length, agencies: agencies.join('、') },
    });
  }
  return found;
}
