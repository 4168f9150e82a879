// @vitest-environment jsdom
/** The list-first pane's filters: the drawer and its count, removable chips, agency search by name, alias and part, IME-style commits, localised names. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_SEED_TEXT } from '../../../src/seed/embeddedSeed';
import { App } from '../../../src/taskpane/app/App';
import { EN_US } from '../../../src/taskpane/i18n/strings.enUS';
import { createFakePort, rowsFromText } from '../fakePort';

const TODAY = '2026-11-29';
/** The tasks naming 市财政局 in the seed, in any role (read off the table by hand). */
const CZJ_TASKS = [2, 6, 9, 10, 14, 15, 16, 17, 18, 19, 20];

afterEach(cleanup);
// The filter and settings drawers are lazy panels: load their modules once, so that opening them waits for React only.
beforeAll(async () => {
  await Promise.all([
    import('../../../src/taskpane/tasks/FilterBar'),
    import('../../../src/taskpane/app/SettingsPanel'),
    import('../../../src/taskpane/tasks/AgencyFilter'),
  ]);
});

/** The agency list's options (the page's <select>s have options too). */
function options(): HTMLElement[] {
  return within(screen.getByRole('listbox')).getAllByRole('option');
}

function shownTaskNos(): number[] {
  const list = screen.getByRole('list', { name: /任务列表|^Tasks$/ });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => Number(item.getAttribute('data-task-no')));
}

async function setup(locale: 'zh' | 'en' = 'zh', port: Parameters<typeof App>[0]['port'] = null) {
  const user = userEvent.setup();
  render(<App port={port} today={TODAY} {...(locale === 'en' ? { strings: EN_US } : {})} />);
  await screen.findByRole('list', { name: locale === 'en' ? 'Tasks' : '任务列表' });
  return user;
}

describe('the filter drawer', () => {
  it('is closed at first; the header button opens it and counts the filters set; chips remove them', async () => {
    const user = await setup();
    expect(screen.queryByRole('searchbox', { name: '关键词' })).toBeNull();
    const button = screen.getByRole('button', { name: '筛选' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    await user.selectOptions(await screen.findByRole('combobox', { name: '状态' }, { timeout: 10_000 }), '未启动');
    await user.selectOptions(screen.getByRole('combobox', { name: '期限' }), '仅逾期');
    expect(screen.getByRole('button', { name: '筛选 2（已设 2 项）' }).textContent).toBe('筛选 2');
    await user.click(button);
    expect(screen.queryByRole('combobox', { name: '状态' })).toBeNull();
    const chips = screen.getByRole('group', { name: '已设的筛选' });
    expect(
      within(chips)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['移除筛选：状态：未启动', '移除筛选：期限：仅逾期']);
    const before = shownTaskNos().length;
    await user.click(within(chips).getByRole('button', { name: '移除筛选：期限：仅逾期' }));
    expect(screen.getByRole('button', { name: '筛选 1（已设 1 项）' })).toBeTruthy();
    expect(shownTaskNos().length).toBeGreaterThan(before);
    await user.click(within(chips).getByRole('button', { name: '移除筛选：状态：未启动' }));
    expect(screen.queryByRole('group', { name: '已设的筛选' })).toBeNull();
    expect(shownTaskNos()).toHaveLength(24);
  });
});

describe('agency search', () => {
  async function chooseAgency(user: ReturnType<typeof userEvent.setup>, typed: string, option: RegExp) {
    const box = await screen.findByRole('combobox', { name: '单位' });
    await user.click(box);
    await user.type(box, typed);
    await user.click(await screen.findByRole('option', { name: option }));
    return box as HTMLInputElement;
  }

  it('keeps the text an input method commits over the chosen agency, and the filter until another is chosen', async () => {
    const user = await setup();
    await user.click(screen.getByRole('button', { name: '筛选' }));
    const box = await chooseAgency(user, '市财政', /^市财政局（/);
    expect(shownTaskNos()).toEqual(CZJ_TASKS);
    // Select all, then one commit replaces it (what a Chinese IME sends: one input event with the whole word).
    box.setSelectionRange(0, box.value.length);
    fireEvent.change(box, { target: { value: '教育' } });
    expect(box.value).toBe('教育');
    expect(shownTaskNos()).toEqual(CZJ_TASKS);
    expect(options().map((o) => o.textContent)).toContain('市教育局（牵头 6 / 共 22）');
    await user.click(screen.getByRole('option', { name: /^市教育局（/ }));
    expect(box.value).toBe('市教育局');
    expect(shownTaskNos()).toHaveLength(22);
  });

  it('keeps the first character typed one at a time over a chosen agency', async () => {
    const user = await setup();
    await user.click(screen.getByRole('button', { name: '筛选' }));
    const box = await chooseAgency(user, '市财政', /^市财政局（/);
    await user.clear(box);
    expect(shownTaskNos()).toHaveLength(24);
    await user.type(box, '教');
    expect(box.value).toBe('教');
    await user.type(box, '育');
    expect(box.value).toBe('教育');
  });

  it('finds agencies by part of their name, by a built-in alias and by part of one: 人社 and 市人社局 mean 市人力资源和社会保障局', async () => {
    const user = await setup();
    await user.click(screen.getByRole('button', { name: '筛选' }));
    const box = await screen.findByRole<HTMLInputElement>('combobox', { name: '单位' });
    await user.click(box);
    await user.type(box, '财政');
    expect(options().map((o) => o.getAttribute('data-value') ?? o.textContent)).toEqual([
      expect.stringMatching(/^市财政局/),
    ]);
    await user.clear(box);
    await user.type(box, '市人社局');
    expect(options().map((o) => o.textContent)).toEqual(['市人力资源和社会保障局（牵头 2 / 共 18）']);
    await user.clear(box);
    await user.type(box, '人社');
    await user.click(screen.getByRole('option', { name: /^市人力资源和社会保障局（/ }));
    expect(shownTaskNos()).toHaveLength(18);
  });

  it("finds an agency by the workbook's own AgencyAliases", async () => {
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    port.aliases = { 市人才办: '市人力资源和社会保障局' };
    const user = await setup('zh', port);
    await user.click(screen.getByRole('button', { name: '筛选' }));
    const box = await screen.findByRole('combobox', { name: '单位' });
    await user.click(box);
    await user.type(box, '人才办');
    expect(options().map((o) => o.textContent)).toEqual(['市人力资源和社会保障局（牵头 2 / 共 18）']);
  });

  it('says 无匹配单位 when the text names no agency', async () => {
    const user = await setup();
    await user.click(screen.getByRole('button', { name: '筛选' }));
    const box = await screen.findByRole('combobox', { name: '单位' });
    await user.click(box);
    await user.type(box, '不存在的局');
    expect(screen.queryAllByRole('listbox').flatMap((l) => within(l).queryAllByRole('option'))).toHaveLength(0);
    expect(screen.getAllByText('无匹配单位').length).toBeGreaterThan(0);
    expect(box.getAttribute('aria-describedby') ?? '').not.toBe('');
  });

  it('the keyword box understands agencies too: 人社 finds the 18 tasks of 市人力资源和社会保障局', async () => {
    const user = await setup();
    await user.click(screen.getByRole('button', { name: '筛选' }));
    await user.type(await screen.findByRole('searchbox', { name: '关键词' }, { timeout: 10_000 }), '人社');
    await waitFor(() => expect(screen.getByTestId('result-count').textContent).toBe('显示 18 / 24 项任务'));
    const byKeyword = shownTaskNos();
    await user.clear(screen.getByRole('searchbox', { name: '关键词' }));
    const box = await screen.findByRole('combobox', { name: '单位' });
    await user.click(box);
    await user.type(box, '市人力资源和社会保障局');
    await user.click(screen.getByRole('option', { name: /^市人力资源和社会保障局（/ }));
    expect(shownTaskNos()).toEqual(byKeyword);
  });
});

describe('accessible names in the pane language', () => {
  it('zh-CN: the Combobox chevron and the SearchBox clear button are named in Chinese, and the chevron is no Tab stop', async () => {
    const user = await setup();
    await user.click(screen.getByRole('button', { name: '筛选' }));
    await screen.findByRole('combobox', { name: '单位' });
    const chevron = screen.getByRole('button', { name: '展开单位列表' });
    expect(chevron.tabIndex).toBe(-1);
    await user.type(screen.getByRole('searchbox', { name: '关键词' }), '校企');
    expect(screen.getByRole('button', { name: '清空关键词' }).tabIndex).toBe(-1);
    const named = [...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label') ?? '');
    expect(named.filter((name) => /^[\x20-\x7e]*[A-Za-z]{3,}/.test(name))).toEqual([]);
  });

  it('en-US: the same controls are named in English', async () => {
    const user = await setup('en');
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await screen.findByRole('combobox', { name: 'Agency' });
    expect(screen.getByRole('button', { name: 'Show the agencies' }).tabIndex).toBe(-1);
    await user.type(screen.getByRole('searchbox', { name: 'Keyword' }), 'ab');
    expect(screen.getByRole('button', { name: 'Clear keyword' })).toBeTruthy();
  });
});

describe('预警天数', () => {
  it('refuses -3 and a blank box with a message at the field, and keeps the last valid window', async () => {
    const user = await setup();
    await user.click(screen.getByRole('button', { name: /^示例日期 \d/ }));
    const box = await screen.findByRole('spinbutton', { name: '预警天数' }, { timeout: 10_000 });
    await user.clear(box);
    expect(screen.getByText('请输入 0 到 365 之间的整数天数。现仍按 7 天计算。')).toBeTruthy();
    expect(box.getAttribute('aria-invalid')).toBe('true');
    await user.type(box, '30');
    expect(screen.queryByText(/请输入 0 到 365/)).toBeNull();
    expect(
      screen.getByRole('button', {
        name: '示例日期 2015-08-31（示例表自身时间线内的一天）：修改截至日期与预警天数（30 天）',
      }),
    ).toBeTruthy();
    fireEvent.change(box, { target: { value: '-3' } });
    expect(screen.getByText('请输入 0 到 365 之间的整数天数。现仍按 30 天计算。')).toBeTruthy();
    fireEvent.change(box, { target: { value: '366' } });
    expect(screen.getByText('请输入 0 到 365 之间的整数天数。现仍按 30 天计算。')).toBeTruthy();
  });
});
