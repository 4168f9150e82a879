/**
 * Which agencies a typed text means: part of the canonical name (`财政` → 市财政局), of a built-in alias
 * (`人社` → 市人力资源和社会保障局, through 市人社局), or of one of the workbook's AgencyAliases. The agency filter's
 * options and the keyword box both use it, so `=TASKS.NORMALIZE` and the pane agree on what a name means.
 */
import { BUILTIN_AGENCY_ALIASES, normalizeAgency, toHalfWidth, type AgencyAliases } from '../../model';

export interface AgencyIndex {
  /** The canonical names, in the order given. */
  agencies: readonly string[];
  /** Canonical name → every spelling it is searched by (itself first), folded for comparison. */
  forms: ReadonlyMap<string, readonly string[]>;
  aliases: AgencyAliases;
}

/** Half-width, no spaces, lower case: how both sides are compared. */
export function foldAgencyText(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '').toLowerCase();
}

export function agencyIndex(agencies: readonly string[], aliases: AgencyAliases = {}): AgencyIndex {
  const forms = new Map<string, string[]>(agencies.map((a) => [a, [foldAgencyText(a)]]));
  // The workbook's own table wins over the built-in one for a spelling both define (as in normalizeAgency).
  for (const written of new Set([...Object.keys(BUILTIN_AGENCY_ALIASES), ...Object.keys(aliases)])) {
    const list = forms.get(normalizeAgency(written, aliases));
    const folded = foldAgencyText(written);
    if (list && !list.includes(folded)) list.push(folded);
  }
  return { agencies, forms, aliases };
}

/** The canonical names `query` means, in index order; every agency for a blank query. */
export function matchAgencies(index: AgencyIndex, query: string): string[] {
  const q = foldAgencyText(query);
  if (q === '') return [...index.agencies];
  // A whole written form (`市人社局等`) means its canonical agency even when no spelling contains it as typed.
  const exact = normalizeAgency(query, index.aliases);
  return index.agencies.filter(
    (agency) => agency === exact || (index.forms.get(agency) ?? []).some((form) => form.includes(q)),
  );
}
