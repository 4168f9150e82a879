import { describe, expect, it } from 'vitest';
import { heldBack } from '../../src/ledgerLayout/heldBack';

// The row as the plan saw it: 未启动, no progress; the answer dated 2026-11-20 (Excel serial 46346).
const change = { no: 4, oldStatus: '未启动', oldProgress: '', date: '2026-11-20' };

describe('heldBack', () => {
  it('lets a change through when the row is as the plan saw it and no newer entry is there', () => {
    expect(heldBack(change, '未启动', '', null)).toBeNull();
    expect(heldBack(change, '', '', 46346)).toBeNull(); // an empty 状态 is 未启动; the same day is not older
  });

  it('holds back a change whose row was edited after the preview, naming the status now', () => {
    expect(heldBack(change, '推进中', '', null)).toEqual({ no: 4, kind: 'conflict', status: '推进中' });
    expect(heldBack(change, '未启动', '已开会', null)).toEqual({ no: 4, kind: 'conflict', status: '未启动' });
  });

  it('holds back an answer older than the row’s 更新日期, with both dates', () => {
    expect(heldBack(change, '未启动', '', 46347)).toEqual({
      no: 4,
      kind: 'stale',
      date: '2026-11-20',
      updated: '2026-11-21',
    });
  });

  it('names a conflict before staleness', () => {
    expect(heldBack(change, '滞后', '', 46400)).toEqual({ no: 4, kind: 'conflict', status: '滞后' });
  });
});
