// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_SEED_TEXT } from '../../../src/seed/embeddedSeed';
import { App } from '../../../src/taskpane/app/App';
import { EN_US } from '../../../src/taskpane/i18n/strings.enUS';
import { createFakePort, rowsFromText } from '../fakePort';

const TODAY = '2026-11-29';

afterEach(cleanup);
// The filter and settings drawers are lazy panels: load their modules once, so that opening them waits for React only.
beforeAll(async () => {
  await Promise.all([
    import('../../../src/taskpane/tasks/FilterBar'),
    import('../../../src/taskpane/app/SettingsPanel'),
    import('../../../src/taskpane/tasks/AgencyFilter'),
  ]);
});

type User = ReturnType<typeof userEvent.setup>;

/** Opens the filter drawer from the header's filter button. */
async function openFilters(user: User): Promise<void> {
  await user.click(await screen.findByRole('button', { name: /^筛选/ }));
  await screen.findByRole('searchbox', { name: '关键词' }, { timeout: 10_000 }); // the drawer is a lazy panel
}

/** Opens the as-of date and 预警天数 from the header's date button. */
async function openSettings(user: User): Promise<void> {
  await user.click(await screen.findByRole('button', { name: /^(截至|示例日期) \d/ }));
  await screen.findByLabelText('预警天数', {}, { timeout: 10_000 }); // the drawer is a lazy panel
}

/** The task numbers the list shows, in order. */
function shownTaskNos(): number[] {
  const list = screen.getByRole('list', { name: '任务列表' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => Number(item.getAttribute('data-task-no')));
}

describe('App in the read-only preview (no workbook)', () => {
  it('shows all 24 seed tasks, the note to open it in Excel, and no write controls', async () => {
    render(<App port={null} today={TODAY} />);
    expect(screen.getByText('在 Excel 中打开此加载项才能编辑')).toBeTruthy();
    await screen.findByRole('list', { name: '任务列表' });
    expect(shownTaskNos()).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(screen.getByTestId('result-count').textContent).toBe('显示 24 / 24 项任务');
    await openFilters(userEvent.setup());
    // The agency box is a lazy chunk: give a busy machine time to load it.
    await screen.findByRole('combobox', { name: '单位' }, { timeout: 10_000 });
    expect(screen.queryByRole('switch', { name: '同步筛选到表格' })).toBeNull();
  });

  it('filters to section 2 (7 tasks) with one click on its button, and the buttons carry counts', async () => {
    const user = userEvent.setup();
    render(<App port={null} today={TODAY} />);
    const group = await screen.findByRole('group', { name: '按板块筛选' });
    const buttons = within(group).getAllByRole('button');
    // What the chip shows (its numeral and count); the section's full name is for screen readers only.
    expect(buttons.map((b) => b.querySelector('[aria-hidden="true"]')?.textContent ?? b.textContent)).toEqual([
      '全部 24',
      '一 6',
      '二 7',
      '三 8',
      '四 3',
    ]);
    // No name by attribute: a chip is named by its content, where the section's title can carry its language.
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([null, null, null, null, null]);
    expect(buttons.map((b) => b.querySelector('[title]')?.getAttribute('title') ?? null)).toEqual([
      null,
      '构建现代职业教育衔接沟通体系',
      '提升职业教育综合实力',
      '提升发展保障水平',
      '落实政府和部门职责',
    ]);
    for (const name of [
      '全部 24',
      '一、构建现代职业教育衔接沟通体系（6 项）',
      '二、提升职业教育综合实力（7 项）',
      '三、提升发展保障水平（8 项）',
      '四、落实政府和部门职责（3 项）',
    ]) {
      expect(within(group).getByRole('button', { name })).toBeTruthy();
    }
    const section2 = within(group).getByRole('button', { name: '二、提升职业教育综合实力（7 项）' });
    await user.click(section2);
    expect(section2.getAttribute('aria-pressed')).toBe('true');
    expect(shownTaskNos()).toEqual([7, 8, 9, 10, 11, 12, 13]);
  });

  it('filters by agency 市财政局 as lead (task 14 only) and in any role (11 tasks)', async () => {
    const user = userEvent.setup();
    render(<App port={null} today={TODAY} />);
    await openFilters(user);
    const agency = await screen.findByRole('combobox', { name: '单位' });
    await user.type(agency, '市财政');
    await user.click(await screen.findByRole('option', { name: /^市财政局（/ }));
    expect(shownTaskNos()).toEqual([2, 6, 9, 10, 14, 15, 16, 17, 18, 19, 20]);
    await user.selectOptions(screen.getByRole('combobox', { name: '角色' }), '牵头');
    expect(shownTaskNos()).toEqual([14]);
    await user.selectOptions(screen.getByRole('combobox', { name: '角色' }), '配合');
    expect(shownTaskNos()).toEqual([2, 6, 9, 17]);
  });

  it('filters by keyword as you type, and 清除筛选 restores every task', async () => {
    const user = userEvent.setup();
    render(<App port={null} today={TODAY} />);
    await openFilters(user);
    await user.type(await screen.findByRole('searchbox', { name: '关键词' }), '校企合作');
    await waitFor(() => expect(shownTaskNos()).toEqual([12, 18]));
    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(shownTaskNos()).toHaveLength(24));
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: '关键词' }).value).toBe('');
  });

  it('shows deadlines in words as well as colour: ongoing, overdue days', async () => {
    render(<App port={null} today={TODAY} />);
    const list = await screen.findByRole('list', { name: '任务列表' });
    const task1 = within(list).getAllByRole('listitem')[0]!;
    expect(within(task1).getByText('持续实施', { selector: '.fui-Badge' })).toBeTruthy();
    const task9 = within(list).getAllByRole('listitem')[8]!;
    // The label in the pane's words, the agency as the table has it, marked as Chinese (WCAG 3.1.2).
    const lead = within(task9).getByText('市教育局');
    expect(lead.getAttribute('lang')).toBe('zh-CN');
    expect(lead.parentElement?.textContent).toBe('牵头：市教育局');
    // The preview opens as of the example's own date, 2015-08-31: task 21 (2015年6月底前) is 62 days late (30 + 31 + 1).
    const task21 = within(list).getAllByRole('listitem')[20]!;
    expect(within(task21).getByText('逾期 62 天')).toBeTruthy();
  });

  it('opens the example as of a day inside its own timeline, labelled so, until the coordinator types a date', async () => {
    const user = userEvent.setup();
    render(<App port={null} today={TODAY} />);
    await user.click(await screen.findByRole('button', { name: /^示例日期 2015-08-31（示例表自身时间线内的一天）/ }));
    fireEvent.change(await screen.findByLabelText('截至日期', {}, { timeout: 10_000 }), { target: { value: TODAY } });
    const list = await screen.findByRole('list', { name: '任务列表' });
    // 2015-08-31 → 2026-11-29 is 4108 days late.
    expect(within(within(list).getAllByRole('listitem')[8]!).getByText('逾期 4108 天')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^截至 2026-11-29：/ })).toBeTruthy();
  });

  it('closes the settings with Escape and puts focus back on the date button', async () => {
    const user = userEvent.setup();
    render(<App port={null} today={TODAY} />);
    const button = await screen.findByRole('button', { name: /^示例日期/ });
    await user.click(button);
    await user.click(await screen.findByLabelText('预警天数', {}, { timeout: 10_000 }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: '截至日期与预警天数' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(button));
  });

  it('opens a task from the keyboard and explains that editing needs Excel', async () => {
    const user = userEvent.setup();
    render(<App port={null} today={TODAY} />);
    (await screen.findByRole('button', { name: '打开任务 9' })).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: '任务 9' })).toBeTruthy();
    expect(screen.getByText('只读预览中不能填报进度。请在 Excel 中打开此加载项。')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: '任务 9' }));
    await user.click(screen.getByRole('button', { name: /返回列表/ }));
    expect(shownTaskNos()).toHaveLength(24);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: '打开任务 9' })));
  });

  it('switches views with the arrow keys on the tab list', async () => {
    const user = userEvent.setup();
    render(<App port={null} today={TODAY} />);
    screen.getByRole('tab', { name: '任务' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: '导入' }));
    expect(await screen.findByRole('region', { name: '导入任务表' })).toBeTruthy();
    await user.keyboard('{End}');
    expect(await screen.findByRole('region', { name: '汇总与通报' })).toBeTruthy();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: '任务' }).getAttribute('aria-selected')).toBe('true');
  });

  it('speaks English when the locale is en-US', async () => {
    render(<App port={null} today={TODAY} strings={EN_US} />);
    expect(screen.getByText('Open this add-in in Excel to edit')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'All 24' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Tasks' }).getAttribute('aria-selected')).toBe('true');
    // A section chip's name is English around the table's title, and the title is marked as Chinese.
    const chip = screen.getByRole('button', { name: 'Section 2: 提升职业教育综合实力 (7 tasks)' });
    const title = within(chip).getAllByText('提升职业教育综合实力');
    expect(title.map((el) => el.closest('[lang]')?.getAttribute('lang'))).toEqual(['zh-CN']);
    expect(chip.querySelector('[title]')?.closest('[lang]')?.getAttribute('lang')).toBe('zh-CN');
  });
});

describe('App with a workbook', () => {
  it('reads the ledger through the port and shows sheet edits when the sheet changes', async () => {
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    render(<App port={port} today={TODAY} />);
    await waitFor(() => expect(shownTaskNos()).toHaveLength(24));
    expect(port.listeners()).toBe(1);
    act(() => port.editInSheet(3, { status: '已完成', updated: '2026-11-20', reporter: '李四' }));
    const list = screen.getByRole('list', { name: '任务列表' });
    await waitFor(() =>
      expect(within(within(list).getAllByRole('listitem')[2]!).getByText('最近填报 2026-11-20 · 李四')).toBeTruthy(),
    );
  });

  it('syncs the filter to the sheet while the switch is on, and clearing clears both', async () => {
    const user = userEvent.setup();
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    render(<App port={port} today={TODAY} />);
    await waitFor(() => expect(shownTaskNos()).toHaveLength(24));
    await openFilters(user);
    await user.click(await screen.findByRole('switch', { name: '同步筛选到表格' }));
    await user.click(screen.getByRole('button', { name: /^二、/ }));
    await waitFor(() =>
      expect(port.calls.filter((c) => c.method === 'applyFilter')).toContainEqual({
        method: 'applyFilter',
        filter: { section: 2 },
        asOf: TODAY,
        warnDays: 7,
      }),
    );
    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(port.calls.at(-1)).toEqual({ method: 'clearFilter' }));
    expect(shownTaskNos()).toHaveLength(24);
  });

  it("leaves the sheet's AutoFilter alone (every co-author's) while the switch is off, clearing included", async () => {
    const user = userEvent.setup();
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    render(<App port={port} today={TODAY} />);
    await waitFor(() => expect(shownTaskNos()).toHaveLength(24));
    await openFilters(user);
    await user.click(screen.getByRole('button', { name: /^二、/ }));
    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    expect(shownTaskNos()).toHaveLength(24);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(port.calls.filter((c) => c.method === 'applyFilter' || c.method === 'clearFilter')).toEqual([]);
  });

  it("follows the workbook's 预警天数; a window typed in the pane holds until the workbook's changes again (the last change wins)", async () => {
    const user = userEvent.setup();
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    port.warnDays = 30;
    render(<App port={port} today={TODAY} />);
    await waitFor(() => expect(shownTaskNos()).toHaveLength(24));
    await openSettings(user);
    const box = screen.getByRole('spinbutton', { name: '预警天数' });
    expect((box as HTMLInputElement).value).toBe('30');
    port.warnDays = 12;
    act(() => port.editInSheet(3, { reporter: '李四' }));
    await waitFor(() => expect((box as HTMLInputElement).value).toBe('12'));
    await openFilters(user);
    await user.click(await screen.findByRole('switch', { name: '同步筛选到表格' }));
    await user.click(screen.getByRole('button', { name: /^二、/ }));
    await waitFor(() =>
      expect(port.calls.filter((c) => c.method === 'applyFilter')).toContainEqual({
        method: 'applyFilter',
        filter: { section: 2 },
        asOf: TODAY,
        warnDays: 12,
      }),
    );
    await user.clear(box);
    await user.type(box, '5');
    await waitFor(() => expect(port.calls.at(-1)).toMatchObject({ method: 'applyFilter', warnDays: 5 }));
    // A read that brings the same workbook value keeps the typed window …
    act(() => port.editInSheet(4, { reporter: '王五' }));
    await waitFor(() => expect(port.calls.filter((c) => c.method === 'readLedger').length).toBeGreaterThanOrEqual(3));
    expect((box as HTMLInputElement).value).toBe('5');
    // … and a new value in the workbook's cell (typed in Excel) is picked up on the next read.
    port.warnDays = 20;
    act(() => port.editInSheet(4, { reporter: '赵六' }));
    await waitFor(() => expect((box as HTMLInputElement).value).toBe('20'));
    await waitFor(() => expect(port.calls.at(-1)).toMatchObject({ method: 'applyFilter', warnDays: 20 }));
  });

  it('re-applies the sheet filter when an edit changes which tasks match', async () => {
    const user = userEvent.setup();
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    render(<App port={port} today={TODAY} />);
    await waitFor(() => expect(shownTaskNos()).toHaveLength(24));
    await openFilters(user);
    await user.click(await screen.findByRole('switch', { name: '同步筛选到表格' }));
    await user.selectOptions(screen.getByRole('combobox', { name: '状态' }), '滞后');
    await waitFor(() =>
      expect(port.calls.at(-1)).toEqual({
        method: 'applyFilter',
        filter: { status: '滞后' },
        asOf: TODAY,
        warnDays: 7,
      }),
    );
    const applied = port.calls.filter((c) => c.method === 'applyFilter').length;
    act(() => port.editInSheet(5, { status: '滞后' }));
    await waitFor(() => expect(shownTaskNos()).toContain(5));
    await waitFor(() => expect(port.calls.filter((c) => c.method === 'applyFilter').length).toBe(applied + 1));
  });

  it('says what to do when the ledger cannot be read, and 重试 reads it again', async () => {
    const user = userEvent.setup();
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    const read = port.readLedger.bind(port);
    let failures = 1;
    port.readLedger = () => (failures-- > 0 ? Promise.reject(new Error('工作簿正忙')) : read());
    render(<App port={port} today={TODAY} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('读取台账失败：工作簿正忙。请确认工作簿未处于编辑单元格状态，然后点击“重试”。');
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    await waitFor(() => expect(shownTaskNos()).toHaveLength(24));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers the import when the workbook has no ledger yet', async () => {
    const user = userEvent.setup();
    render(<App port={createFakePort([])} today={TODAY} />);
    await user.click(await screen.findByRole('button', { name: '导入任务表' }));
    expect(await screen.findByRole('button', { name: '使用内置示例表' })).toBeTruthy();
  });
});

describe('App: the one warning rule, kept in the workbook', () => {
  /** Task 3 made 滞后 and due in 3 days (an extension to 2026-12-02); every other seed task is long overdue. */
  function portWithRule(preset: '红黄绿' | '蓝黄红', laggingCounts: boolean) {
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    port.warnDays = 7;
    port.warningPreset = preset;
    port.laggingCounts = laggingCounts;
    const row = port.rows.find((r) => r.no === 3)!;
    Object.assign(row, { status: '滞后', extension: { date: '2026-12-02', reason: '待批复' } });
    return port;
  }

  function toneOf(no: number): string | null {
    const item = within(screen.getByRole('list', { name: '任务列表' }))
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('data-task-no') === String(no));
    return item?.querySelector('[data-tone]')?.getAttribute('data-tone') ?? null;
  }

  it.each([
    // Expected by hand: 红黄绿 paints 滞后 red (danger) and 临期 yellow (warning); 蓝黄红 paints 滞后 yellow, 临期 blue (brand).
    ['红黄绿', false, 'warning'],
    ['红黄绿', true, 'danger'],
    ['蓝黄红', false, 'brand'],
    ['蓝黄红', true, 'warning'],
  ] as const)(
    'the workbook says %s, 滞后 counts %s: the settings show it and the 滞后 task due in 3 days is %s',
    async (preset, counts, tone) => {
      const user = userEvent.setup();
      render(<App port={portWithRule(preset, counts)} today={TODAY} />);
      await waitFor(() => expect(toneOf(3)).toBe(tone));
      await openSettings(user);
      expect(screen.getByRole<HTMLSelectElement>('combobox', { name: '预警配色' }).value).toBe(preset);
      expect(screen.getByRole<HTMLSelectElement>('combobox', { name: '单位报告“滞后”计为滞后' }).value).toBe(
        counts ? 'yes' : 'no',
      );
      expect(screen.getByText(/保存在本工作簿的“台账设置”工作表中/)).toBeTruthy();
    },
  );

  it('a change in the pane is written to the workbook (after a pause) and read back; a change in the workbook is picked up on the next read', async () => {
    const user = userEvent.setup();
    const port = portWithRule('红黄绿', false);
    render(<App port={port} today={TODAY} />);
    await waitFor(() => expect(toneOf(3)).toBe('warning'));
    await openSettings(user);
    await user.selectOptions(screen.getByRole('combobox', { name: '预警配色' }), '蓝黄红');
    await user.selectOptions(screen.getByRole('combobox', { name: '单位报告“滞后”计为滞后' }), 'yes');
    await waitFor(() => expect(toneOf(3)).toBe('warning'));
    await waitFor(() =>
      expect(port.calls.filter((c) => c.method === 'writeWarningRule').at(-1)).toEqual({
        method: 'writeWarningRule',
        rule: { preset: '蓝黄红', dueSoonDays: 7, laggingCounts: true },
      }),
    );
    expect([port.warningPreset, port.laggingCounts]).toEqual(['蓝黄红', true]);
    // A coordinator edits 台账设置 in Excel: 滞后 no longer counts. The next read shows it.
    port.laggingCounts = false;
    act(() => port.editInSheet(5, { reporter: '李四' }));
    await waitFor(() =>
      expect(screen.getByRole<HTMLSelectElement>('combobox', { name: '单位报告“滞后”计为滞后' }).value).toBe('no'),
    );
    await waitFor(() => expect(toneOf(3)).toBe('brand'));
    const writes = port.calls.filter((c) => c.method === 'writeWarningRule').length;
    await new Promise((resolve) => setTimeout(resolve, 700));
    // Following the workbook writes nothing back.
    expect(port.calls.filter((c) => c.method === 'writeWarningRule')).toHaveLength(writes);
  });

  it('a ledger without the rule cells: the pane uses the choice itself and says how to add them', async () => {
    const user = userEvent.setup();
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    render(<App port={port} today={TODAY} />);
    await waitFor(() => expect(shownTaskNos()).toHaveLength(24));
    await openSettings(user);
    await user.selectOptions(screen.getByRole('combobox', { name: '预警配色' }), '蓝黄红');
    expect(
      await screen.findByText(
        /本台账还没有“预警配色”“滞后计入预警”单元格，设置只在本窗格中使用/,
        {},
        { timeout: 3000 },
      ),
    ).toBeTruthy();
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: '预警配色' }).value).toBe('蓝黄红');
  });
});
