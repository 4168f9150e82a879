import { describe, expect, it } from 'vitest';
import { pickTaskTable } from '../../src/documents/pickTaskTable';

const letterhead = [
  ['广元市人民政府办公室', '文件'],
  ['广府办发〔2015〕60号', ''],
];
const signature = [
  ['联系人：张三', '电话：0839-1234567'],
  ['抄送：市委办公室', ''],
];
const tasks = [
  ['序号', '工作任务', '负责单位', '时间进度'],
  ['1', '建立现代职业学校制度。', '市教育局牵头，市财政局配合', '2015年底前'],
  ['2', '推进中高职衔接。', '市教育局', '持续实施'],
];
const headerless = [
  ['1', '建立现代职业学校制度。', '市教育局牵头', '2015年底前'],
  ['2', '推进中高职衔接。', '市人社局', '持续实施'],
  ['3', '加强校企合作。', '市经信委', '2016年6月底前'],
];

describe('pickTaskTable', () => {
  it('offers the task table, not the letterhead or the signature block', () => {
    const { best, scores } = pickTaskTable([letterhead, tasks, signature]);
    expect(best).toBe(1);
    expect(scores.map((s) => s.looksLikeTasks)).toEqual([false, true, false]);
  });

  it('recognises a headerless table by its numbered rows naming agencies', () => {
    const { best, scores } = pickTaskTable([letterhead, headerless]);
    expect(best).toBe(1);
    expect(scores[1]?.looksLikeTasks).toBe(true);
  });

  it('prefers the table with headers over a headerless one, and the first on a tie', () => {
    expect(pickTaskTable([headerless, tasks]).best).toBe(1);
    expect(pickTaskTable([tasks, tasks]).best).toBe(0);
  });

  it('gives -1 when there is no table', () => {
    expect(pickTaskTable([])).toEqual({ best: -1, scores: [] });
  });
});
