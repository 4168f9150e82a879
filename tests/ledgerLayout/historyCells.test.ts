import { describe, expect, test } from 'vitest';
import {
  answerHistoryCells,
  historyRow,
  historyRowsFor,
  missingHistoryHeaders,
  statusHistoryCells,
  type HistoryCells,
} from '../../src/ledgerLayout/historyCells';

const OLD = ['记录时间', '序号', '原状态', '新状态', '进展情况', '填报日期', '填报人'];
const ENTRY: HistoryCells = {
  time: 't',
  no: 9,
  previousStatus: '未启动',
  status: '推进中',
  note: '=x',
  date: 46354,
  by: '甲',
  agency: '市教育局',
  round: '2026年11月',
  answerId: 'a1b2',
};

describe('progressLog', () => {
  test.each([
    [OLD, ['填报单位', '填报轮次', '答复编号']],
    [[...OLD, '填报单位', '填报轮次', '答复编号'], []],
    [
      [' 答复编号 ', ...OLD],
      ['填报单位', '填报轮次'],
    ],
  ])('missingHistoryHeaders(%j) is %j', (header, missing) => {
    expect(missingHistoryHeaders(header)).toEqual(missing);
  });

  test('historyRow: inputs in the new log order, text quote-prefixed, formats per column', () => {
    expect(historyRow(ENTRY)).toEqual({
      values: ['t', 9, '未启动', '推进中', "'=x", 46354, '甲', '市教育局', '2026年11月', 'a1b2'],
      formats: ['@', 'General', '@', '@', '@', 'yyyy-mm-dd', '@', '@', '@', '@'],
    });
  });

  test('historyRowsFor: laid out by an existing header, null for columns the log does not know', () => {
    expect(historyRowsFor(['答复编号', '备注', '序号'], [ENTRY])).toEqual({
      values: [['a1b2', null, 9]],
      formats: [['@', null, 'General']],
    });
  });
});

describe('the cells an entry makes', () => {
  test('a status entry by hand: its date as a serial, the report columns empty', () => {
    expect(
      statusHistoryCells(9, '未启动', { status: '推进中', note: '已起草', date: '2026-11-29', by: '张三' }, 'T1'),
    ).toEqual({
      time: 'T1',
      no: 9,
      previousStatus: '未启动',
      status: '推进中',
      note: '已起草',
      date: 46355,
      by: '张三',
      agency: '',
      round: '',
      answerId: '',
    });
  });

  test('an applied answer: with its agency, round name and answer id', () => {
    const answer = {
      no: 4,
      previousStatus: '推进中',
      status: '已完成',
      note: '已验收',
      date: '2026-11-20',
      by: '李四（市财政局）',
      agency: '市财政局',
      roundName: '2026年11月',
      answerId: '9c1e00aa',
    };
    expect(answerHistoryCells(answer, 'T2')).toEqual({
      time: 'T2',
      no: 4,
      previousStatus: '推进中',
      status: '已完成',
      note: '已验收',
      date: 46346,
      by: '李四（市财政局）',
      agency: '市财政局',
      round: '2026年11月',
      answerId: '9c1e00aa',
    });
  });
});
