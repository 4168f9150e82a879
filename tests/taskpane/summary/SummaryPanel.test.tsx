// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_SEED_TEXT } from '../../../src/seed/embeddedSeed';
import { App } from '../../../src/taskpane/app/App';
import { EN_US } from '../../../src/taskpane/i18n/strings.enUS';
import { createFakePort, rowsFromText } from '../fakePort';

const TODAY = '2026-11-29';

afterEach(cleanup);
// The panel is a lazy chunk: load its module once, so that opening the tab waits for React only, not for the module's
// first transform (over a second on a loaded machine).
beforeAll(async () => {
  await import('../../../src/taskpane/summary/SummaryPanel');
});

async function openSummary(port: ReturnType<typeof createFakePort> | null) {
  const user = userEvent.setup();
  render(<App port={port} today={TODAY} />);
  await user.click(screen.getByRole('tab', { name: '汇总' }));
  const panel = await screen.findByRole('region', { name: '汇总与通报' });
  return { user, panel };
}

describe('SummaryPanel', () => {
  it('composes the notice locally in the preview, and copies it', async () => {
    const { user, panel } = await openSummary(null);
    const notice = within(panel).getByTestId('notice').textContent ?? '';
    // The preview opens as of the example's own date (its middle deadline, 2015-08-31), not today.
    expect(notice.startsWith('截至2015年8月31日，24项任务中已完成0项')).toBe(true);
    await user.click(within(panel).getByRole('button', { name: '复制通报' }));
    expect(await within(panel).findByText('已复制到剪贴板。')).toBeTruthy();
    expect(await navigator.clipboard.readText()).toBe(notice);
    expect(within(panel).getByText('在 Excel 中打开此加载项才能生成“汇总”表。')).toBeTruthy();
  });

  it("explains 逾期 (from the deadline) and 滞后 (reported), and names the 临期 count, with the pane's 预警天数", async () => {
    const { panel } = await openSummary(null);
    const notice = within(panel).getByTestId('notice').textContent ?? '';
    expect(notice).toContain('；滞后（单位报告）0项；');
    // As of 2015-08-31: only task 21 (2015年6月底前) is past its deadline; the five 8月底前 tasks are due that day.
    expect(notice).toContain('逾期（已过期限仍未完成）1项：第21项（市人力资源和社会保障局等）');
    expect(notice).toContain('；临期（7天内到期）5项：第9项（市教育局牵头）、第12项');
    expect(notice.endsWith('第24项（市教育局等）。')).toBe(true);
    expect(
      within(panel).getByText('逾期：按期限计算，已过期限仍未完成；滞后：单位填报的状态；临期：未完成且 7 天内到期。'),
    ).toBeTruthy();
  });

  it('falls back to a selected text box when the clipboard refuses', async () => {
    const { user, panel } = await openSummary(null);
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    await user.click(within(panel).getByRole('button', { name: '复制通报' }));
    const box = await within(panel).findByRole('textbox', { name: '通报' });
    expect((box as HTMLTextAreaElement).value).toBe(within(panel).getByTestId('notice').textContent);
    expect(within(panel).getByText('无法直接复制。文字已选中，请按 Ctrl+C 复制。')).toBeTruthy();
  });

  it('counts tasks per section', async () => {
    const { panel } = await openSummary(null);
    const table = within(panel).getByRole('table', { name: '各板块进度' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual(['6', '7', '8', '3']);
  });

  it('builds the summary sheet through the port with the as-of date and shows its notice', async () => {
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    const { user, panel } = await openSummary(port);
    await user.click(within(panel).getByRole('button', { name: '生成或刷新“汇总”表' }));
    expect(await within(panel).findByText('“汇总”表已更新。')).toBeTruthy();
    expect(port.calls.filter((c) => c.method === 'buildSummary')).toEqual([{ method: 'buildSummary', asOf: TODAY }]);
    expect(within(panel).getByTestId('notice').textContent).toBe(`截至${TODAY}，共24项任务（汇总表）。`);
  });

  it('leaves tasks a reload marked 已移除 out of the notice and the section counts, as the 汇总 sheet does', async () => {
    const rows = rowsFromText(EMBEDDED_SEED_TEXT).map((r) => (r.no === 24 ? { ...r, missing: true } : r));
    const { panel } = await openSummary(createFakePort(rows));
    await within(panel).findByText(/23项任务/);
    expect(within(panel).getByTestId('notice').textContent?.startsWith('截至2026年11月29日，23项任务中已完成0项')).toBe(
      true,
    );
    const table = within(panel).getByRole('table', { name: '各板块进度' });
    const counts = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[0]?.textContent);
    expect(counts).toEqual(['6', '7', '8', '2']);
  });
  it('en-US: a section named by the table is marked Chinese, title included; the row without one is English, with no Chinese title', async () => {
    const text =
      '序号\t任务\t牵头单位\t完成时限\n1\t建立工作台账。\t市发改委\t2026年底前\n2\t开展专项督查。\t市财政局\t持续实施';
    const user = userEvent.setup();
    render(<App port={createFakePort(rowsFromText(text))} today={TODAY} strings={EN_US} />);
    await user.click(screen.getByRole('tab', { name: 'Summary' }));
    const panel = await screen.findByRole('region', { name: 'Summary and notice' });
    const table = within(panel).getByRole('table', { name: 'Progress by section' });
    const headers = within(table).getAllByRole('rowheader');
    expect(headers.map((h) => [h.textContent, h.getAttribute('title'), h.getAttribute('lang')])).toEqual([
      ['No section', null, null],
    ]);
    cleanup();
    render(<App port={null} today={TODAY} strings={EN_US} />);
    await user.click(screen.getByRole('tab', { name: 'Summary' }));
    const seed = await screen.findByRole('table', { name: 'Progress by section' });
    const first = within(seed).getAllByRole('rowheader')[0];
    expect(first?.getAttribute('lang')).toBe('zh-CN');
    expect(first?.getAttribute('title')).toBe('构建现代职业教育衔接沟通体系');
  });
});
