/**
 * dist/ledger.html, the offline page, opened from file:// in Debian Chromium without the File System Access API
 * (so opening is an <input type=file> and saving a download, as on browsers that lack it): a new ledger from the
 * embedded example, a status entry, a save, the saved file opened again with its status and history. No request may
 * leave the page (every URL but file: and blob: is refused and recorded), and no page or console error may occur.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness';

const ledgerPage = fileURLToPath(new URL('../../dist/ledger.html', import.meta.url));

/** Removes the File System Access API before the page's script runs (Chromium has it on file://). */
const WITHOUT_FILE_SYSTEM_ACCESS = `
  for (const name of ['showOpenFilePicker', 'showSaveFilePicker', 'showDirectoryPicker']) delete window[name];
`;

interface Recorded {
  context: BrowserContext;
  page: Page;
  /** Requests to anything but file: and blob: URLs (all refused). */
  requests: string[];
  errors: string[];
}

async function openPage(browser: Browser, locale: 'zh-CN' | 'en-US'): Promise<Recorded> {
  const context = await browser.newContext({ locale, viewport: { width: 420, height: 900 }, acceptDownloads: true });
  await context.addInitScript(WITHOUT_FILE_SYSTEM_ACCESS);
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('blob:')) await route.continue();
    else {
      requests.push(url);
      await route.abort();
    }
  });
  const page = await context.newPage();
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('file:') && !url.startsWith('blob:') && !url.startsWith('data:') && !requests.includes(url))
      requests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.goto(pathToFileURL(ledgerPage).href, { waitUntil: 'load' });
  return { context, page, requests, errors };
}

describe('dist/ledger.html from file:// (Chromium, no File System Access API)', () => {
  let browser: Browser;
  let scratch: string;

  beforeAll(async () => {
    if (!existsSync(ledgerPage))
      throw new Error('dist/ledger.html is missing: run `npm run test:browser` (it builds first).');
    browser = await launchChromium();
    scratch = mkdtempSync(join(tmpdir(), 'ktl-ledger-page-'));
  });

  afterAll(async () => {
    await browser?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('is one file: no <script src>, no stylesheet link, a CSP with a script hash and no unsafe-eval, no office.js', () => {
    const html = readFileSync(ledgerPage, 'utf8');
    expect(html).not.toMatch(/<script\b[^>]*\bsrc=/);
    expect(html).not.toMatch(/<link\b[^>]*rel="(stylesheet|modulepreload)"/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(csp).toContain(`connect-src 'none'`);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(html).not.toMatch(/appsforoffice|office-js\//);
  });

  it('zh-CN: example → new ledger, a status entry, save (a download), open the saved file again: status and history are there', async () => {
    const { context, page, requests, errors } = await openPage(browser, 'zh-CN');
    expect(await page.evaluate(() => typeof (window as { showOpenFilePicker?: unknown }).showOpenFilePicker)).toBe(
      'undefined',
    );
    await page.getByRole('button', { name: '用内置示例新建台账' }).click();
    await page.getByTestId('unsaved').waitFor();
    expect(await page.getByTestId('unsaved').textContent()).toContain('有未保存的更改');

    await page.getByRole('button', { name: '打开任务 9' }).click();
    const form = page.getByRole('form', { name: '填报进度' });
    await form.getByRole('combobox', { name: /状态/ }).selectOption({ label: '推进中' });
    await form.getByRole('textbox', { name: /进展情况/ }).fill('已起草认定办法，正在征求意见');
    await form.getByRole('textbox', { name: /填报人/ }).fill('市教育局 张三');
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存：任务 9 的状态为“推进中”，并记入进展记录。').waitFor();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '保存台账' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('重点任务台账.xlsx');
    const saved = join(scratch, 'saved.xlsx');
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');
    await page.getByText('已保存', { exact: true }).waitFor();
    expect(await page.getByTestId('unsaved').count()).toBe(0);

    // Open the saved file in a fresh page, through the <input type=file> the page creates.
    await page.reload({ waitUntil: 'load' });
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '打开台账' }).click();
    await (await choosing).setFiles(saved);
    await page.getByText('saved.xlsx').waitFor();
    await page.getByRole('button', { name: '打开任务 9' }).click();
    const history = page.getByRole('list', { name: '进展记录' });
    await history.getByText('未启动 → 推进中').waitFor();
    await history.getByText('已起草认定办法，正在征求意见').waitFor();
    expect(await page.getByTestId('unsaved').count()).toBe(0);

    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks before leaving with unsaved changes (beforeunload), and not when nothing changed', async () => {
    const { context, page, errors } = await openPage(browser, 'zh-CN');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.getByRole('button', { name: '打开台账' }).click({ trial: true });
    await page.reload({ waitUntil: 'load' });
    expect(dialogs).toEqual([]);
    await page.getByRole('button', { name: '用内置示例新建台账' }).click();
    await page.getByTestId('unsaved').waitFor();
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(dialogs).toEqual(['beforeunload']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('en-US: the toolbar and the pane speak English, with no request and no error', async () => {
    const { context, page, requests, errors } = await openPage(browser, 'en-US');
    await page.getByRole('button', { name: 'New ledger from the example' }).click();
    await page.getByText('Unsaved changes').waitFor();
    await page.getByRole('button', { name: 'Save ledger' }).waitFor();
    await page.getByRole('button', { name: 'Open task 9' }).waitFor();
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
