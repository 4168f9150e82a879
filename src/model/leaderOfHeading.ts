/**
 * Leader sections (LAYOUTS B10): a heading such as `王海涛区长牵头重点工作` groups the rows by the
 * leader in charge; the heading names that leader for each of its rows.
 */
import { isPersonList } from './classifyCell';

const LEADER_HEADING_RE =
  /^(.{2,10}?)\s{0,2}(?:同志)?\s{0,2}(?:牵头|分管|负责|联系|包抓)(?:的)?\s{0,2}(?:重点|主要)?(?:工作|任务|事项|项目)/;

/**
 * The leader a section heading names, as written with the title; null for an ordinary heading.
 * @example leaderOfHeading('刘建国副区长牵头重点工作') // '刘建国副区长'
 */
export function leaderOfHeading(title: string): string | null {
  if (typeof title !== 'string') return null;
  const m = LEADER_HEADING_RE.exec(title.trim());
  const name = m?.[1]?.trim() ?? '';
  return name !== '' && isPersonList(name) ? name : null;
}
