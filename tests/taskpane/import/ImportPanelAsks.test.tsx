// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/taskpane/app/App';
import { createFakePort } from '../fakePort';

const TODAY = '2026-11-29';
const HEADER = '序号\t工作任务\t牵头单位\t配合单位\t完成时限';
const FIRST = [
  HEADER,
  '1\t建立现代职业学校制度。\t市教育局\t市财政局\t10月底前',
  '2\t完善职业教育资助政策。\t市财政局\t市教育局\t12月底前',
].join('\n');
const SECOND = [HEADER, '1\t加强校企合作。\t市人社局\t市教育局\t6月底前'].join('\n');

afterEach(cleanup);

async function openImport(port: ReturnType<typeof createFakePort>) {
  const user = userEvent.setup();
  render(<App port={port} today={TODAY} />);
  await user.click(screen.getByRole('tab', { name: '导入' }));
  const panel = await screen.findByRole('region', { name: '导入任务表' }, { timeout: 15_000 });
  return { user, panel };
}

async function paste(user: ReturnType<typeof userEvent.setup>, panel: HTMLElement, text: string) {
  const box = within(panel).getByRole('textbox', { name: /粘贴任务表/ });
  await user.clear(box);
  await user.click(box);
  await user.paste(text);
  return within(panel).findByRole('region', { name: '读取结果预览' });
}

describe('ImportPanel: a year for year-less deadlines', () => {
  it('asks for the year when no title gives one, and reads the deadlines in the year typed', async () => {
    const { user, panel } = await openImport(createFakePort([]));
    const preview = await paste(user, panel, FIRST);
    const year = within(preview).getByRole('textbox', { name: '期限所在年份' });
    await user.type(year, '20');
    expect(await within(preview).findByText('请填写四位年份，如 2026。')).toBeTruthy();
    await user.type(year, '26');
    expect(await within(preview).findByText('没有写年份的期限按 2026 年读取。')).toBeTruthy();
    const first = within(preview).getByRole('listitem', { name: '任务 1' });
    expect(within(first).getByText('10月底前 → 2026-10-31')).toBeTruthy();
    const second = within(preview).getByRole('listitem', { name: '任务 2' });
    expect(within(second).getByText('12月底前 → 2026-12-31')).toBeTruthy();
  }, 30_000);
});

describe('ImportPanel: a corrected column is remembered for the same header', () => {
  it('stores the correction in the workbook settings, applies it to the next table of that header, and undoes it', async () => {
    const port = createFakePort([]);
    const { user, panel } = await openImport(port);
    let preview = await paste(user, panel, FIRST);
    await user.click(within(preview).getByRole('button', { name: '更正列的用途' }));
    await user.selectOptions(within(preview).getByRole('combobox', { name: '第 4 列' }), 'other');
    expect(await within(preview).findByText('列：序号 · 任务 · 牵头单位 · 其他（不读取） · 完成时限')).toBeTruthy();
    expect(within(preview).getByText('已记住这次更正：下次导入表头相同的表格时自动套用。')).toBeTruthy();
    expect(port.columnRoles).toEqual({
      '序号|工作任务|牵头单位|配合单位|完成时限': ['no', 'task', 'lead', 'other', 'schedule'],
    });

    // The next table of the same form: read as corrected at once, saying so, with an undo.
    preview = await paste(user, panel, SECOND);
    expect(await within(preview).findByText('列：序号 · 任务 · 牵头单位 · 其他（不读取） · 完成时限')).toBeTruthy();
    expect(within(preview).getByText('已按你上次对同样表头的表格所做的更正设置各列用途。')).toBeTruthy();
    await user.click(within(preview).getByRole('button', { name: '撤销，按自动识别' }));
    expect(await within(preview).findByText('列：序号 · 任务 · 牵头单位 · 配合单位 · 完成时限')).toBeTruthy();
    expect(port.columnRoles).toEqual({});
  }, 30_000);
});
