/**
 * Sections from headings: the highest heading level in the document is the sections, lower levels
 * sub-headings; a leader section (`王海涛区长牵头重点工作`) names its rows' leader.
 */
import type { Section, Task } from './types';
import type { Heading } from './headingOf';
import { leaderOfHeading } from './leaderOfHeading';

/** A heading below the section level (e.g. `（一）` under `一、`), with the tasks that follow it. */
export interface SubHeading {
  /** The `no` of the enclosing section, or null before any section. */
  section: number | null;
  numeral: string;
  title: string;
  line: number;
  /** Numbers of the tasks listed under this heading. */
  taskNos: number[];
}

export type Item = { kind: 'heading'; heading: Heading; line: number } | { kind: 'task'; task: Task };

/** Sections are the highest heading level in the document; lower levels become sub-headings. */
export function assignSections(items: readonly Item[]): {
  sections: Section[];
  subheadings: SubHeading[];
  tasks: Task[];
} {
  let topRank = Number.POSITIVE_INFINITY;
  for (const item of items) if (item.kind === 'heading') topRank = Math.min(topRank, item.heading.rank);
  const sections: Section[] = [];
  const subheadings: SubHeading[] = [];
  const tasks: Task[] = [];
  let section: number | null = null;
  let sub: SubHeading | null = null;
  // A leader section (`王海涛区长牵头重点工作`) names the leader of its rows until a heading of its rank or higher.
  let leader: { name: string; rank: number } | null = null;
  for (const item of items) {
    if (item.kind === 'heading') {
      const { rank, numeral, title } = item.heading;
      const named = leaderOfHeading(title);
      if (named !== null) leader = { name: named, rank };
      else if (leader && rank <= leader.rank) leader = null;
      if (rank === topRank) {
        section = sections.length + 1;
        sections.push({ no: section, numeral, title });
        sub = null;
      } else {
        sub = { section, numeral, title, line: item.line, taskNos: [] };
        subheadings.push(sub);
      }
      continue;
    }
    item.task.section = section;
    if (leader && item.task.leaders.length === 0) item.task.leaders = [leader.name];
    sub?.taskNos.push(item.task.no);
    tasks.push(item.task);
  }
  return { sections, subheadings, tasks };
}
