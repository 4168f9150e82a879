import { describe, expect, it } from 'vitest';
import { roundToSave } from '../../src/ledgerLayout/roundToSave';

describe('roundToSave', () => {
  it('gives the trimmed name and the row’s cells, 已报送单位 empty', () => {
    const round = { id: 'r-2026-11', name: ' 2026年11月 ', dueDate: '2026-11-25', createdAt: '2026-11-01T08:00:00Z' };
    expect(roundToSave(round)).toEqual({
      ok: true,
      name: '2026年11月',
      cells: ['r-2026-11', '2026年11月', '2026-11-25', '2026-11-01T08:00:00Z', ''],
    });
  });

  it('refuses a round without an id or a name', () => {
    const refused = { ok: false, code: 'invalid', problem: { code: 'round-incomplete', params: {} } };
    expect(roundToSave({ id: ' ', name: '十一月', dueDate: '2026-11-25', createdAt: '' })).toEqual(refused);
    expect(roundToSave({ id: 'r-1', name: '  ', dueDate: '2026-11-25', createdAt: '' })).toEqual(refused);
  });

  it('refuses a due date that is not a date', () => {
    expect(roundToSave({ id: 'r-1', name: '十一月', dueDate: '2026-11-31', createdAt: '' })).toEqual({
      ok: false,
      code: 'invalid',
      problem: { code: 'round-due-date-invalid', params: { dueDate: '2026-11-31' } },
    });
  });
});
