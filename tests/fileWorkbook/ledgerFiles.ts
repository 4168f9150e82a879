/**
 * Invented ledgers for the file port's tests: three tasks, written by our own creator, and the parts of a package.
 */
import { unzipSync } from 'fflate';
import type { TaskTable } from '../../src/model';
import { createLedgerWorkbook } from '../../src/fileWorkbook';
import { makeTask } from '../workbook/ledgerFixtures';

export const WORKBOOK_ID = 'wb-00000000-1111-2222-3333-444444444444';

/** Three invented tasks in one section. */
export function inventedTable(): TaskTable {
  return {
    title: '示例市重点任务分工',
    sections: [{ no: 1, numeral: '一', title: '基础设施' }],
    tasks: [
      makeTask(1, '完成老旧小区改造方案', { deadline: '2026-12-31' }),
      makeTask(2, '建成社区食堂十处', { deadline: '2026-06-30' }),
      makeTask(3, '=SUM(A1) 不是公式', { deadline: null, schedule: '长期坚持', ongoing: true }),
    ],
    issues: [],
  };
}

export async function inventedLedger(): Promise<Uint8Array> {
  return createLedgerWorkbook(inventedTable(), WORKBOOK_ID);
}

/** Every part of a package by name. */
export function partsOf(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}
