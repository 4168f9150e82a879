/**
 * Task assembly: one row's cells, read with the table's columns, into a task (units from columns,
 * inline brackets or conventions; the schedule in the document's year) and its issues.
 */
import type { AgencyAliases, ParseIssue, Task } from './types';
import type { Columns } from './columnsFromHeader';
import { parseScheduleInYear, type ScheduleInYear } from './parseSchedule';
import { analyzeUnits } from './parseUnits';
import { makeIssue as issue } from './makeIssue';
import { splitPeople } from './splitPeople';
import { silentCorrections } from './silentCorrections';
import { firstListedLeads, stripFirstListedNote } from './firstListedLeads';
import { composeUnits, inlineLeaders, inlineSchedule, inlineUnits } from './inlineUnits';
import { checkUnits } from './checkUnits';
import { labelCells } from './labelCells';

export function preview(s: string): string {
  return s.length > 20 ? `${s.slice(0, 20)}…` : s;
}

/** What `readTask` reads a row's units and schedule from. */
interface RowReading {
  text: string;
  units: string;
  schedule: string;
  labelled: ReturnType<typeof labelCells>;
}

/** The row's units, schedule and label cells, before any check. */
function readCells(
  cells: readonly string[],
  columns: Columns,
  year: number | undefined,
  conventions: { firstLeads: boolean },
): RowReading {
  const cell = (index: number): string => (index >= 0 ? (cells[index] ?? '') : '');
  // A further task column (`具体措施` beside `工作任务`) adds its text to the task's.
  const text = [columns.text, ...(columns.moreText ?? [])]
    .map(cell)
    .filter((c) => c !== '')
    .join('\n');
  // A third role column (`牵头单位 / 参与单位 / 责任单位`): beside a lead the 责任单位 support it (LAYOUTS B7, as labels do).
  const tiers = columns.lead >= 0 || columns.support >= 0;
  const supporters = [cell(columns.support), tiers ? cell(columns.units) : ''].filter((c) => c !== '').join('、');
  let units = tiers ? composeUnits(cell(columns.lead), supporters) : cell(columns.units);
  // Label cells (`牵头责任单位:X` / `牵头负责领导:张华`) say their own roles, whatever column they stand in.
  const labelled = labelCells(cells, new Set([columns.no, columns.text]));
  if (labelled.units !== '') units = labelled.units;
  if ((columns.lead < 0 && columns.support < 0) || labelled.units !== '') {
    const note = stripFirstListedNote(units);
    if (note.scope === 'onward') conventions.firstLeads = true;
    if (note.scope !== 'none' || conventions.firstLeads || columns.firstLeads) units = firstListedLeads(note.text);
  }
  let schedule = columns.milestones ? milestoneSchedule(cells, columns) : cell(columns.schedule);
  if (schedule === '' || labelled.cells.includes(columns.schedule))
    schedule = labelled.schedule !== '' ? labelled.schedule : schedule;
  if (
    cells.length === columns.count - 1 &&
    columns.units >= 0 &&
    columns.schedule === columns.units + 1 &&
    columns.schedule === cells.length
  ) {
    // One cell short where 负责单位 precedes 时间进度: a last cell that reads as a schedule means 负责单位 is missing.
    const last = cells[columns.units] ?? '';
    const lastInfo = parseScheduleInYear(last, year);
    // An ambiguous time (年内, 2016年9月前) is still a schedule, not an agency.
    if (lastInfo.recognized || lastInfo.ambiguous) {
      schedule = last;
      units = '';
    }
  }
  if (units === '') units = inlineUnits(text) ?? units;
  if (schedule === '' && columns.schedule < 0) schedule = inlineSchedule(text);
  return { text, units, schedule, labelled };
}

/** A missing task, units or schedule cell is an error; cells beyond the columns a warning. */
function checkRowCells(
  cells: readonly string[],
  read: RowReading,
  no: number,
  line: number,
  columns: Columns,
  issues: ParseIssue[],
): void {
  const missing: string[] = [];
  if (read.text === '') missing.push(columns.textName);
  if (read.units === '') missing.push(columns.unitsName);
  if (read.schedule === '' && (columns.schedule >= 0 || !columns.fromHeader)) missing.push(columns.scheduleName);
  if (missing.length > 0) {
    issues.push(issue(line, 'error', 'missing-cell', { no, cells: missing.join('|') }));
  }
  if (cells.length > columns.count) {
    const extra = cells.slice(columns.count).filter((c) => c !== '');
    if (extra.length > 0) {
      issues.push(issue(line, 'warning', 'extra-cells', { no, count: extra.length, text: preview(extra.join(' ')) }));
    }
  }
}

/** The schedule read in the document's year; a date in the task text offered, an unclear schedule said. */
function readSchedule(
  read: RowReading,
  no: number,
  line: number,
  columns: Columns,
  issues: ParseIssue[],
  year: number | undefined,
): ScheduleInYear | null {
  const { schedule, text } = read;
  const info = schedule === '' ? null : parseScheduleInYear(schedule, year);
  if (columns.schedule < 0 && !columns.milestones && schedule === '' && text !== '') {
    // No schedule column (LAYOUTS D17): a date in the task text is offered, never set.
    const suggested = parseScheduleInYear(text, year).deadline;
    if (suggested !== null) issues.push(issue(line, 'info', 'date-in-text', { no, date: suggested }));
  }
  if (info?.ambiguous) {
    issues.push(
      issue(line, 'warning', 'schedule-ambiguous', { no, column: columns.scheduleName, text: preview(schedule) }),
    );
  } else if (info && !info.recognized) {
    issues.push(
      issue(line, 'warning', 'schedule-unrecognized', { no, column: columns.scheduleName, text: preview(schedule) }),
    );
  }
  return info;
}

/** One row's cells, read with the table's columns, into a task; its issues go to `issues`. */
export function readTask(
  cells: readonly string[],
  no: number,
  line: number,
  columns: Columns,
  unitOptions: { aliases?: AgencyAliases },
  issues: ParseIssue[],
  year: number | undefined,
  conventions: { firstLeads: boolean },
): { task: Task; yearAssumed: boolean } {
  const read = readCells(cells, columns, year, conventions);
  const { text, units, schedule, labelled } = read;
  checkRowCells(cells, read, no, line, columns, issues);
  const analysis = units === '' ? null : analyzeUnits(units, unitOptions);
  for (const correction of silentCorrections(units, unitOptions.aliases)) {
    issues.push(issue(line, 'info', correction.code, { no, ...correction.params }));
  }
  for (const unitIssue of analysis?.issues ?? []) {
    issues.push(issue(line, 'warning', unitIssue.code, { no, ...unitIssue.params }));
  }
  const info = readSchedule(read, no, line, columns, issues, year);
  const checked = checkUnits(analysis ? analysis.assignments : [], no, line, issues, unitOptions.aliases);
  const leaderCells = [columns.leader, ...(columns.moreLeaders ?? [])].filter(
    (k) => k >= 0 && !labelled.cells.includes(k),
  );
  const leaders = [
    ...leaderCells.flatMap((k) => splitPeople(cells[k] ?? '')),
    ...labelled.leaders,
    ...inlineLeaders(text),
    ...checked.leaders,
  ];
  const task: Task = {
    no,
    section: null,
    text,
    units,
    assignments: checked.assignments,
    schedule,
    deadline: info ? info.deadline : null,
    ongoing: info ? info.ongoing : false,
    ambiguous: info ? info.ambiguous : false,
    leaders: [...new Set(leaders)],
    line,
  };
  return { task, yearAssumed: info?.yearAssumed ?? false };
}

/** Milestone columns (`一季度` … `四季度`) as one schedule, each cell after its period: the last date named is the deadline. */
function milestoneSchedule(cells: readonly string[], columns: Columns): string {
  return (columns.milestones ?? [])
    .flatMap((k) => {
      const cell = (cells[k] ?? '').trim();
      return cell === '' ? [] : [`${(columns.headers[k] ?? '').replace(/\s+/g, '')}：${cell}`];
    })
    .join('；');
}
