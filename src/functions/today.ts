/**
 * "Today" for an omitted `as_of`: the only place the functions read the clock (local time, as the
 * user's Excel `TODAY()` does).
 */
import type { IsoDate } from '../model';

export type TodayProvider = () => IsoDate;

/** The local calendar day of a `Date` as `YYYY-MM-DD`. */
export function localIsoDate(date: Date): IsoDate {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Reads the system clock. */
export function systemToday(): IsoDate {
  return localIsoDate(new Date());
}

let provider: TodayProvider = systemToday;

/** Replaces the clock (tests); pass nothing to restore the system clock. */
export function setTodayProvider(next?: TodayProvider): void {
  provider = next ?? systemToday;
}

/** Today's date in local time. */
export function today(): IsoDate {
  return provider();
}
