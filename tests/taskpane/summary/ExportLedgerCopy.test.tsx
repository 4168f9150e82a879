// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_SEED_TEXT } from '../../../src/seed/embeddedSeed';
import { App } from '../../../src/taskpane/app/App';
import { XLSX_MIME } from '../../../src/taskpane/shared/downloadFile';
import { readXlsx, valueAt } from '../../ledgerCopy/readXlsx';
import { createFakePort, rowsFromText } from '../fakePort';

const TODAY = '2026-11-29';

afterEach(cleanup);
// The filter and settings drawers are lazy panels: load their modules once, so that opening them waits for React only.
beforeAll(async () => {
  await Promise.all([
    import('../../../src/taskpane/tasks/FilterBar'),
    import('../../../src/taskpane/app/SettingsPanel'),
    import('../../../src/taskpane/tasks/AgencyFilter'),
    import('../../../src/taskpane/summary/SummaryPanel'),
  ]);
});

async function openSummary(port: ReturnType<typeof createFakePort> | null) {
  const files: { name: string; bytes: Uint8Array; type: string }[] = [];
  const user = userEvent.setup();
  render(<App port={port} today={TODAY} download={(name, bytes, type) => void files.push({ name, bytes, type })} />);
  await user.click(screen.getByRole('tab', { name: '汇总' }));
  const panel = await screen.findByRole('region', { name: '汇总与通报' });
  return { user, panel, files };
}

describe('导出台账副本', () => {
  it('reads the whole history through the port and hands over the copy, judged from today (=TODAY())', async () => {
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    port.history.push({
      time: '2026-11-20T01:00:00.000Z',
      no: 2,
      previousStatus: '未启动',
      status: '推进中',
      note: '=已启动',
      date: '2026-11-20',
      by: '甲',
      agency: '',
      round: '',
      answerId: '',
    });
    const { user, panel, files } = await openSummary(port);
    await within(panel).findByText(/24项任务/);
    expect(within(panel).getByText(/逾期和临期按打开当天统计/)).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: '导出台账副本 (.xlsx)' }));
    expect(
      await within(panel).findByText(
        '已导出“台账副本_2026-11-29.xlsx”：24 项任务，1 条进展记录。',
        {},
        { timeout: 20_000 },
      ),
    ).toBeTruthy();
    expect(port.calls.filter((c) => c.method === 'readAllHistory')).toHaveLength(1);
    expect(files.map((f) => [f.name, f.type])).toEqual([['台账副本_2026-11-29.xlsx', XLSX_MIME]]);
    const book = readXlsx(files[0]!.bytes);
    expect(book.sheet('汇总').cells.get('B2')?.formula).toBe('TODAY()');
    expect(valueAt(book.sheet('任务台账'), 'A25')).toBe(24);
    expect(book.sheet('进展记录').cells.get('E2')).toMatchObject({ type: 's', value: '=已启动', formula: null });
  }, 30_000);

  it('keeps another as-of day fixed in the copy, as the pane judges from it', async () => {
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    const { user, files } = await openSummary(port);
    // The as-of date sits behind the header's 截至 button (the list-first layout).
    await user.click(screen.getByRole('button', { name: /^截至 \d/ }));
    const asOf = await screen.findByLabelText('截至日期', {}, { timeout: 10_000 });
    await user.clear(asOf);
    await user.type(asOf, '2016-06-30');
    const panel = await screen.findByRole('region', { name: '汇总与通报' });
    expect(await within(panel).findByText(/逾期和临期按上方所选截至日期统计/)).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: '导出台账副本 (.xlsx)' }));
    await within(panel).findByText(/已导出“台账副本_2016-06-30.xlsx”/, {}, { timeout: 20_000 });
    const b2 = readXlsx(files[0]!.bytes).sheet('汇总').cells.get('B2');
    expect(b2).toMatchObject({ formula: null, value: 42551 }); // 2016-06-30
  }, 30_000);

  it('says why when the history cannot be read, and hands over nothing', async () => {
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    port.readAllHistory = () => Promise.reject(new Error('进展记录表已被保护'));
    const { user, panel, files } = await openSummary(port);
    await within(panel).findByText(/24项任务/);
    await user.click(within(panel).getByRole('button', { name: '导出台账副本 (.xlsx)' }));
    expect(await within(panel).findByText('导出失败：进展记录表已被保护')).toBeTruthy();
    expect(files).toEqual([]);
  });

  it('is not offered in the read-only preview', async () => {
    const { panel } = await openSummary(null);
    expect(within(panel).queryByRole('button', { name: '导出台账副本 (.xlsx)' })).toBeNull();
  });
});
