/**
 * Parsed 负责单位 cells by their text, in a bounded LRU: a ledger repeats few distinct unit lists, and
 * every recalculation of AGENCYCOUNT/OVERDUECOUNT/AGENCIES would otherwise parse each cell again.
 * A cell's agencies depend on the alias set too: each set (by fingerprint) has its own LRU.
 */
import { parseUnits, type Assignment, type Role } from '../model';
import { LruCache } from './LruCache';
import { NO_ALIASES, type AliasSet } from './readAliases';

/** Role bits, so one lookup answers "does this cell name the agency in this role". */
export const ROLE_BITS: Readonly<Record<Role, number>> = { lead: 1, support: 2, joint: 4 };
export const ANY_ROLE_BITS = 7;

/** One cell's units, parsed once. */
export interface UnitsEntry {
  readonly assignments: readonly Assignment[];
  /** Normalised agency → the OR of its role bits in this cell. */
  readonly roles: ReadonlyMap<string, number>;
}

/** The most distinct cell texts kept; about 10 MB at the worst. */
export const UNITS_CACHE_CAPACITY = 50_000;

/** Alias sets with a cache of their own; a workbook uses one or two, so a few suffice. */
const ALIAS_CACHES = 4;
/** Cell texts kept per alias set (the sets together stay within the capacity above). */
const ALIAS_CACHE_CAPACITY = UNITS_CACHE_CAPACITY / 2 / ALIAS_CACHES;

const cache = new LruCache<UnitsEntry>(UNITS_CACHE_CAPACITY);
const aliasCaches = new LruCache<LruCache<UnitsEntry>>(ALIAS_CACHES);
let enabled = true;

/** Turns the cache on or off (the bench measures both); turning it off empties it. */
export function setUnitsCacheEnabled(on: boolean): void {
  enabled = on;
  if (!on) clearUnitsCache();
}

/** Empties the cache. */
export function clearUnitsCache(): void {
  cache.clear();
  aliasCaches.clear();
}

/** How many cell texts are cached without aliases. */
export function unitsCacheSize(): number {
  return cache.size;
}

function parseEntry(text: string, set: AliasSet): UnitsEntry {
  const assignments = set.key === '' ? parseUnits(text) : parseUnits(text, { aliases: set.aliases });
  const roles = new Map<string, number>();
  for (const a of assignments) roles.set(a.agency, (roles.get(a.agency) ?? 0) | ROLE_BITS[a.role]);
  return { assignments, roles };
}

/** The parsed units of a cell's text under an alias set (none by default), from the cache when enabled. */
export function unitsEntry(text: string, set: AliasSet = NO_ALIASES): UnitsEntry {
  return unitsReader(set)(text);
}

/**
 * A reader of cells under one alias set: the set's cache is found once per call, not once per cell.
 * @example
 * const read = unitsReader(set); read('市教育局牵头').roles.get('市教育局') // 1
 */
export function unitsReader(set: AliasSet): (text: string) => UnitsEntry {
  if (!enabled) return (text) => parseEntry(text, set);
  let own = cache;
  if (set.key !== '') {
    const found = aliasCaches.get(set.key);
    own = found ?? new LruCache<UnitsEntry>(ALIAS_CACHE_CAPACITY);
    if (found === undefined) aliasCaches.set(set.key, own);
  }
  const target = own;
  return (text) => {
    let entry = target.get(text);
    if (entry === undefined) {
      entry = parseEntry(text, set);
      target.set(text, entry);
    }
    return entry;
  };
}
