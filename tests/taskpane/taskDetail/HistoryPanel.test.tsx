// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { EMBEDDED_SEED_TEXT } from '../../../src/seed/embeddedSeed';
import { App } from '../../../src/taskpane/app/App';
import { HistoryPanel } from '../../../src/taskpane/taskDetail/HistoryPanel';
import { createFakePort, rowsFromText } from '../fakePort';

afterEach(cleanup);

describe('HistoryPanel', () => {
  it('lists the task’s entries newest first, with status change, date, reporter, round and agency of a report, and note', async () => {
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    port.history.push(
      {
        time: '2026-10-25T09:00:00Z',
        no: 9,
        previousStatus: '未启动',
        status: '推进中',
        note: '启动调研',
        date: '2026-10-25',
        by: '张三',
        agency: '',
        round: '',
        answerId: '',
      },
      {
        time: '2026-11-25T09:00:00Z',
        no: 9,
        previousStatus: '推进中',
        status: '滞后',
        note: '省级文件未下发',
        date: '2026-11-25',
        by: '李四',
        agency: '市人力资源和社会保障局',
        round: '2026年11月',
        answerId: 'a1',
      },
      {
        time: '2026-11-26T09:00:00Z',
        no: 3,
        previousStatus: '未启动',
        status: '已完成',
        note: '别的任务',
        date: '2026-11-26',
        by: '王五',
        agency: '',
        round: '',
        answerId: '',
      },
    );
    render(<HistoryPanel no={9} port={port} refreshKey="v1" />);
    const list = await screen.findByRole('list', { name: '进展记录' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      '推进中 → 滞后 · 2026-11-25 · 李四2026年11月 · 市人力资源和社会保障局省级文件未下发',
      '未启动 → 推进中 · 2026-10-25 · 张三启动调研',
    ]);
    expect(port.calls).toEqual([{ method: 'readHistory', no: 9 }]);
  });

  it('says so when there is no entry yet', async () => {
    render(<HistoryPanel no={1} port={createFakePort([])} refreshKey="v1" />);
    expect(await screen.findByText('还没有进展记录。')).toBeTruthy();
  });

  it('offers a retry when reading fails', async () => {
    const user = userEvent.setup();
    const port = createFakePort([]);
    let fail = true;
    const read = port.readHistory.bind(port);
    port.readHistory = (no) => (fail ? Promise.reject(new Error('工作簿正忙')) : read(no));
    render(<HistoryPanel no={1} port={port} refreshKey="v1" />);
    expect(await screen.findByText('读取进展记录失败：工作簿正忙。请点击“重试”。')).toBeTruthy();
    fail = false;
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('还没有进展记录。')).toBeTruthy();
  });

  it('appears under the task opened in the pane', async () => {
    const user = userEvent.setup();
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    port.history.push({
      time: '2026-11-01T00:00:00Z',
      no: 5,
      previousStatus: null,
      status: '推进中',
      note: '已发布',
      date: '2026-11-01',
      by: '赵六',
      agency: '',
      round: '',
      answerId: '',
    });
    render(<App port={port} today="2026-11-29" />);
    await user.click(await screen.findByRole('button', { name: '打开任务 5' }));
    // The log is a lazy chunk: give a busy machine time to load it.
    const list = await screen.findByRole('list', { name: '进展记录' }, { timeout: 10_000 });
    expect(within(list).getByText('推进中')).toBeTruthy();
    expect(within(list).getByText('已发布')).toBeTruthy();
  });
});
