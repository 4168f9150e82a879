import { describe, expect, it } from 'vitest';
import { ledgerColumnIndex } from '../../src/ledgerLayout/ledgerColumnIndex';
import { rowWithValues } from '../../src/ledgerLayout/rowWithValues';

describe('rowWithValues', () => {
  it('puts each value in its column and leaves the cells given untouched', () => {
    const index = ledgerColumnIndex(['序号', '状态', '备注', '填报人']);
    const cells = [9, '未启动', '自填', ''];
    expect(rowWithValues(cells, index, { status: '推进中', reporter: '张三' })).toEqual([9, '推进中', '自填', '张三']);
    expect(cells).toEqual([9, '未启动', '自填', '']);
  });

  it('leaves out a column the table lacks', () => {
    const index = ledgerColumnIndex(['序号', '状态']);
    expect(rowWithValues([9, '未启动'], index, { progress: '已起草' })).toEqual([9, '未启动']);
  });
});
