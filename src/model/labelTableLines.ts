/**
 * A two-column table describing one task or several in turn (`任务名称 | 推行证照分离改革`, `牵头单位 | 县市场监管局`, `完成时限 | …`):
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

interface Block {
  no: number;
  text: string;
  labels: string[];
}

/**
 * The table as paragraph lines, or null when it is not a label table. Several tasks may follow one another, each
 * starting at its 编号 row or its task row; a title above the first is kept as the first line.
 * @example labelTableLines([{ cells: ['任务名称', '修订办法'], line: 1, width: 2 }, { cells: ['牵头单位', '县司法局'], line: 2, width: 2 }, { cells: ['完成时限', '2026年底前'], line: 3, width: 2 }])
 * // ['1.修订办法', '牵头单位：县司法局', '完成时限：2026年底前']
 */
export function labelTableLines(rows: readonly Row[]): string[] | null {
  const pairs = rows.filter((r) => r.cells.length === 2 && (r.cells[0] ?? '').length <= MAX_LABEL);
  if (pairs.length < MIN_LABEL_ROWS || pairs.length * 2 < rows.length) return null;
  const firstPair = rows.indexOf(pairs[0] ?? rows[0]!);
  const title = rows
    .slice(0, firstPair)
    .flatMap((r) => (r.cells.length === 1 && (r.cells[0] ?? '') !== '' ? [r.cells[0] ?? ''] : []));
  const blocks: Block[] = [];
  let current: Block = { no: 1, text: '', labels: [] };
  const next = (no: number): void => {
    if (current.text !== '') blocks.push(current);
    current = { no, text: '', labels: [] };
  };
  for (const { cells } of pairs) {
    const label = (cells[0] ?? '').replace(/\s+/g, '').replace(/[:：]$/, '');
    const value = cells[1] ?? '';
    const key = looseHeaderKey(label);
    if (key === 'no') {
      const no = taskNumber(value) ?? current.no + 1;
      if (current.text !== '') next(no);
      else current.no = no;
    } else if (key === 'text') {
      if (current.text !== '') next(current.no + 1);
      current.text = value;
    } else if (labelsOf(`${label}：${value}`).length > 0) current.labels.push(`${label}：${value}`);
  }
  next(0);
  if (blocks.length === 0 || blocks.every((b) => b.labels.length === 0)) return null;
  return [...title, ...blocks.flatMap((b) => [`${b.no}.${b.text.replace(/\s*\n\s*/g, '')}`, ...b.labels])];
}
