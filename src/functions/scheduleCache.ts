/**
 * 时间进度 cells read once per distinct text, in a bounded LRU, for the same reason as the units
 * cache: OVERDUECOUNT re-reads every schedule of the ledger on each recalculation.
 */
import { parseSchedule, type IsoDate } from '../model';
import { isoFromDateText } from './isoFromDateText';
import { LruCache } from './LruCache';

/** What a schedule text says about the deadline, or why it cannot say. */
export interface ScheduleReading {
  readonly deadline: IsoDate | null;
  readonly ongoing: boolean;
  /** Set when there is no deadline and the text is not plainly ongoing: never guessed. */
  readonly trouble: 'ambiguous' | 'unreadable' | null;
}

const SCHEDULE_CACHE_CAPACITY = 50_000;

const cache = new LruCache<ScheduleReading>(SCHEDULE_CACHE_CAPACITY);
let enabled = true;

/** Turns the cache on or off; turning it off empties it. */
export function setScheduleCacheEnabled(on: boolean): void {
  enabled = on;
  if (!on) cache.clear();
}

/** Empties the cache. */
export function clearScheduleCache(): void {
  cache.clear();
}

/** Reads non-blank schedule text: date text first, then the model's schedule parser. */
function readScheduleText(text: string): ScheduleReading {
  const iso = isoFromDateText(text);
  if (iso !== null) return { deadline: iso, ongoing: false, trouble: null };
  const info = parseSchedule(text);
  if (info.deadline !== null) return { deadline: info.deadline, ongoing: info.ongoing, trouble: null };
  if (info.ambiguous) return { deadline: null, ongoing: info.ongoing, trouble: 'ambiguous' };
  if (!info.recognized || !info.ongoing) return { deadline: null, ongoing: info.ongoing, trouble: 'unreadable' };
  return { deadline: null, ongoing: true, trouble: null };
}

/** The reading of a schedule text, from the cache when enabled. */
export function scheduleReading(text: string): ScheduleReading {
  if (!enabled) return readScheduleText(text);
  let reading = cache.get(text);
  if (reading === undefined) {
    reading = readScheduleText(text);
    cache.set(text, reading);
  }
  return reading;
}
