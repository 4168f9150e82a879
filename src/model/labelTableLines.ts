/**
 * A two-column table describing one task (`任务名称 | 推行证照分离改革`, `牵头单位 | 县市场监管局`, `完成时限 | …`):
 * rewritten as the numbered paragraph and label lines that `paragraphRows` reads.
 */
import { labelsOf } from './labelOf';
import { looseHeaderKey } from './columnsFromHeader';
import { taskNumber } from './taskNumber';
import type { Row } from './rowsFromTabs';

/** Label rows needed: the task and at least two more. */
const MIN_LABEL_ROWS = 3;
/** A label cell is short. */
const MAX_LABEL = 12;

/**
 * The table as paragraph lines, or null when it is not a label table.
 * @example labelTableLines([{ cells: ['任务名称', '修订办法'], line: 1, width: 2 }, { cells: ['牵头单位', '县司法局'], line: 2, width: 2 }, { cells: ['完成时限', '2026年底前'], line: 3, width: 2 }])
 * // ['1.修订办法', '牵头单位：县司法局', '完成时限：2026年底前']
 */
export function labelTableLines(rows: readonly Row[]): string[] | null {
  const pairs = rows.filter((r) => r.cells.length === 2 && (r.cells[0] ?? '').length <= MAX_LABEL);
  if (pairs.length < MIN_LABEL_ROWS || pairs.length * 2 < rows.length) return null;
  let text = '';
  let no = 1;
  const labels: string[] = [];
  for (const { cells } of pairs) {
    const label = (cells[0] ?? '').replace(/\s+/g, '').replace(/[:：]$/, '');
    const value = cells[1] ?? '';
    const key = looseHeaderKey(label);
    if (key === 'text' && text === '') text = value;
    else if (key === 'no') no = taskNumber(value) ?? no;
    else if (labelsOf(`${label}：${value}`).length > 0) labels.push(`${label}：${value}`);
  }
  if (text === '' || labels.length < 1) return null;
  return [`${no}.${text.replace(/\s*\n\s*/g, '')}`, ...labels];
}
