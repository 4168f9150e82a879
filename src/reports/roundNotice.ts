/**
 * The notice sentence (通报) about a round's reporting: how many agencies answered, on time or late, and who did not.
 */
import type { IsoDate } from '../model';
import type { ChaseList } from './chaseList';
import { chineseDate } from './chineseDate';
import type { Round } from './types';

/**
 * Writes the round's notice from its chase list as of a day.
 * @example roundNotice(round, chaseList(round, agencies, answered, '2026-11-28'), '2026-11-28')
 * // '截至2026年11月28日，2026年11月重点任务进展填报应报20个单位，已报18个（按时17个，逾期报送1个：市财政局）；未报2个：市国资委、市残联。'
 */
export function roundNotice(round: Round, chase: ChaseList, asOf: IsoDate): string {
  const total = chase.answered.length + chase.late.length + chase.notYet.length;
  const lateAnswers = chase.answered.filter((a) => a.late).map((a) => a.agency);
  const onTime = chase.answered.length - lateAnswers.length;
  const answeredPart =
    lateAnswers.length > 0
      ? `已报${chase.answered.length}个（按时${onTime}个，逾期报送${lateAnswers.length}个：${lateAnswers.join('、')}）`
      : `已报${chase.answered.length}个`;
  const pending = [...chase.late.map((l) => l.agency), ...chase.notYet];
  const pendingPart =
    pending.length === 0
      ? '全部按要求报送'
      : chase.late.length > 0
        ? `未报${pending.length}个（已逾期）：${pending.join('、')}`
        : `未报${pending.length}个（截止日期为${chineseDate(round.dueDate)}）：${pending.join('、')}`;
  return `截至${chineseDate(asOf)}，${round.name}重点任务进展填报应报${total}个单位，${answeredPart}；${pendingPart}。`;
}
