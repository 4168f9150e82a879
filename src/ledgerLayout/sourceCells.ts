/**
 * What the imported table says about one task, as the ledger's source cells: raw 负责单位 and
 * 时间进度, normalised 牵头 / 配合 / 共同负责 lists (`、`-joined), the deadline as an Excel date serial.
 */
import { toExcelSerial, type Role, type Section, type Task } from '../model';
import { sectionLabel } from './sectionLabel';
import { SOURCE_PRESENT } from './workbookNames';

/** A task's source cells by column; text is plain (not yet quote-prefixed), dates are serials or ''. */
export interface SourceCells {
  no: number;
  section: string;
  text: string;
  units: string;
  lead: string;
  support: string;
  joint: string;
  schedule: string;
  deadline: number | '';
  sourceState: string;
}

function agencies(task: Task, role: Role): string {
  return task.assignments
    .filter((a) => a.role === role)
    .map((a) => a.agency)
    .join('、');
}

/**
 * The source cells of a task, given the table's sections.
 * @example
 * sourceCells(task, sections).lead // '市教育局'
 */
export function sourceCells(task: Task, sections: readonly Section[]): SourceCells {
  const section = task.section === null ? undefined : sections.find((s) => s.no === task.section);
  const serial = task.deadline === null ? Number.NaN : toExcelSerial(task.deadline);
  return {
    no: task.no,
    section: section ? sectionLabel(section) : '',
    text: task.text,
    units: task.units,
    lead: agencies(task, 'lead'),
    support: agencies(task, 'support'),
    joint: agencies(task, 'joint'),
    schedule: task.schedule,
    deadline: Number.isFinite(serial) ? serial : '',
    sourceState: SOURCE_PRESENT,
  };
}
