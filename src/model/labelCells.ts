/**
 * Label cells of a row (`牵头负责领导:张华。` / `牵头责任单位:市发改委。` / `完成时限:2026年底前`), as a Word table
 * or a cell-per-line dump gives them one per cell: units from the unit labels, people from the leader labels.
 */
import { labelsOf, unitsFromLabels, type Label } from './labelOf';
import { splitPeople } from './splitPeople';

export interface CellLabels {
  /** The unit labels as one units text (see `unitsFromLabels`); '' when no cell has one. */
  units: string;
  /** People named by leader labels: never agencies. */
  leaders: string[];
  /** The schedule labels' values joined; '' when none. */
  schedule: string;
  /** Cells whose whole text was labels. */
  cells: number[];
}

/**
 * Reads the label cells of a row, skipping the columns given (the number and the task text).
 * @example labelCells(['1', '任务。', '责任领导:张华', '牵头单位:县财政局'], new Set([0, 1])).units // '牵头单位：县财政局'
 */
export function labelCells(cells: readonly string[], skip: ReadonlySet<number>): CellLabels {
  const labels: Label[] = [];
  const used: number[] = [];
  cells.forEach((cell, index) => {
    if (skip.has(index) || cell === '') return;
    const found = labelsOf(cell);
    if (found.length === 0) return;
    used.push(index);
    for (const label of found) labels.push(label);
  });
  const leaders = labels.filter((l) => l.kind === 'leader').flatMap((l) => splitPeople(l.value));
  const schedule = labels
    .filter((l) => l.kind === 'schedule')
    .map((l) => l.value)
    .join('；');
  return { units: unitsFromLabels(labels), leaders, schedule, cells: used };
}
