/**
 * Which ledger rows go into one agency's report workbook, and which agencies get one.
 */
import { normalizeAgency, type AgencyAliases, type AgencyGroups, type Role } from '../model';
import type { ReportLedgerRow, ReportTask } from './types';

const ROLE_ORDER: Record<Role, number> = { lead: 0, support: 1, joint: 2 };
/** When one task names an agency twice, the strongest role is the one it reports under. */
const ROLE_STRENGTH: Record<Role, number> = { lead: 3, joint: 2, support: 1 };

/** Normalised group name → its normalised members. */
type MemberSets = ReadonlyMap<string, ReadonlySet<string>>;

const NO_MEMBERS: MemberSets = new Map();

/** The groups' names and members under the aliases, once per call (a handful of groups). */
function memberSets(groups: AgencyGroups | undefined, aliases: AgencyAliases = {}): MemberSets {
  if (!groups) return NO_MEMBERS;
  const sets = new Map<string, ReadonlySet<string>>();
  for (const [group, members] of Object.entries(groups))
    sets.set(normalizeAgency(group, aliases), new Set(members.map((m) => normalizeAgency(m, aliases))));
  return sets;
}

function roleIn(
  row: Pick<ReportLedgerRow, 'assignments'>,
  wanted: string,
  aliases: AgencyAliases,
  members: MemberSets,
): Role | null {
  let best: Role | null = null;
  for (const a of row.assignments) {
    const named = a.agency === wanted || normalizeAgency(a.agency, aliases) === wanted;
    // A member of a group the task names reports under the group's role.
    if (!named && !(members.size > 0 && members.get(normalizeAgency(a.agency, aliases))?.has(wanted))) continue;
    if (best === null || ROLE_STRENGTH[a.role] > ROLE_STRENGTH[best]) best = a.role;
  }
  return best;
}

/**
 * The role an agency has in a task after normalisation, or null when the task does not name it (nor a group whose
 * members `groups` lists it among).
 * @example roleOf(row, '市人社局') // 'support'
 */
export function roleOf(
  row: Pick<ReportLedgerRow, 'assignments'>,
  agency: string,
  aliases: AgencyAliases = {},
  groups?: AgencyGroups,
): Role | null {
  return roleIn(row, normalizeAgency(agency, aliases), aliases, memberSets(groups, aliases));
}

/**
 * One agency's tasks for its report (with those of the groups `groups` lists it in): as lead first, then as support,
 * then jointly; by 序号 within each.
 * @example tasksForAgency(rows, '市教育局').map((t) => t.role) // ['lead', 'lead', …, 'support', …, 'joint']
 */
export function tasksForAgency(
  rows: readonly ReportLedgerRow[],
  agency: string,
  aliases: AgencyAliases = {},
  groups?: AgencyGroups,
): ReportTask[] {
  const tasks: ReportTask[] = [];
  const wanted = normalizeAgency(agency, aliases);
  const members = memberSets(groups, aliases);
  for (const row of rows) {
    const role = roleIn(row, wanted, aliases, members);
    if (role === null) continue;
    tasks.push({
      no: row.no,
      text: row.text,
      role,
      status: row.status,
      lastProgress: row.progress,
      deadline: row.deadline,
      schedule: row.schedule,
    });
  }
  return tasks.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.no - b.no);
}

/**
 * Every agency the ledger names (after normalisation), in order of first appearance: who gets a report.
 * @example reportAgencies(rows).length // about 20 for the seed
 */
export function reportAgencies(
  rows: readonly Pick<ReportLedgerRow, 'assignments'>[],
  aliases: AgencyAliases = {},
): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    for (const a of row.assignments) {
      const name = normalizeAgency(a.agency, aliases);
      if (name !== '') seen.add(name);
    }
  }
  return [...seen];
}
