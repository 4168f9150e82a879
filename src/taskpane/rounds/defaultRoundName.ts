import type { IsoDate } from '../../model';

/**
 * A round name for the month of a day: `2026年11月`. In every locale: the name is the agencies' (their report
 * workbooks, the 催报), so the English pane shows it marked `lang="zh-CN"` with a hint saying so.
 */
export function defaultRoundName(asOf: IsoDate): string {
  return `${Number(asOf.slice(0, 4))}年${Number(asOf.slice(5, 7))}月`;
}
