/**
 * dist/ledger.html where the browser gives it more or less than file:// does, in Debian Chromium:
 * - served over plain http from an intranet name (not a secure context: no crypto.subtle), the page says that report
 *   signing needs https or a local file; from file:// and from http://localhost (secure contexts) it does not;
 * - with the File System Access API, 保存台账 writes the ledger back into the file it opened (no download): the picker is
 *   stubbed with a handle from the Origin Private File System, the test reads the file back and finds the status entry,
 *   its history and the warning rule chosen in the settings; a file changed on disk after opening is never overwritten.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFilePort, createLedgerWorkbook, LedgerFile } from '../../src/fileWorkbook';
import { makeTask } from '../workbook/ledgerFixtures';
import { launchChromium, startStaticServer } from './harness';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const ledgerPage = `${dist}ledger.html`;
const INSECURE = /本页不是从安全来源（https 或本机文件）打开的/;
/** The file the stubbed picker hands out, in the page origin's private file system. */
const FILE_NAME = '区县台账.xlsx';

/** Replaces the open picker with one that returns the OPFS file (Chromium's picker needs a person to choose). */
const PICKER_FROM_OPFS = `
  window.showOpenFilePicker = async () => [
    await (await navigator.storage.getDirectory()).getFileHandle(${JSON.stringify(FILE_NAME)}),
  ];
`;

function ledgerTable(title: string) {
  return {
    title,
    sections: [{ no: 1, numeral: '一', title: '基础设施' }],
    tasks: [
      makeTask(1, `${title}：完成老旧小区改造方案`, { deadline: '2026-12-31' }),
      makeTask(2, `${title}：建成社区食堂十处`, { deadline: '2027-06-30' }),
      makeTask(3, `${title}：修订工作制度`, { deadline: '2027-03-31' }),
    ],
    issues: [],
  };
}

/** Writes bytes into the page origin's private file system as FILE_NAME. */
async function putFile(page: Page, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    async ({ name, data }) => {
      const raw = atob(data);
      const buffer = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i += 1) buffer[i] = raw.charCodeAt(i);
      const handle = await (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
      const writable = await handle.createWritable();
      await writable.write(buffer);
      await writable.close();
    },
    { name: FILE_NAME, data: Buffer.from(bytes).toString('base64') },
  );
}

/** Reads FILE_NAME back from the page origin's private file system. */
async function getFile(page: Page): Promise<Uint8Array> {
  const data = await page.evaluate(async (name) => {
    const file = await (await (await navigator.storage.getDirectory()).getFileHandle(name)).getFile();
    const bytes = new Uint8Array(await file.arrayBuffer());
    let raw = '';
    for (let i = 0; i < bytes.length; i += 0x8000) raw += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(raw);
  }, FILE_NAME);
  return new Uint8Array(Buffer.from(data, 'base64'));
}

async function open(bytes: Uint8Array): Promise<LedgerFile> {
  const opened = await LedgerFile.open(bytes);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  return opened.file;
}

/** Enters a status for task `no` in the pane's form and waits for the pane's confirmation. */
async function enterStatus(page: Page, no: number, note: string): Promise<void> {
  await page.getByRole('button', { name: `打开任务 ${no}` }).click();
  const form = page.getByRole('form', { name: '填报进度' });
  await form.getByRole('combobox', { name: /状态/ }).selectOption({ label: '推进中' });
  await form.getByRole('textbox', { name: /进展情况/ }).fill(note);
  await form.getByRole('textbox', { name: /填报人/ }).fill('区住建局 李四');
  await form.getByRole('button', { name: '保存' }).click();
  await page.getByText(`已保存：任务 ${no} 的状态为“推进中”，并记入进展记录。`).waitFor();
}

describe('dist/ledger.html: secure contexts and the File System Access API (Chromium)', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startStaticServer(dist);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('over plain http from an intranet name it says report signing needs https; from file:// it does not', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const html = readFileSync(ledgerPage);
    const requests: string[] = [];
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url === 'http://ledger.intranet.example/ledger.html')
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      else if (url.startsWith('file:')) await route.continue();
      else {
        requests.push(url);
        await route.abort();
      }
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('http://ledger.intranet.example/ledger.html', { waitUntil: 'load' });
    expect(await page.evaluate(() => [window.isSecureContext, typeof crypto.subtle])).toEqual([false, 'undefined']);
    await page.getByText(INSECURE).waitFor();
    // The page still works there: a ledger from the example opens.
    await page.getByRole('button', { name: '用内置示例新建台账' }).click();
    await page.getByRole('button', { name: '打开任务 9' }).waitFor();

    await page.goto(pathToFileURL(ledgerPage).href, { waitUntil: 'load' });
    await page.getByRole('button', { name: '打开台账' }).waitFor();
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    expect(await page.getByText(INSECURE).count()).toBe(0);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('writes the ledger back into the file it opened: the status, its history and the warning rule, no download', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 420, height: 900 } });
    await context.addInitScript(PICKER_FROM_OPFS);
    const page = await context.newPage();
    const errors: string[] = [];
    const downloads: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await page.goto(`${server.url}ledger.html`, { waitUntil: 'load' });
    // http://localhost is a secure context: no warning.
    expect(await page.getByText(INSECURE).count()).toBe(0);
    await putFile(page, await createLedgerWorkbook(ledgerTable('城东区'), 'wb-00000000-1111-2222-3333-666666666666'));

    await page.getByRole('button', { name: '打开台账' }).click();
    await page.getByText(FILE_NAME).waitFor();
    await page.getByRole('button', { name: '打开任务 2' }).waitFor();
    expect(await page.getByTestId('unsaved').count()).toBe(0);

    // The rule, changed in the page's settings, goes into the file's 台账设置 (and marks the page unsaved).
    await page.getByRole('button', { name: /修改截至日期与预警天数/ }).click();
    await page.getByRole('combobox', { name: '预警配色' }).selectOption({ label: '蓝黄红' });
    await page.getByTestId('unsaved').waitFor();
    await page.getByText(/预警天数、配色和“滞后”设置保存在本工作簿的“台账设置”工作表中/).waitFor();
    await enterStatus(page, 2, '已选址 3 处，正在施工');

    await page.getByRole('button', { name: '保存台账' }).click();
    await page.getByText('已保存', { exact: true }).waitFor();
    expect(await page.getByTestId('unsaved').count()).toBe(0);
    expect(downloads).toEqual([]);

    const port = createFilePort(await open(await getFile(page)));
    const ledger = await port.readLedger();
    expect(ledger.warningPreset).toBe('蓝黄红');
    const row = ledger.rows.find((r) => r.no === 2);
    expect([row?.status, row?.progress, row?.reporter]).toEqual(['推进中', '已选址 3 处，正在施工', '区住建局 李四']);
    expect((await port.readHistory(2)).map((e) => [e.previousStatus, e.status, e.note])).toEqual([
      ['未启动', '推进中', '已选址 3 处，正在施工'],
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('never overwrites a file saved elsewhere after it was opened: it says so and keeps the changes', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 420, height: 900 } });
    await context.addInitScript(PICKER_FROM_OPFS);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}ledger.html`, { waitUntil: 'load' });
    await putFile(page, await createLedgerWorkbook(ledgerTable('城西区'), 'wb-00000000-1111-2222-3333-777777777777'));
    await page.getByRole('button', { name: '打开台账' }).click();
    await page.getByRole('button', { name: '打开任务 1' }).waitFor();

    // Someone saves the file in WPS meanwhile (here: another ledger written over it).
    const theirs = await createLedgerWorkbook(
      ledgerTable('城西区（WPS 保存）'),
      'wb-00000000-1111-2222-3333-888888888888',
    );
    await putFile(page, theirs);
    await enterStatus(page, 1, '方案已报审');
    await page.getByRole('button', { name: '保存台账' }).click();
    await page.getByText(/这个文件在打开后已被其他程序（如 WPS 或 Excel）保存过，未覆盖/).waitFor();
    expect(await page.getByTestId('unsaved').count()).toBe(1);
    expect(Buffer.from(await getFile(page)).equals(Buffer.from(theirs))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
