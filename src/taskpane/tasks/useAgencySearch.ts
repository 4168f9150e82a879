/**
 * The agency box's state: the text as typed stays the user's (an input method commits whole words, and replacing
 * the chosen agency's name must not empty the box), the options are what the text means (matchAgencies), and the
 * filter changes only when an option is chosen or the box is emptied.
 */
import { useMemo, useState } from 'react';
import type { AgencyAliases, AgencyCount } from '../../model';
import { agencyIndex, matchAgencies } from './matchAgencies';

/** Options shown at once; typing narrows the rest. */
const MAX_OPTIONS = 200;

export interface AgencySearch {
  query: string;
  /** The list is open: typing opens it (an input method's commit sends no key the Combobox would open on). */
  open: boolean;
  setOpen: (open: boolean) => void;
  options: AgencyCount[];
  /** The text means no agency of this ledger. */
  noMatch: boolean;
  /** The box's input changed (typing, an input method's commit, paste). */
  type: (text: string) => void;
  /** An option was chosen (a name), or the selection cleared: by the clear button (`clearText`) or by typing over it. */
  choose: (agency: string | undefined, clearText: boolean) => void;
}

export function useAgencySearch(
  counts: readonly AgencyCount[],
  aliases: AgencyAliases,
  agency: string,
  onAgency: (agency: string) => void,
): AgencySearch {
  const [query, setQuery] = useState(agency);
  const [shown, setShown] = useState(agency);
  const [open, setOpen] = useState(false);
  // The filter changed elsewhere (清除筛选, a removed chip): the box shows the new value. Changes made here set `shown` first.
  if (agency !== shown) {
    setShown(agency);
    setQuery(agency);
  }
  const sorted = useMemo(
    () => [...counts].sort((a, b) => b.total - a.total || a.agency.localeCompare(b.agency, 'zh-CN')),
    [counts],
  );
  const index = useMemo(
    () =>
      agencyIndex(
        sorted.map((c) => c.agency),
        aliases,
      ),
    [sorted, aliases],
  );
  const options = useMemo(() => {
    const q = query.trim();
    if (q === '' || q === agency) return sorted.slice(0, MAX_OPTIONS);
    const names = new Set(matchAgencies(index, q));
    return sorted.filter((c) => names.has(c.agency)).slice(0, MAX_OPTIONS);
  }, [sorted, index, query, agency]);

  const set = (next: string) => {
    setShown(next);
    onAgency(next);
  };
  return {
    query,
    open,
    setOpen,
    options,
    noMatch: query.trim() !== '' && options.length === 0,
    type: (text) => {
      setQuery(text);
      setOpen(text.trim() !== '');
      if (text.trim() === '' && agency !== '') set('');
    },
    choose: (next, clearText) => {
      if (next !== undefined) {
        setOpen(false);
        setQuery(next);
        set(next);
      } else if (clearText) {
        setQuery('');
        set('');
      }
      // Otherwise the selection was dropped because the text no longer names it: the text stays, the filter waits for a choice.
    },
  };
}
