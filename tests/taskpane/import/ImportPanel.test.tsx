// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { EMBEDDED_SEED_NAME, EMBEDDED_SEED_TEXT } from '../../../src/seed/embeddedSeed';
import { App } from '../../../src/taskpane/app/App';
import { createFakePort, rowsFromText } from '../fakePort';

const TODAY = '2026-11-29';

const PASTED = [
  '序号\t工作任务\t负责单位\t完成时限',
  '1\t建立现代职业学校制度。\t市教育局\t2016年9月前',
  '1\t重复的序号。\t市财政局\t持续实施',
  '2\t完善职业教育资助政策。\t市财政局牵头，市教育局配合\t2016年6月30日前',
].join('\n');

afterEach(cleanup);

async function openImport(port: ReturnType<typeof createFakePort> | null) {
  const user = userEvent.setup();
  render(<App port={port} today={TODAY} />);
  await user.click(screen.getByRole('tab', { name: '导入' }));
  const panel = await screen.findByRole('region', { name: '导入任务表' }, { timeout: 15_000 }); // the panel's lazy chunk loads slowly on a busy machine
  return { user, panel };
}

describe('ImportPanel', () => {
  it('previews a pasted table and lists every issue with its line before anything is written', async () => {
    const port = createFakePort([]);
    const { user, panel } = await openImport(port);
    await user.click(within(panel).getByRole('textbox', { name: /粘贴任务表/ }));
    await user.paste(PASTED);
    const preview = await within(panel).findByRole('region', { name: '读取结果预览' });
    expect(within(preview).getByText('（无标题）：0 个板块，2 项任务')).toBeTruthy();
    const issues = within(preview).getByRole('list', { name: /发现 \d+ 个问题/ });
    const texts = within(issues)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(texts.some((t) => t.startsWith('第 2 行'))).toBe(true);
    expect(texts.some((t) => t.startsWith('第 3 行'))).toBe(true);
    expect(port.calls.filter((c) => c.method === 'loadLedger')).toEqual([]);
  });

  it('loads the embedded table: 写入工作簿 calls port.loadLedger and shows the merge summary', async () => {
    const port = createFakePort([]);
    const { user, panel } = await openImport(port);
    await user.click(within(panel).getByRole('button', { name: '使用内置示例表' }));
    expect(await within(panel).findByText(/4 个板块，24 项任务/)).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: '写入工作簿' }));
    expect(await within(panel).findByText('新增 24 项，变更 0 项，未变 0 项，表中缺失 0 项。')).toBeTruthy();
    const load = port.calls.find((c) => c.method === 'loadLedger');
    expect(load?.method === 'loadLedger' && load.source).toEqual({
      name: EMBEDDED_SEED_NAME,
      text: EMBEDDED_SEED_TEXT,
    });
    expect(load?.method === 'loadLedger' && load.table.tasks.length).toBe(24);
  });

  it('re-imports into an existing ledger and reports the missing tasks', async () => {
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    const { user, panel } = await openImport(port);
    await user.click(within(panel).getByRole('textbox', { name: /粘贴任务表/ }));
    await user.paste(PASTED);
    await within(panel).findByRole('region', { name: '读取结果预览' });
    await user.click(within(panel).getByRole('button', { name: '重新导入并合并' }));
    expect(await within(panel).findByText(/表中缺失 22 项/)).toBeTruthy();
    expect(within(panel).getByText(/缺失的任务仍保留在台账中：3、4、5/)).toBeTruthy();
  });

  it('turns cells copied from Word (HTML on the clipboard) into rows', async () => {
    const { panel } = await openImport(createFakePort([]));
    const area = within(panel).getByRole('textbox', { name: /粘贴任务表/ });
    const html =
      '<table><tr><td><p>序号</p></td><td><p>工作任务</p></td><td><p>负责单位</p></td><td><p>时间进度</p></td></tr>' +
      '<tr><td><p>1</p></td><td><p>建立现代职业学校制度。</p></td><td><p>市教育局</p></td><td><p>持续实施</p></td></tr></table>';
    fireEvent.paste(area, { clipboardData: { getData: (type: string) => (type === 'text/html' ? html : '') } });
    await waitFor(() =>
      expect((area as HTMLTextAreaElement).value).toBe(
        '序号\t工作任务\t负责单位\t时间进度\n1\t建立现代职业学校制度。\t市教育局\t持续实施',
      ),
    );
    expect(await within(panel).findByText(/1 项任务/)).toBeTruthy();
  });

  it('previews in the read-only mode but cannot write', async () => {
    const { user, panel } = await openImport(null);
    await user.click(within(panel).getByRole('button', { name: '使用内置示例表' }));
    expect(await within(panel).findByText(/24 项任务/)).toBeTruthy();
    expect(within(panel).getByRole<HTMLButtonElement>('button', { name: '写入工作簿' }).disabled).toBe(true);
    expect(within(panel).getByText('只读预览中不能写入。请在 Excel 中打开此加载项。')).toBeTruthy();
  });
});
