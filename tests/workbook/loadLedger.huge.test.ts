// Issue 12: loading 125,000 new tasks once overflowed the stack (`summary.added.push(...numbers)`).
import { describe, expect, it } from 'vitest';
import { parseTaskTable } from '../../src/model';
import { loadLedger } from '../../src/workbook/loadLedger';
import { createFakeExcel } from './fakeExcel';

describe('loadLedger: 130,000 new tasks on the strict double', () => {
  it('adds every one (in blocks under 5 MB) and lists all their numbers', async () => {
    const n = 130_000;
    const lines = ['序号\t工作任务\t负责单位\t时间进度'];
    for (let i = 1; i <= n; i += 1) lines.push(`${i}\t任务${i}。\t市教育局牵头\t持续实施`);
    const table = parseTaskTable(lines.join('\n'));
    expect(table.tasks).toHaveLength(n);
    const fake = createFakeExcel();
    const summary = await loadLedger(
      fake.context,
      table,
      { name: 'huge.txt', text: 'huge' },
      { importedAt: '2026-11-29T08:00:00.000Z' },
    );
    expect(summary.added).toHaveLength(n);
    expect(summary.added[0]).toBe(1);
    expect(summary.added[n - 1]).toBe(n);
    expect(fake.model.table('TaskLedger')?.rowCount).toBe(n + 1); // with its header row
  }, 120_000);
});
