import { describe, expect, it, test } from 'vitest';
import { toExcelSerial } from '../../src/model';
import { ROUND_TABLE_HEADERS, recordAnswered, roundFromRow, roundToRow } from '../../src/reports';
import { ROUND } from '../reports/seedLedger';

describe('the 填报轮次 table row', () => {
  it('writes a round with who answered, and reads it back', () => {
    const answered = new Map([
      ['市教育局', '2026-11-20'],
      ['省市场监管局（省知识产权局）', '2026-11-26'],
    ]);
    const row = roundToRow(ROUND, answered);
    expect(ROUND_TABLE_HEADERS).toEqual(['轮次编号', '轮次名称', '截止日期', '创建时间', '已报送单位']);
    expect(row).toEqual([
      ROUND.id,
      '2026年11月',
      '2026-11-25',
      ROUND.createdAt,
      '市教育局 2026-11-20；省市场监管局（省知识产权局） 2026-11-26',
    ]);
    expect(roundFromRow(row)).toEqual({ ok: true, round: ROUND, answered });
  });

  it('reads a due date that Excel turned into a date serial', () => {
    const result = roundFromRow([ROUND.id, ROUND.name, toExcelSerial('2026-11-25'), ROUND.createdAt, '']);
    expect(result.ok && result.round.dueDate).toBe('2026-11-25');
    expect(result.ok && result.answered.size).toBe(0);
  });

  test.each([
    [['', '2026年11月', '2026-11-25', '', ''], { name: '', dueDate: '2026-11-25' }],
    [['r-1', '2026年11月', '11月25日', '', ''], { name: '2026年11月', dueDate: '11月25日' }],
    [[], { name: '', dueDate: '' }],
  ])('refuses a row it cannot read: %j', (cells, params) => {
    expect(roundFromRow(cells)).toEqual({ ok: false, code: 'bad-round-row', params });
  });
});

describe('recordAnswered', () => {
  it("adds this round's agencies and keeps the day of each agency's first answer", () => {
    const recorded = new Map([['市教育局', '2026-11-20']]);
    const next = recordAnswered(recorded, ROUND.id, [
      { roundId: ROUND.id, agency: '市教育局', date: '2026-11-24' },
      { roundId: ROUND.id, agency: '市财政局', date: '2026-11-27' },
      { roundId: 'r-other', agency: '市残联', date: '2026-11-21' },
    ]);
    expect([...next]).toEqual([
      ['市教育局', '2026-11-20'],
      ['市财政局', '2026-11-27'],
    ]);
    expect([...recorded]).toEqual([['市教育局', '2026-11-20']]);
  });
});
