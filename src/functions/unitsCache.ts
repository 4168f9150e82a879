/**
 * Parsed 负责单位 cells by their text, in a bounded LRU: a ledger repeats few distinct unit lists, and
 * every recalculation of AGENCYCOUNT/OVERDUECOUNT/AGENCIES would otherwise parse each cell again.
 */
import { parseUnits, type Assignment, type Role } from '../model';
import { LruCache } from './LruCache';

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

const cache = new LruCache<UnitsEntry>(UNITS_CACHE_CAPACITY);
let enabled = true;

/** Turns the cache on or off (the bench measures both); turning it off empties it. */
export function setUnitsCacheEnabled(on: boolean): void {
  enabled = on;
  if (!on) cache.clear();
}

/** Empties the cache. */
export function clearUnitsCache(): void {
  cache.clear();
}

/** How many cell texts are cached. */
export function unitsCacheSize(): number {
  return cache.size;
}

function parseEntry(text: string): UnitsEntry {
  const assignments = parseUnits(text);
  const roles = new Map<string, number>();
  for (const a of assignments) roles.set(a.agency, (roles.get(a.agency) ?? 0) | ROLE_BITS[a.role]);
  return { assignments, roles };
}

/** The parsed units of a cell's text, from the cache when enabled. */
export function unitsEntry(text: string): UnitsEntry {
  if (!enabled) return parseEntry(text);
  let entry = cache.get(text);
  if (entry === undefined) {
    entry = parseEntry(text);
    cache.set(text, entry);
  }
  return entry;
}
