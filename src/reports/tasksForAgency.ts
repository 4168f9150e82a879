/**
 * Which ledger rows go into one agency's report workbook, and which agencies get one.
 */
import { normalizeAgency, type AgencyAliases, type Role } from '../model';
import type { ReportLedgerRow, ReportTask } from './types';

const ROLE_ORDER: Record<Role, number> = { lead: 0, support: 1, joint: 2 };
/** When one task names an agency twice, the strongest role is the one it reports under. */
const ROLE_STRENGTH: Record<Role, number> = { lead: 3, joint: 2, support: 1 };

/**
 * The role an agency has in a task after normalisation, or null when the task does not name it.
 * @example roleOf(row, '市人社局') // 'support'
 */
export function roleOf(row: Pick<ReportLedgerRow, 'assignments'>, agency: string, aliases: AgencyAliases = {}): Role | null {
  const wanted = normalizeAgency(agency, aliases);
  let best: Role | null = null;
  for (const a of row.assignments) {
    if (a.agency !== wanted && normalizeAgency(a.agency, aliases) !== wanted) continue;
    if (best === null || ROLE_STRENGTH[a.role] > ROLE_STRENGTH[best]) best = a.role;
  }
  return best;
}

/**
 * One agency's tasks for its report: as lead first, then as support, then jointly; by 序号 within each.
 * @example tasksForAgency(rows, '市教育局').map((t) => t.role) // ['lead', 'lead', …, 'support', …, 'joint']
 */
export function tasksForAgency(rows: readonly ReportLedgerRow[], agency: string, aliases: AgencyAliases = {}): ReportTask[] {
  const tasks: ReportTask[] = [];
  for (const row of rows) {
    const role = roleOf(row, agency, aliases);
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
export function reportAgencies(rows: readonly Pick<ReportLedgerRow, 'assignments'>[], aliases: AgencyAliases = {}): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    for (const a of row.assignments) {
      const name = normalizeAgency(a.agency, aliases);
      if (name !== '') seen.add(name);
    }
  }
  return [...seen];
}
