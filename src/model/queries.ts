/**
 * Queries over tracked tasks: the ledger's defaults, the effective deadline, the pane's filters,
 * and the counts per agency and per section.
 */
import type { AgencyAliases, Extension, IsoDate, Role, Section, Status, Task, TaskFilter, TrackedTask } from './types';
import { STATUSES } from './statuses';
import { isOverdue, trafficLight } from './overdue';
import { isDone } from './status';
import { normalizeAgency } from './normalizeAgency';
import { warningLevel, type WarningRule } from './warningRule';

/** What time-dependent queries need: the day to judge from and the due-soon window. */
export interface QueryContext {
  asOf: IsoDate;
  warnDays: number;
  aliases?: AgencyAliases;
  /** The warning rule (its window replaces `warnDays`): with 滞后 counting, a task reported 滞后 is 滞后, not 临期, as in the 预警 column. */
  rule?: WarningRule;
}

/** Whether a task is 临期 under the context: the rule's level when there is one, else the dates-only yellow light. */
function isDueSoon(judged: { deadline: IsoDate | null; status: string | null }, context: QueryContext): boolean {
  return context.rule
    ? warningLevel(judged, context.asOf, context.rule) === 'dueSoon'
    : trafficLight(judged, context.asOf, context.warnDays) === 'yellow';
}

/** How often an agency is named, by role; `total` counts tasks (an agency named twice in one task counts once). */
export interface AgencyCount {
  agency: string;
  lead: number;
  support: number;
  joint: number;
  total: number;
}

/** One section's progress; `section` null gathers tasks outside any known section. */
export interface SectionCount {
  section: number | null;
  title: string;
  total: number;
  byStatus: Record<Status, number>;
  overdue: number;
  dueSoon: number;
  done: number;
}

const NO_ALIASES: AgencyAliases = {};

/** Lower-cased search text per task object: a memo of a pure function, so repeated searches skip the work. */
const searchTextCache = new WeakMap<TrackedTask, string>();

function searchText(t: TrackedTask): string {
  let text = searchTextCache.get(t);
  if (text === undefined) {
    text = `${t.no}\n${t.text}\n${t.units}\n${t.schedule}\n${t.progress}`.toLowerCase();
    searchTextCache.set(t, text);
  }
  return text;
}

/**
 * `normalizeAgency` with a per-call memo: tables repeat the same few names thousands of times.
 * @example agencyNormalizer({})('市人社局') // '市人力资源和社会保障局'
 */
export function agencyNormalizer(aliases: AgencyAliases): (name: string) => string {
  const seen = new Map<string, string>();
  return (name) => {
    let normal = seen.get(name);
    if (normal === undefined) {
      normal = normalizeAgency(name, aliases);
      seen.set(name, normal);
    }
    return normal;
  };
}

/**
 * Turns parsed tasks into ledger rows with nothing entered yet (status 未启动).
 * @example
 * trackTasks(table.tasks)[0]?.status // '未启动'
 */
export function trackTasks(tasks: readonly Task[]): TrackedTask[] {
  return tasks.map((task) => ({
    ...task,
    status: '未启动',
    progress: '',
    updated: null,
    reporter: '',
    extension: null,
  }));
}

/**
 * The deadline that counts: the extension's date when the task was extended, else the original.
 * @example
 * effectiveDeadline({ deadline: '2015-08-31', extension: { date: '2015-12-31', reason: '待审批' } }) // '2015-12-31'
 */
export function effectiveDeadline(t: { deadline: IsoDate | null; extension: Extension | null }): IsoDate | null {
  return t.extension ? t.extension.date : t.deadline;
}

/**
 * The tasks that pass every field of the filter (absent fields do not narrow), in their order.
 * @example
 * filterTasks(tasks, { agency: '市教育局', role: 'lead' }, { asOf: '2026-11-29', warnDays: 14 })
 */
export function filterTasks<T extends TrackedTask>(
  tasks: readonly T[],
  filter: TaskFilter,
  context: QueryContext,
): T[] {
  const normalize = agencyNormalizer(context.aliases ?? NO_ALIASES);
  const agency = filter.agency !== undefined && filter.agency.trim() !== '' ? normalize(filter.agency) : null;
  const role = filter.role ?? 'any';
  const words =
    filter.keyword === undefined
      ? []
      : filter.keyword
          .toLowerCase()
          .split(/\s+/)
          .filter((w) => w !== '');
  return tasks.filter((t) => {
    if (filter.section !== undefined && t.section !== filter.section) return false;
    if (filter.status !== undefined && t.status !== filter.status) return false;
    if (agency !== null) {
      const named = t.assignments.some(
        (a) => (role === 'any' || a.role === role) && (a.agency === agency || normalize(a.agency) === agency),
      );
      if (!named) return false;
    }
    if (filter.overdueOnly === true || filter.dueSoonOnly === true) {
      const judged = { deadline: effectiveDeadline(t), status: t.status };
      if (filter.overdueOnly === true && !isOverdue(judged, context.asOf)) return false;
      if (filter.dueSoonOnly === true && !isDueSoon(judged, context)) return false;
    }
    if (words.length > 0) {
      const haystack = searchText(t);
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });
}

const ROLE_RANK: Record<Role, number> = { lead: 3, joint: 2, support: 1 };

/**
 * Tasks per agency (after normalisation), by role, in order of first appearance.
 * @example
 * countByAgency(tasks).find((c) => c.agency === '市教育局')?.lead
 */
export function countByAgency(tasks: readonly Task[], options: { aliases?: AgencyAliases } = {}): AgencyCount[] {
  const normalize = options.aliases ? agencyNormalizer(options.aliases) : null;
  const counts = new Map<string, AgencyCount>();
  for (const task of tasks) {
    // One role per agency per task: the strongest one wins (lead > joint > support).
    const roles = new Map<string, Role>();
    for (const a of task.assignments) {
      const name = normalize ? normalize(a.agency) : a.agency;
      if (name === '') continue;
      const before = roles.get(name);
      if (before === undefined || ROLE_RANK[a.role] > ROLE_RANK[before]) roles.set(name, a.role);
    }
    for (const [agency, role] of roles) {
      let count = counts.get(agency);
      if (!count) {
        count = { agency, lead: 0, support: 0, joint: 0, total: 0 };
        counts.set(agency, count);
      }
      count[role] += 1;
      count.total += 1;
    }
  }
  return [...counts.values()];
}

function emptyByStatus(): Record<Status, number> {
  const byStatus = {} as Record<Status, number>; // filled for every status just below
  for (const status of STATUSES) byStatus[status] = 0;
  return byStatus;
}

/**
 * Progress per section, in section order, plus a trailing `section: null` entry only when some tasks sit outside every section.
 * @example
 * countBySection(tracked, table.sections, { asOf: '2026-11-29', warnDays: 14 })[0]?.total
 */
export function countBySection(
  tasks: readonly TrackedTask[],
  sections: readonly Section[],
  context: QueryContext,
): SectionCount[] {
  const bySection = new Map<number, SectionCount>();
  const result: SectionCount[] = sections.map((s) => {
    const count: SectionCount = {
      section: s.no,
      title: s.title,
      total: 0,
      byStatus: emptyByStatus(),
      overdue: 0,
      dueSoon: 0,
      done: 0,
    };
    bySection.set(s.no, count);
    return count;
  });
  let outside: SectionCount | null = null;
  for (const t of tasks) {
    let count = t.section === null ? undefined : bySection.get(t.section);
    if (!count) {
      outside ??= {
        section: null,
        title: '未分节',
        total: 0,
        byStatus: emptyByStatus(),
        overdue: 0,
        dueSoon: 0,
        done: 0,
      };
      count = outside;
    }
    count.total += 1;
    count.byStatus[t.status] += 1;
    if (isDone(t.status)) count.done += 1;
    const judged = { deadline: effectiveDeadline(t), status: t.status };
    if (isOverdue(judged, context.asOf)) count.overdue += 1;
    if (isDueSoon(judged, context)) count.dueSoon += 1;
  }
  if (outside) result.push(outside);
  return result;
}
