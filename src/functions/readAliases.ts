/**
 * The optional `aliases` range of the agency functions: two columns, written form → canonical name
 * (the workbook's `AgencyAliases` table). Each distinct alias set gets a fingerprint, so the units
 * cache keeps one parse per (alias set, cell text) and never answers with another set's names.
 */
import { memberListOf, recordFromPairs, type AgencyAliases } from '../model';
import { cellPosition, isBlank, readText } from './excelArguments';
import { Failure, invalid } from './Failure';
import { LruCache } from './LruCache';

/** An alias set as the functions use it: the table and its fingerprint ('' for none). */
export interface AliasSet {
  readonly aliases: AgencyAliases;
  /** '' when there are no aliases, so the common case keys the cache by cell text alone. */
  readonly key: string;
}

export const NO_ALIASES: AliasSet = { aliases: {}, key: '' };

/** The same alias set is one object across calls, so the model's per-object memo of cleaned keys is reused. */
const setsByKey = new LruCache<AliasSet>(64);

/**
 * Reads an aliases range; blank (omitted) is no aliases. Not two columns, or a cell that is not text, is #VALUE! naming `arg`.
 * Rows with an empty written form or canonical name, and a group's member list, are skipped; a later row wins over an earlier one.
 * @example
 * readAliases([['人社局', '市人力资源和社会保障局']], 'aliases') // { aliases: { 人社局: '市人力资源和社会保障局' }, key: '…' }
 */
export function readAliases(value: unknown, arg: string): AliasSet | Failure {
  if (isBlank(value)) return NO_ALIASES;
  if (!Array.isArray(value)) return invalid({ kind: 'badAliases', arg, columns: 1 });
  const rows = value as unknown[];
  const pairs: [string, string][] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row) || row.length !== 2)
      return invalid({ kind: 'badAliases', arg, columns: Array.isArray(row) ? row.length : 1 });
    const written = readText(row[0], arg, cellPosition(r, 0, 2));
    if (written instanceof Failure) return written;
    const canonical = readText(row[1], arg, cellPosition(r, 1, 2));
    if (canonical instanceof Failure) return canonical;
    // A group's member list (`各乡镇 | 东坝镇、西城镇`) is not an alias: the formulas count the group as named.
    if (written.trim() !== '' && canonical.trim() !== '' && !memberListOf(written, canonical))
      pairs.push([written.trim(), canonical.trim()]);
  }
  if (pairs.length === 0) return NO_ALIASES;
  const key = JSON.stringify(pairs);
  let set = setsByKey.get(key);
  if (set === undefined) {
    set = { aliases: Object.freeze(recordFromPairs(pairs)), key };
    setsByKey.set(key, set);
  }
  return set;
}
