import { describe, expect, test } from 'vitest';
import { makeImportMeta, parseImportMeta } from '../../src/workbook/importMeta';

describe('import metadata', () => {
  test('records the source name, the hash of its text, the time and the task count', () => {
    expect(makeImportMeta({ name: '粘贴的表格', text: '序号\t工作任务' }, 24, '2026-11-29T02:00:00.000Z')).toEqual({
      source: '粘贴的表格',
      // The ledger's one content hash (src/ledgerLayout/contentHash), pinned: it is stored in workbooks.
      hash: 'cf9b3d7b5d48c777',
      importedAt: '2026-11-29T02:00:00.000Z',
      taskCount: 24,
    });
  });

  test.each([
    [
      '{"source":"s","hash":"h","importedAt":"t","taskCount":1}',
      { source: 's', hash: 'h', importedAt: 't', taskCount: 1 },
    ],
    [
      { source: 's', hash: 'h', importedAt: 't', taskCount: 1 },
      { source: 's', hash: 'h', importedAt: 't', taskCount: 1 },
    ],
    ['not json', null],
    ['{"source":"s"}', null],
    [42, null],
    [null, null],
  ])('reads %j back as %j', (stored, meta) => {
    expect(parseImportMeta(stored)).toEqual(meta);
  });
});
