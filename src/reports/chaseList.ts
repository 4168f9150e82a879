/**
 * Who answered a round, who is late and who still has time, with the 催报 text to copy.
 */
import { daysBetween, normalizeAgency, type AgencyAliases, type IsoDate } from '../model';
import { chineseDate } from './chineseDate';
import type { Round } from './types';

export interface ChaseList {
  /** Answered, with the day each answer came in (null when unknown), in the agencies' order. */
  answered: { agency: string; date: IsoDate | null; late: boolean }[];
  /** Not answered and past the due date, with the days overdue. */
  late: { agency: string; daysLate: number }[];
  /** Not answered, due date not passed yet. */
  notYet: string[];
  /** The 催报 message to copy into a chat or notice: empty when everyone answered. */
  text: string;
}

/**
 * Splits a round's agencies into answered, late and not yet due as of a day, and writes the 催报 text.
 * @example chaseList(round, ['市教育局', '市财政局'], new Map([['市教育局', '2026-11-20']]), '2026-11-28').late // [{ agency: '市财政局', daysLate: 3 }]
 */
export function chaseList(
  round: Round,
  agencies: readonly string[],
  answeredAgencies: ReadonlyMap<string, IsoDate | null> | ReadonlySet<string>,
  asOf: IsoDate,
  aliases: AgencyAliases = {},
): ChaseList {
  const answeredOn = new Map<string, IsoDate | null>();
  const entries: Iterable<[string, IsoDate | null]> =
    answeredAgencies instanceof Map
      ? answeredAgencies
      : [...(answeredAgencies as ReadonlySet<string>)].map((a) => [a, null]);
  for (const [agency, date] of entries) answeredOn.set(normalizeAgency(agency, aliases), date);

  const overdueBy = daysBetween(round.dueDate, asOf);
  const result: ChaseList = { answered: [], late: [], notYet: [], text: '' };
  for (const agency of agencies) {
    const key = normalizeAgency(agency, aliases);
    if (answeredOn.has(key)) {
      const date = answeredOn.get(key) ?? null;
      result.answered.push({ agency, date, late: date !== null && date > round.dueDate });
    } else if (overdueBy > 0) {
      result.late.push({ agency, daysLate: overdueBy });
    } else {
      result.notYet.push(agency);
    }
  }
  const pending = [...result.late.map((l) => l.agency), ...result.notYet];
  if (pending.length > 0) {
    const due = chineseDate(round.dueDate);
    const head =
      overdueBy > 0
        ? `【催报】${round.name}重点任务进展情况应于${due}前报送，已逾期${overdueBy}天。以下${pending.length}个单位尚未报送，请于收到后尽快报送：`
        : `【提醒】${round.name}重点任务进展情况请于${due}前报送。以下${pending.length}个单位尚未报送：`;
    result.text = `${head}\n${pending.map((a, i) => `${i + 1}. ${a}`).join('\n')}`;
  }
  return result;
}
