/**
 * A group's members as the coordinator lists them in the AgencyAliases table: the group's name as the written form,
 * its members (two or more, separated by 、，；) as the canonical name — `各县区人民政府 | 利州区人民政府、昭化区人民政府`.
 * Such a row is a membership, not an alias: counts keep the group as named, and the rounds send its members a file.
 */
import { agencyKind } from './agencyKind';
import { cleanAgencyName } from './normalizeAgency';

/** Group name (cleaned) → its member units, in the order listed. */
export type AgencyGroups = Readonly<Record<string, readonly string[]>>;

const MEMBER_SEPARATORS_RE = /[、，,；;\n]+/;

/**
 * The members a row of the AgencyAliases table lists for a group, or null when the row is an ordinary alias
 * (the written form is not a group, or the canonical cell names fewer than two units).
 * @example memberListOf('各县区人民政府', '利州区人民政府、昭化区人民政府') // ['利州区人民政府', '昭化区人民政府']
 * @example memberListOf('市人社局', '市人力资源和社会保障局') // null
 */
export function memberListOf(written: string, canonical: string): string[] | null {
  if (agencyKind(written) !== 'group') return null;
  const members = canonical
    .split(MEMBER_SEPARATORS_RE)
    .map(cleanAgencyName)
    .filter((m) => m !== '');
  const distinct = members.filter((m, i) => members.indexOf(m) === i);
  return distinct.length >= 2 ? distinct : null;
}
