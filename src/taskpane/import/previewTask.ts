/**
 * What the import preview shows of one parsed task: its number, the task shortened, the agencies by role, the leaders
 * and how its schedule was read (a date, 持续实施, 待确认) — so a coordinator can check "第三季度 → 2024-09-30" before anything is written.
 */
import type { IsoDate, Task } from '../../model';

/** Characters of task text shown; the rest is elided. */
const PREVIEW_TEXT_CHARS = 40;

/** How the schedule was read: a date, ongoing work, a time that needs checking, or no schedule at all. */
export type PreviewDeadline =
  | { kind: 'date'; date: IsoDate; ongoing: boolean }
  | { kind: 'ongoing' }
  | { kind: 'unsure' }
  | { kind: 'unread' }
  | { kind: 'none' };

export interface PreviewTask {
  no: number;
  line: number;
  text: string;
  lead: string[];
  support: string[];
  joint: string[];
  leaders: string[];
  /** The schedule as written. */
  schedule: string;
  deadline: PreviewDeadline;
}

export function previewTask(task: Task): PreviewTask {
  const agencies = (role: 'lead' | 'support' | 'joint') =>
    task.assignments.filter((a) => a.role === role).map((a) => a.agency);
  const text = [...task.text];
  return {
    no: task.no,
    line: task.line,
    text: text.length > PREVIEW_TEXT_CHARS ? `${text.slice(0, PREVIEW_TEXT_CHARS).join('')}…` : task.text,
    lead: agencies('lead'),
    support: agencies('support'),
    joint: agencies('joint'),
    leaders: task.leaders,
    schedule: task.schedule.trim(),
    deadline: deadlineOf(task),
  };
}

function deadlineOf(task: Task): PreviewDeadline {
  if (task.deadline) return { kind: 'date', date: task.deadline, ongoing: task.ongoing };
  if (task.ongoing) return { kind: 'ongoing' };
  if (task.schedule.trim() === '') return { kind: 'none' };
  // Ambiguous (`2016年9月前`) is never pinned to a day: the coordinator confirms it.
  return task.ambiguous ? { kind: 'unsure' } : { kind: 'unread' };
}
