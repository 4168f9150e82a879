// Issue 12: a 244 KB paste once overflowed the stack (`push(...cells)`); a row of 200,000 extra cells is one issue.
import { describe, expect, it } from 'vitest';
import { parseTaskTable } from '../../src/model';

describe('parseTaskTable: one row of 200,000 extra cells (a 400 KB paste)', () => {
  it('finds the task and reports the extra cells in one warning, without overflowing the stack', () => {
    const text = `序号\t工作任务\t负责单位\n1\t"任务第一行\n第二行"${'\tx'.repeat(200_000)}\n`;
    const table = parseTaskTable(text);
    expect(table.tasks.map((t) => [t.no, t.text])).toEqual([[1, '任务第一行\n第二行']]);
    expect(table.issues.map((i) => [i.code, i.params])).toEqual([
      ['extra-cells', { no: 1, count: 199_999, text: 'x x x x x x x x x x …' }],
      // The 负责单位 cell `x` does not read as a unit: flagged on the task, not guessed away.
      ['agency-unfamiliar', { no: 1, agency: 'x' }],
    ]);
  });
});
