/**
 * Who gets a 督办单 and for what: each agency with late or nearly-due tasks, its tasks as lead (牵头, also 共同牵头)
 * apart from those it supports (配合).
 */
import { agencyNormalizer, type AgencyAliases, type IsoDate, type TrackedTask, type WarningRule } from '../model';
import { judgeTask, type JudgedTask } from './judgedTask';

export interface SupervisionItems {
  agency: string;
  /** As lead or joint lead, in 序号 order. */
  lead: JudgedTask[];
  /** As support, in 序号 order. */
  support: JudgedTask[];
}

/** The levels a 督办单 chases: late, and due within the window. */
function chased(j: JudgedTask): boolean {
  return j.level === 'overdue' || j.level === 'lagging' || j.level === 'dueSoon';
}

/**
 * One entry per agency named in a chased task, in the order agencies first appear; an agency named twice in one task
 * lists it once, under its strongest role (lead before support).
 * @example supervisionItems(tasks, '2026-11-29', DEFAULT_WARNING_RULE)[0]?.agency // '市教育局'
 */
export function supervisionItems(
  tasks: readonly TrackedTask[],
  asOf: IsoDate,
  rule: WarningRule,
  aliases: AgencyAliases = {},
): SupervisionItems[] {
  const normalize = agencyNormalizer(aliases);
  const byAgency = new Map<string, SupervisionItems>();
  for (const task of tasks) {
    const judged = judgeTask(task, asOf, rule);
    if (!chased(judged)) continue;
    const roles = new Map<string, 'lead' | 'support'>();
    for (const a of task.assignments) {
      const agency = normalize(a.agency);
      if (roles.get(agency) !== 'lead') roles.set(agency, a.role === 'support' ? 'support' : 'lead');
    }
    for (const [agency, role] of roles) {
      let entry = byAgency.get(agency);
      if (!entry) {
        entry = { agency, lead: [], support: [] };
        byAgency.set(agency, entry);
      }
      entry[role].push(judged);
    }
  }
  return [...byAgency.values()];
}
