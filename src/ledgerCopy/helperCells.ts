/**
 * The helper columns' values, computed by the model at export: a task's section number as the pane counts it,
 * and its agencies per role after normalisation, one role per agency (the strongest), exactly as `countByAgency` counts.
 */
import type { Role, Section, Task } from '../model';

const ROLE_RANK: Record<Role, number> = { lead: 3, joint: 2, support: 1 };

/** The helper cells of one task. */
export interface HelperCells {
  /** The section's number when it is one of `sections`, else 0 (counted under 未分节). */
  sectionNo: number;
  /** `、甲、乙、`, or '' when the task names no agency in that role. */
  lead: string;
  support: string;
  joint: string;
}

function joined(names: readonly string[]): string {
  return names.length === 0 ? '' : `、${names.join('、')}、`;
}

/**
 * The helper cells of a task.
 * @example helperCells(task, sections, null).lead // '、市教育局、'
 */
export function helperCells(
  task: Task,
  sectionNumbers: ReadonlySet<number>,
  normalize: ((name: string) => string) | null,
): HelperCells {
  const roles = new Map<string, Role>();
  for (const a of task.assignments) {
    const name = normalize ? normalize(a.agency) : a.agency;
    if (name === '') continue;
    const before = roles.get(name);
    if (before === undefined || ROLE_RANK[a.role] > ROLE_RANK[before]) roles.set(name, a.role);
  }
  const by: Record<Role, string[]> = { lead: [], support: [], joint: [] };
  for (const [name, role] of roles) by[role].push(name);
  return {
    sectionNo: task.section !== null && sectionNumbers.has(task.section) ? task.section : 0,
    lead: joined(by.lead),
    support: joined(by.support),
    joint: joined(by.joint),
  };
}

/** The section numbers of a section list, for `helperCells`. */
export function sectionNumbers(sections: readonly Section[]): Set<number> {
  return new Set(sections.map((s) => s.no));
}
