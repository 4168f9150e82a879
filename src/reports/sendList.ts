/**
 * Who a round's report files go to. Only a unit can receive a file: a group (各乡镇) is sent to its members when the
 * AgencyAliases table lists them and is otherwise left out; no one in particular (有关部门) is never sent a file.
 */
import { agencyKind, normalizeAgency, type AgencyAliases, type AgencyGroups } from '../model';

export interface SendList {
  /** Units that get a file, in order of first appearance (a group's members after the units named before it). */
  units: string[];
  /** Groups sent to their listed members. */
  groups: { name: string; members: string[] }[];
  /** Groups whose members nobody listed: no file. */
  unlisted: string[];
  /** Names that stand for no one in particular: no file. */
  unspecified: string[];
}

/**
 * Splits the agencies a ledger names (normalised, as `reportAgencies` gives them) into units to send a file to,
 * groups sent to their members, groups left out and unspecified names.
 * @example sendList(['市财政局', '各乡镇', '有关部门'], { 各乡镇: ['东坝镇', '西城镇'] })
 * // { units: ['市财政局', '东坝镇', '西城镇'], groups: [{ name: '各乡镇', members: ['东坝镇', '西城镇'] }], unlisted: [], unspecified: ['有关部门'] }
 */
export function sendList(
  agencies: readonly string[],
  groups: AgencyGroups = {},
  aliases: AgencyAliases = {},
): SendList {
  const listed = new Map(
    Object.entries(groups).map(([name, members]) => [
      normalizeAgency(name, aliases),
      members.map((m) => normalizeAgency(m, aliases)),
    ]),
  );
  const units: string[] = [];
  const seen = new Set<string>();
  const addUnit = (unit: string) => {
    if (seen.has(unit)) return;
    seen.add(unit);
    units.push(unit);
  };
  const result: SendList = { units, groups: [], unlisted: [], unspecified: [] };
  for (const agency of agencies) {
    const members = listed.get(agency);
    if (members) {
      result.groups.push({ name: agency, members });
      members.forEach(addUnit);
      continue;
    }
    const kind = agencyKind(agency);
    if (kind === 'unit') addUnit(agency);
    else if (kind === 'group') result.unlisted.push(agency);
    else result.unspecified.push(agency);
  }
  return result;
}
