/**
 * Doubts about one task's units, raised on that task rather than guessed away: a person among the agencies (kept
 * as a leader), a time among them (dropped), a name that does not read as a unit (kept, flagged).
 */
import type { AgencyAliases, Assignment, ParseIssue } from './types';
import { isAgencyName, isPersonName } from './classifyCell';
import { parseScheduleInYear } from './parseSchedule';
import { makeIssue as issue } from './makeIssue';
import { LEADER_LABEL_RE } from './inlineUnits';

/** Group and unspecified units that do not end like a unit's name but are read as units (`各地`, `各有关方面`). */
const GROUP_RE = /^(?:各|有关|相关|其他|其它|市直|县直|区直|省直|全市|全县|全区|全省)/;
/** Letters and digits of a time (`2026年底前`, `10月`): a name holding these is not a unit. */
const TIME_HINT_RE = /[0-9０-９]|[年月季]底?前?$/;

export interface CheckedUnits {
  assignments: Assignment[];
  /** People found among the units, as written. */
  leaders: string[];
}

/**
 * Moves people out of the assignments, drops times, and flags names that do not read as units.
 * @example checkUnits([{ agency: '金力', role: 'joint' }], 3, 5, [], undefined).leaders // ['金力']
 */
export function checkUnits(
  assignments: readonly Assignment[],
  no: number,
  line: number,
  issues: ParseIssue[],
  aliases: AgencyAliases | undefined,
): CheckedUnits {
  const kept: Assignment[] = [];
  const leaders: string[] = [];
  const known = new Set(aliases ? [...Object.keys(aliases), ...Object.values(aliases)] : []);
  for (const a of assignments) {
    const labelled = LEADER_LABEL_RE.exec(a.agency);
    const person = labelled
      ? (labelled[1] ?? '').trim()
      : isPersonName(a.agency) && !isAgencyName(a.agency)
        ? a.agency
        : null;
    if (person !== null && !known.has(a.agency)) {
      if (person !== '') leaders.push(person);
      issues.push(issue(line, 'warning', 'person-in-units', { no, name: person !== '' ? person : a.agency }));
      continue;
    }
    const time = parseScheduleInYear(a.agency, 2000);
    if (TIME_HINT_RE.test(a.agency) && (time.recognized || time.ambiguous)) {
      issues.push(issue(line, 'warning', 'date-in-units', { no, text: a.agency }));
      continue;
    }
    if (!isAgencyName(a.agency) && !GROUP_RE.test(a.agency) && !known.has(a.agency)) {
      issues.push(issue(line, 'warning', 'agency-unfamiliar', { no, agency: a.agency }));
    }
    kept.push(a);
  }
  return { assignments: kept, leaders };
}
