import { describe, expect, it } from 'vitest';
import { answeredUpdates } from '../../src/ledgerLayout/answeredUpdates';

const HEADER = ['轮次编号', '轮次名称', '截止日期', '创建时间', '已报送单位'];
const BODY = [
  ['r-10', '2026年10月', '2026-10-25', '2026-10-01T00:00:00Z', '市教育局 2026-10-20'],
  ['r-11', '2026年11月', 46351, '2026-11-01T00:00:00Z', '市教育局 2026-11-18'],
];

describe('answeredUpdates', () => {
  it('adds the agencies whose answers were logged to their round’s list, keeping the first answer’s day', () => {
    const answered = [
      { roundId: 'r-11', agency: '市教育局', date: '2026-11-20' },
      { roundId: 'r-11', agency: '市财政局', date: '2026-11-21' },
    ];
    const logged = [
      { roundId: 'r-11', agency: '市教育局' },
      { roundId: 'r-11', agency: '市财政局' },
    ];
    expect(answeredUpdates(HEADER, BODY, answered, logged)).toEqual({
      idAt: 0,
      listAt: 4,
      updates: [{ roundId: 'r-11', position: 1, list: '市教育局 2026-11-18；市财政局 2026-11-21' }],
    });
  });

  it('leaves out agencies whose answers were not logged, and rounds whose list does not change', () => {
    const answered = [
      { roundId: 'r-10', agency: '市教育局', date: '2026-10-22' },
      { roundId: 'r-11', agency: '市财政局', date: '2026-11-21' },
    ];
    expect(answeredUpdates(HEADER, BODY, answered, [{ roundId: 'r-10', agency: '市教育局' }])?.updates).toEqual([]);
  });

  it('finds the columns by header wherever they are, and gives up without 已报送单位', () => {
    const moved = [['已报送单位', '轮次编号', '轮次名称', '截止日期', '创建时间']];
    const body = [['', 'r-9', '九月', '2026-09-25', '']];
    expect(
      answeredUpdates(
        moved[0] ?? [],
        body,
        [{ roundId: 'r-9', agency: '甲', date: '2026-09-20' }],
        [{ roundId: 'r-9', agency: '甲' }],
      ),
    ).toEqual({ idAt: 1, listAt: 0, updates: [{ roundId: 'r-9', position: 0, list: '甲 2026-09-20' }] });
    expect(answeredUpdates(HEADER.slice(0, 4), [], [], [])).toBeNull();
  });
});
