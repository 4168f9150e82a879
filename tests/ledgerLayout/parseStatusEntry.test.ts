import { describe, expect, it } from 'vitest';
import type { StatusUpdate } from '../../src/model';
import { parseStatusEntry } from '../../src/ledgerLayout/parseStatusEntry';

describe('parseStatusEntry', () => {
  it('passes a valid entry, its reporter trimmed', () => {
    expect(parseStatusEntry({ status: '推进中', note: '已起草', date: '2026-11-29', by: ' 张三 ' })).toEqual({
      ok: true,
      entry: { status: '推进中', note: '已起草', date: '2026-11-29', by: '张三' },
    });
  });

  it('refuses an entry, naming each field that failed', () => {
    const update = { status: '推进中', note: '', date: '2026/11/29', by: ' ' } as StatusUpdate;
    expect(parseStatusEntry(update)).toEqual({
      ok: false,
      code: 'invalid',
      problem: { code: 'update-invalid', params: { fields: ['date', 'by'] } },
    });
  });

  it('names a field inside the extension by its path', () => {
    const update = {
      status: '滞后',
      note: '',
      date: '2026-11-29',
      by: '李四',
      extension: { date: '2026-12-31', reason: '' },
    } as StatusUpdate;
    expect(parseStatusEntry(update)).toMatchObject({ problem: { params: { fields: ['extension.reason'] } } });
  });

  it('refuses a date that is not on the calendar, though it has the YYYY-MM-DD shape', () => {
    for (const date of ['2026-13-01', '2026-02-29', '2026-04-31', '2026-00-10']) {
      const update = { status: '推进中', note: '', date, by: '张三' } as StatusUpdate;
      expect(parseStatusEntry(update)).toMatchObject({ ok: false, problem: { params: { fields: ['date'] } } });
    }
    const leap = { status: '推进中', note: '', date: '2028-02-29', by: '张三' } as StatusUpdate;
    expect(parseStatusEntry(leap)).toMatchObject({ ok: true });
  });
});
