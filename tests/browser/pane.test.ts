/**
 * The task pane in Debian Chromium: the built dist/taskpane.html outside Office (read-only preview of the seed,
 * filters), and a test-only workbook-mode page (built here by Vite into a temp dir, never into dist/) whose
 * recording WorkbookPort shows what a status entry sends to the workbook layer. Screenshots of the main screens go
 * to test-results/, at 400 px and at 320 px, where nothing may overflow or be clipped.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortCall } from '../taskpane/fakePort';
import { buildFixtures } from './fixtures/buildFixtures.mjs';
import { launchChromium, startStaticServer } from './harness';

const distDir = process.env.PANE_DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));
const TODAY = '2026-11-29';

type Server = { url: string; close: () => Promise<void> };

/** Scrolls the virtualised list from top to bottom and collects every task number it renders, in order. */
async function allTaskNos(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const scroller = document.querySelector<HTMLElement>('[data-testid="task-scroller"]');
    if (!scroller) return [];
    const seen = new Map<number, number>();
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    scroller.scrollTop = 0;
    await frame();
    for (let guard = 0; guard < 500; guard += 1) {
      for (const item of scroller.querySelectorAll<HTMLElement>('[role="listitem"]')) {
        seen.set(Number(item.dataset.index), Number(item.dataset.taskNo));
      }
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
      scroller.scrollTop += Math.max(100, scroller.clientHeight - 50);
      await frame();
    }
    scroller.scrollTop = 0;
    return [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([, no]) => no);
  });
}

async function waitForCount(page: Page, text: string): Promise<void> {
  await page.getByTestId('result-count').filter({ hasText: text }).waitFor({ timeout: 15_000 });
}

/** No horizontal scrolling, and each control's box lies inside the viewport. */
async function assertFits(page: Page, width: number, controls: Locator[]): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
  expect(scrollWidth).toBeLessThanOrEqual(width);
  for (const control of controls) {
    const box = await control.boundingBox();
    expect(box, `${control.toString()} is visible`).not.toBeNull();
    if (!box) continue;
    expect(box.x, `${control.toString()} left edge`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${control.toString()} right edge`).toBeLessThanOrEqual(width + 0.5);
  }
}

function filterControls(page: Page): Locator[] {
  return [
    page.getByRole('searchbox', { name: '关键词' }),
    page.getByRole('combobox', { name: '单位' }),
    page.getByRole('combobox', { name: '角色' }),
    page.getByRole('combobox', { name: '状态' }),
    page.getByRole('combobox', { name: '期限' }),
    page.getByRole('button', { name: '清除筛选' }),
    page.getByRole('tab', { name: '汇总' }),
    page.getByLabel('截至日期'),
    page.getByLabel('预警天数'),
    page.getByRole('button', { name: /^四、/ }),
    page.getByRole('button', { name: '打开任务 1' }),
  ];
}

describe('the task pane in Chromium', () => {
  let browser: Browser;
  let dist: Server;
  let fixtures: Server;
  let fixturesDir: string;

  beforeAll(async () => {
    fixturesDir = mkdtempSync(join(tmpdir(), 'ktl-pane-fixtures-'));
    await buildFixtures(fixturesDir);
    dist = await startStaticServer(distDir);
    fixtures = await startStaticServer(fixturesDir);
    browser = await launchChromium();
    mkdirSync(resultsDir, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await dist?.close();
    await fixtures?.close();
    if (fixturesDir) rmSync(fixturesDir, { recursive: true, force: true });
  });

  async function openPreview(width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 820 }, locale: 'zh-CN' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${dist.url}taskpane.html`);
    await waitForCount(page, '显示 24 / 24 项任务');
    expect(errors).toEqual([]);
    return page;
  }

  it('preview (outside Office) shows the 24 seed tasks read-only, with the note', async () => {
    const page = await openPreview(400);
    await expect(page.getByText('在 Excel 中打开此加载项才能编辑').isVisible()).resolves.toBe(true);
    expect(await allTaskNos(page)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    await expect(page.getByRole('switch', { name: '同步筛选到表格' }).count()).resolves.toBe(0);
    await page.screenshot({ path: `${resultsDir}pane-preview-400.png` });
    await page.close();
  });

  it('section 2 shows its 7 tasks', async () => {
    const page = await openPreview(400);
    await page.getByRole('button', { name: '二、提升职业教育综合实力（7 项）' }).click();
    await waitForCount(page, '显示 7 / 24 项任务');
    expect(await allTaskNos(page)).toEqual([7, 8, 9, 10, 11, 12, 13]);
    await page.screenshot({ path: `${resultsDir}pane-section2-400.png` });
    await page.close();
  });

  it('agency 市财政局 as lead shows its task; in any role, all eleven', async () => {
    const page = await openPreview(400);
    const agency = page.getByRole('combobox', { name: '单位' });
    await agency.click();
    await agency.fill('市财政');
    await page.getByRole('option', { name: /^市财政局（/ }).click();
    await waitForCount(page, '显示 11 / 24 项任务');
    expect(await allTaskNos(page)).toEqual([2, 6, 9, 10, 14, 15, 16, 17, 18, 19, 20]);
    await page.getByRole('combobox', { name: '角色' }).selectOption({ label: '牵头' });
    await waitForCount(page, '显示 1 / 24 项任务');
    expect(await allTaskNos(page)).toEqual([14]);
    await page.screenshot({ path: `${resultsDir}pane-agency-lead-400.png` });
    await page.close();
  });

  it('keyword search narrows the list as you type', async () => {
    const page = await openPreview(400);
    await page.getByRole('searchbox', { name: '关键词' }).pressSequentially('校企合作', { delay: 20 });
    await waitForCount(page, '显示 2 / 24 项任务');
    expect(await allTaskNos(page)).toEqual([12, 18]);
    await page.close();
  });

  it('works from the keyboard: open a task, go back, land on the same task', async () => {
    const page = await openPreview(400);
    await page.getByRole('button', { name: '打开任务 2' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '任务 2' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('任务 2');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await waitForCount(page, '显示 24 / 24 项任务');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === '打开任务 2');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('打开任务 1');
    await page.close();
  });

  it('workbook mode: a status entry for task 9 reaches the workbook layer with the right values', async () => {
    const page = await browser.newPage({ viewport: { width: 400, height: 820 }, locale: 'zh-CN' });
    await page.goto(`${fixtures.url}workbook-mode.html?today=${TODAY}`);
    await waitForCount(page, '显示 24 / 24 项任务');
    await page.getByRole('button', { name: '打开任务 9' }).click();
    const form = page.getByRole('form', { name: '填报进度' });
    await form.waitFor();
    await form.getByRole('combobox', { name: /状态/ }).selectOption({ label: '推进中' });
    await form.getByRole('textbox', { name: /进展情况/ }).fill('已起草“双师型”教师认定办法，正在征求意见');
    await form.getByRole('textbox', { name: /填报人/ }).fill('市教育局 张三');
    expect(await form.getByLabel(/填报日期/).inputValue()).toBe(TODAY);
    await page.screenshot({ path: `${resultsDir}pane-status-form-400.png`, fullPage: true });
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存：任务 9 的状态为“推进中”，并记入进展记录。').waitFor();

    const calls = await page.evaluate(() => window.__portCalls ?? []);
    const writes = calls.filter((c: PortCall) => c.method === 'writeStatus');
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({
      method: 'writeStatus',
      no: 9,
      update: { status: '推进中', note: '已起草“双师型”教师认定办法，正在征求意见', date: TODAY, by: '市教育局 张三' },
    });
    expect(typeof (writes[0] as Extract<PortCall, { method: 'writeStatus' }>).expectedVersion).toBe('string');
    await page.getByRole('list', { name: '进展记录' }).getByText('未启动 → 推进中').waitFor();
    await page.screenshot({ path: `${resultsDir}pane-status-saved-400.png`, fullPage: true });
    await page.close();
  });

  describe.each([400, 320])('at %i px wide', (width) => {
    it('the list screen fits without clipped controls', async () => {
      const page = await openPreview(width);
      await assertFits(page, width, filterControls(page));
      await page.screenshot({ path: `${resultsDir}pane-list-${width}.png` });
      await page.close();
    });

    it('the import preview and the summary fit', async () => {
      const page = await openPreview(width);
      await page.getByRole('tab', { name: '导入' }).click();
      await page.getByRole('button', { name: '使用内置示例表' }).click();
      await page.getByRole('region', { name: '读取结果预览' }).waitFor();
      await assertFits(page, width, [
        page.getByRole('button', { name: '使用内置示例表' }),
        page.getByRole('textbox', { name: /粘贴任务表/ }),
        page.getByRole('button', { name: '写入工作簿' }),
      ]);
      await page.screenshot({ path: `${resultsDir}pane-import-${width}.png`, fullPage: true });
      await page.getByRole('tab', { name: '汇总' }).click();
      await page.getByTestId('notice').waitFor();
      expect(await page.getByTestId('notice').textContent()).toMatch(/^截至\d{4}年\d{1,2}月\d{1,2}日/);
      await assertFits(page, width, [page.getByRole('button', { name: '复制通报' }), page.getByRole('table', { name: '各板块进度' })]);
      await page.screenshot({ path: `${resultsDir}pane-summary-${width}.png`, fullPage: true });
      await page.close();
    });

    it('the workbook-mode task screen (form and history) fits', async () => {
      const page = await browser.newPage({ viewport: { width, height: 820 }, locale: 'zh-CN' });
      await page.goto(`${fixtures.url}workbook-mode.html?today=${TODAY}`);
      await waitForCount(page, '显示 24 / 24 项任务');
      await assertFits(page, width, [...filterControls(page), page.getByRole('switch', { name: '同步筛选到表格' })]);
      await page.getByRole('button', { name: '打开任务 2' }).click();
      const form = page.getByRole('form', { name: '填报进度' });
      await form.waitFor();
      await form.getByRole('checkbox', { name: '申请延期' }).check();
      await assertFits(page, width, [
        form.getByRole('combobox', { name: /状态/ }),
        form.getByRole('textbox', { name: /进展情况/ }),
        form.getByLabel(/填报日期/),
        form.getByRole('textbox', { name: /填报人/ }),
        form.getByLabel(/新的期限/),
        form.getByRole('textbox', { name: /延期原因/ }),
        form.getByRole('button', { name: '保存' }),
        page.getByRole('button', { name: /返回列表/ }),
      ]);
      await page.screenshot({ path: `${resultsDir}pane-task-${width}.png`, fullPage: true });
      await page.close();
    });
  });
});
