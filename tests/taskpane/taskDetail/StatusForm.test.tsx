// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMBEDDED_SEED_TEXT } from '../../../src/seed/embeddedSeed';
import { App } from '../../../src/taskpane/app/App';
import { REPORTER_KEY } from '../../../src/taskpane/taskDetail/useReporterName';
import { createFakePort, rowsFromText, type FakePort } from '../fakePort';

const TODAY = '2026-11-29';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

/** The validation message a Field ties to its control through aria-describedby. */
function describedBy(control: HTMLElement): string {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

async function openTask(port: FakePort, no: number) {
  const user = userEvent.setup();
  render(<App port={port} today={TODAY} />);
  await user.click(await screen.findByRole('button', { name: `打开任务 ${no}` }));
  const form = await screen.findByRole('form', { name: '填报进度' });
  return { user, form };
}

describe('StatusForm', () => {
  it('shows "请填写填报人" at the 填报人 field when it is empty, and writes nothing', async () => {
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    const { user, form } = await openTask(port, 9);
    const by = within(form).getByRole('textbox', { name: /填报人/ });
    expect((by as HTMLInputElement).value).toBe('');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(by.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(by)).toContain('请填写填报人。');
    expect(port.calls.some((c) => c.method === 'writeStatus')).toBe(false);
  });

  it('writes a valid entry for task 9 with the row version, confirms it, remembers the reporter and shows it in the history', async () => {
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    const version = port.rows.find((r) => r.no === 9)?.version;
    const { user, form } = await openTask(port, 9);
    await user.selectOptions(within(form).getByRole('combobox', { name: /状态/ }), '推进中');
    await user.type(within(form).getByRole('textbox', { name: /进展情况/ }), '已起草教师资格标准');
    await user.type(within(form).getByRole('textbox', { name: /填报人/ }), '张三');
    expect((form.querySelector('input[type="date"]') as HTMLInputElement).value).toBe(TODAY);
    await user.click(within(form).getByRole('button', { name: '保存' }));

    await screen.findByText('已保存：任务 9 的状态为“推进中”，并记入进展记录。');
    expect(port.calls.find((c) => c.method === 'writeStatus')).toEqual({
      method: 'writeStatus',
      no: 9,
      update: { status: '推进中', note: '已起草教师资格标准', date: TODAY, by: '张三' },
      expectedVersion: version,
    });
    expect(localStorage.getItem(REPORTER_KEY)).toBe('张三');
    const history = await screen.findByRole('list', { name: '进展记录' });
    expect(within(history).getByText('未启动 → 推进中')).toBeTruthy();
    expect(within(history).getByText('已起草教师资格标准')).toBeTruthy();
  });

  it('pre-fills the remembered reporter and requires a reason for an extension', async () => {
    localStorage.setItem(REPORTER_KEY, '王五');
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    const { user, form } = await openTask(port, 12);
    expect(within(form).getByRole<HTMLInputElement>('textbox', { name: /填报人/ }).value).toBe('王五');
    await user.click(within(form).getByRole('checkbox', { name: '申请延期' }));
    const newDeadline = within(form).getByLabelText(/新的期限/);
    await user.type(newDeadline, '2027-06-30');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    const reason = within(form).getByRole('textbox', { name: /延期原因/ });
    await waitFor(() => expect(describedBy(reason)).toContain('延期需要写明原因。'));
    expect(port.calls.some((c) => c.method === 'writeStatus')).toBe(false);

    await user.type(reason, '等待省级文件');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    await screen.findByText(/已保存：任务 12/);
    const write = port.calls.find((c) => c.method === 'writeStatus');
    expect(write?.method === 'writeStatus' && write.update.extension).toEqual({
      date: '2027-06-30',
      reason: '等待省级文件',
    });
  });

  it('says what to do on a conflict, and 重新载入 re-reads the ledger', async () => {
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    const { user, form } = await openTask(port, 9);
    port.calls.length = 0;
    // Someone edits the row between the pane's read and this save: the layer answers with a conflict.
    port.failNextWrite({
      ok: false,
      code: 'conflict',
      problem: { code: 'row-edited', params: { no: 1, status: '推进中', reporter: '王五' } },
    });
    await user.type(within(form).getByRole('textbox', { name: /填报人/ }), '张三');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('此任务刚被他人修改')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '重新载入' }));
    await waitFor(() => expect(port.calls.some((c) => c.method === 'readLedger')).toBe(true));
  });

  it("a co-author's sheet edit made after the form was started is a conflict, even though the pane re-read the row meanwhile", async () => {
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    const opened = port.rows.find((r) => r.no === 9)?.version;
    const { user, form } = await openTask(port, 9);
    await user.type(within(form).getByRole('textbox', { name: /进展情况/ }), '我方进展');
    const reads = port.calls.filter((c) => c.method === 'readLedger').length;
    port.editInSheet(9, { status: '滞后', progress: '他人刚写的进展', reporter: '李四' });
    await waitFor(() => expect(port.calls.filter((c) => c.method === 'readLedger').length).toBeGreaterThan(reads));
    await screen.findByText(/他人刚写的进展/);
    await user.type(within(form).getByRole('textbox', { name: /填报人/ }), '张三');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('此任务刚被他人修改')).toBeTruthy();
    expect(port.calls.filter((c) => c.method === 'writeStatus').at(-1)).toMatchObject({ expectedVersion: opened });
    expect(port.rows.find((r) => r.no === 9)).toMatchObject({
      status: '滞后',
      progress: '他人刚写的进展',
      reporter: '李四',
    });

    // After 重新载入 the draft is kept and the next save is checked against the row as re-read.
    await user.click(screen.getByRole('button', { name: '重新载入' }));
    expect(within(form).getByRole<HTMLTextAreaElement>('textbox', { name: /进展情况/ }).value).toBe('我方进展');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    await screen.findByText(/已保存：任务 9/);
    expect(port.rows.find((r) => r.no === 9)).toMatchObject({ progress: '我方进展', reporter: '张三' });
  });

  it('an untouched form follows a sheet edit of the status, so saving does not write the old status back', async () => {
    localStorage.setItem(REPORTER_KEY, '王五');
    const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
    const { form } = await openTask(port, 9);
    const status = within(form).getByRole<HTMLSelectElement>('combobox', { name: /状态/ });
    expect(status.value).toBe('未启动');
    port.editInSheet(9, { status: '推进中' });
    await waitFor(() => expect(status.value).toBe('推进中'));
  });
});
