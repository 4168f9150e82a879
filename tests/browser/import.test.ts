/**
 * The import preview in Debian Chromium (the built dist/taskpane.html, zh-CN), at 400 px and 320 px: a header-less
 * five-column table typed in as Excel's clipboard text, its columns corrected with the role pickers, and a Word/web
 * HTML table whose 牵头单位 cell is merged over three rows. Each task's 牵头, 配合 and deadline are read back from the
 * page; nothing may overflow the pane. Screenshots go to test-results/ (pane-import-preview-320.png is the one in docs/).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startStaticServer } from './harness';

const distDir = process.env.PANE_DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));

const FIVE_COLUMNS = [
  '1\t推进政务数据共享，打通部门之间的数据壁垒。\t市发展改革委\t市大数据局、各区县政府\t2025年第三季度',
  '2\t建设一体化政务服务平台。\t市大数据局\t\t2025年12月底前',
  '3\t开展数字技能培训。\t市人社局\t市财政局\t持续实施',
].join('\n');

const MERGED_LEAD_HTML =
  '<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>' +
  '<tr><td>1</td><td>任务一。</td><td rowspan="3"><p class="MsoNormal">市发展改革委</p></td><td>市财政局</td><td>2025年6月底前</td></tr>' +
  '<tr><td>2</td><td>任务二。</td><td></td><td>2025年第三季度</td></tr>' +
  '<tr><td>3</td><td>任务三。</td><td>市教育局</td><td>持续实施</td></tr></table>';

/** A preview task's fields, term → value. */
async function fieldsOf(page: Page, no: number): Promise<Record<string, string>> {
  const item = page.getByRole('listitem', { name: `任务 ${no}`, exact: true });
  const terms = await item.locator('dt').allTextContents();
  const values = await item.locator('dd').allTextContents();
  return Object.fromEntries(terms.map((t, i) => [t, values[i] ?? '']));
}

/** The page does not scroll sideways, and no element of the preview reaches past the pane's right edge. */
async function assertNoHorizontalOverflow(page: Page, width: number): Promise<void> {
  const overflow = await page.evaluate(() => {
    const region = document.querySelector('[aria-label="读取结果预览"]');
    const wide = [...(region?.querySelectorAll('*') ?? [])]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .map((el) => `${el.tagName}.${el.className}`.slice(0, 80));
    return { scrollWidth: document.scrollingElement?.scrollWidth ?? 0, wide };
  });
  expect(overflow.scrollWidth).toBeLessThanOrEqual(width);
  expect(overflow.wide).toEqual([]);
}

describe('the import preview in Chromium', () => {
  let browser: Browser;
  let dist: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    dist = await startStaticServer(distDir);
    browser = await launchChromium();
    mkdirSync(resultsDir, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await dist?.close();
  });

  async function openImport(width: number): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'zh-CN' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${dist.url}taskpane.html`);
    await page.getByRole('tab', { name: '导入' }).click();
    await page.getByRole('textbox', { name: /粘贴任务表/ }).waitFor({ timeout: 15_000 });
    return { page, errors };
  }

  describe.each([400, 320])('at %i px wide', (width) => {
    it('a header-less five-column table, corrected column by column, shows 牵头, 配合 and the deadline per task', async () => {
      const { page, errors } = await openImport(width);
      await page.getByRole('textbox', { name: /粘贴任务表/ }).focus();
      await page.keyboard.insertText(FIVE_COLUMNS);
      const mapping = page.getByRole('region', { name: '各列的用途' });
      await mapping.waitFor();
      const toggle = page.getByRole('button', { name: '更正列的用途' });
      if ((await toggle.count()) > 0) await toggle.click();
      await page.getByRole('combobox', { name: '第 3 列' }).selectOption({ label: '牵头单位' });
      await page.getByRole('combobox', { name: '第 4 列' }).selectOption({ label: '配合单位' });
      await page.getByRole('combobox', { name: '第 5 列' }).selectOption({ label: '完成时限' });
      await mapping.getByText('列：序号 · 任务 · 牵头单位 · 配合单位 · 完成时限').waitFor();
      expect(await fieldsOf(page, 1)).toEqual({
        牵头: '市发展改革委',
        配合: '市大数据局、各区县政府',
        期限: '2025年第三季度 → 2025-09-30',
      });
      expect(await fieldsOf(page, 2)).toEqual({ 牵头: '市大数据局', 期限: '2025年12月底前 → 2025-12-31' });
      expect(await fieldsOf(page, 3)).toEqual({ 牵头: '市人力资源和社会保障局', 配合: '市财政局', 期限: '持续实施' });
      await assertNoHorizontalOverflow(page, width);
      // The pane scrolls inside its own container: a tall viewport shows the whole preview in one picture.
      await page.setViewportSize({ width, height: 2200 });
      await page
        .getByRole('region', { name: '读取结果预览' })
        .screenshot({ path: `${resultsDir}pane-import-preview-${width}.png` });
      await page.setViewportSize({ width, height: 900 });

      // A role changed again: the preview follows (the 配合 column no longer read).
      await page.getByRole('combobox', { name: '第 4 列' }).selectOption({ label: '其他（不读取）' });
      await mapping.getByText('列：序号 · 任务 · 牵头单位 · 其他（不读取） · 完成时限').waitFor();
      expect(await fieldsOf(page, 1)).toEqual({ 牵头: '市发展改革委', 期限: '2025年第三季度 → 2025-09-30' });
      expect(errors).toEqual([]);
      await page.close();
    });

    it('an HTML table with a 牵头单位 cell merged over three rows gives each of the three tasks that lead', async () => {
      const { page, errors } = await openImport(width);
      await page.getByRole('textbox', { name: /粘贴任务表/ }).evaluate((area, html) => {
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', 'ignored');
        area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, MERGED_LEAD_HTML);
      await page.getByRole('listitem', { name: '任务 3', exact: true }).waitFor();
      expect(await fieldsOf(page, 1)).toEqual({
        牵头: '市发展改革委',
        配合: '市财政局',
        期限: '2025年6月底前 → 2025-06-30',
      });
      expect(await fieldsOf(page, 2)).toEqual({ 牵头: '市发展改革委', 期限: '2025年第三季度 → 2025-09-30' });
      expect(await fieldsOf(page, 3)).toEqual({ 牵头: '市发展改革委', 配合: '市教育局', 期限: '持续实施' });
      await assertNoHorizontalOverflow(page, width);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});
