/**
 * Import a .docx in Chromium: choose the file in the import view (Playwright setInputFiles on the pane's file
 * input), see the tables found and the same preview as a paste, with each task's lead and deadline.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docx, p, tbl } from '../documents/docxFixture';
import { launchChromium, startStaticServer } from './harness';

const distDir = process.env.PANE_DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));

const TASKS = tbl(4, [
  ['序号', '工作任务', '牵头单位', '完成时限'],
  [{ text: '一、构建现代职业教育体系', span: 4 }],
  ['1', '建立现代职业学校制度。', { text: '市教育局', vMerge: 'restart' }, '2016年6月30日前'],
  ['2', { paras: ['推进中高职衔接。', '扩大五年制招生。'] }, { vMerge: 'continue' }, '2016年底前'],
  ['3', '加强校企合作。', { vMerge: 'continue' }, '持续实施'],
  ['4', '完善职业教育资助政策。', '市财政局', '2017年第一季度'],
]);
// A category column merged down the left (w:vMerge), no 序号 column: the numbers start the task cells.
const CATEGORY_TASKS = tbl(5, [
  ['类别', '工作任务', '牵头单位', '配合单位', '完成时限'],
  [{ text: '项目建设', vMerge: 'restart' }, '1.建成第二水厂。', '县水利局', '县住建局', '2026年9月底前'],
  [{ vMerge: 'continue' }, '2.改造城区供水管网15公里。', '县住建局', '', '2026年底前'],
  [{ vMerge: 'continue' }, '3.新建污水提升泵站2座。', '县住建局', '县财政局', '2026年11月底前'],
  [{ text: '民生保障', vMerge: 'restart' }, '4.新增普惠托育机构2家。', '县卫健局', '县民政局', '10月底前'],
  [{ vMerge: 'continue' }, '5.开展老年人健康体检。', '县卫健局', '各乡镇', '持续推进'],
]);
const LETTERHEAD = tbl(2, [
  ['广元市人民政府办公室', '文件'],
  ['广府办发〔2016〕1号', ''],
]);

describe('importing a .docx in Chromium', () => {
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
    await page.getByRole('region', { name: '导入任务表' }).waitFor();
    return { page, errors };
  }

  it('choosing a .docx shows its tables, the task table chosen, and the preview with leads and deadlines', async () => {
    const { page, errors } = await openImport(400);
    const bytes = docx({
      body: LETTERHEAD + p('附件') + p('2016年职业教育重点任务分工') + TASKS + p('二〇一六年三月十一日'),
    });
    await page.locator('input[type="file"]').setInputFiles({
      name: '附件.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(bytes),
    });
    const preview = page.getByRole('region', { name: '读取结果预览' });
    await preview.waitFor({ timeout: 30_000 });
    expect(await page.getByText(/找到 2 个表格/).count()).toBe(1);
    expect(await page.getByRole('combobox', { name: '要读取的表格' }).inputValue()).toBe('1');
    expect(
      await page.getByText('文档：2016年职业教育重点任务分工 · 日期 2016-03-11 · 未写年份的期限按 2016 年读取').count(),
    ).toBe(1);
    expect(await preview.getByText('2016年职业教育重点任务分工：1 个板块，4 项任务').count()).toBe(1);
    const items = await preview.getByRole('list', { name: '读到的任务' }).getByRole('listitem').allTextContents();
    expect(items).toHaveLength(4);
    expect(items.map((t) => /市教育局/.test(t))).toEqual([true, true, true, false]);
    expect(items[0]).toContain('2016年6月30日前');
    expect(items[3]).toContain('市财政局');
    expect(items[3]).toContain('2017年第一季度');
    // Outside Excel there is no workbook to read from: the two Excel buttons are not offered.
    expect(await page.getByRole('button', { name: '读取选中区域' }).count()).toBe(0);
    await page.screenshot({ path: `${resultsDir}pane-import-docx-400.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a .docx whose first column is a merged category imports every row, the categories as sections', async () => {
    const { page, errors } = await openImport(360);
    const bytes = docx({ body: p('附件') + p('2026年供水和民生重点任务分工') + CATEGORY_TASKS });
    await page.locator('input[type="file"]').setInputFiles({
      name: '分工.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(bytes),
    });
    const preview = page.getByRole('region', { name: '读取结果预览' });
    await preview.waitFor({ timeout: 30_000 });
    expect(await preview.getByText('2026年供水和民生重点任务分工：2 个板块，5 项任务').count()).toBe(1);
    const items = await preview.getByRole('list', { name: '读到的任务' }).getByRole('listitem').allTextContents();
    expect(items).toHaveLength(5);
    expect(items.map((t) => /县住建局/.test(t))).toEqual([true, true, true, false, false]);
    expect(items[4]).toContain('各乡镇');
    expect(items[3]).toContain('10月底前');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('choosing another table re-reads the preview; a .doc gets the save-as message', async () => {
    const { page } = await openImport(320);
    const bytes = docx({ body: LETTERHEAD + TASKS });
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: '附件.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
    await page
      .getByRole('region', { name: '读取结果预览' })
      .getByText(/4 项任务/)
      .waitFor({ timeout: 30_000 });
    // At 320 px the table picker and its long labels must not widen the pane.
    expect(await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0)).toBeLessThanOrEqual(320);
    const picker = await page.getByRole('combobox', { name: '要读取的表格' }).boundingBox();
    expect(picker && picker.x + picker.width).toBeLessThanOrEqual(320.5);
    await page.screenshot({ path: `${resultsDir}pane-import-docx-320.png`, fullPage: true });
    await page.getByRole('combobox', { name: '要读取的表格' }).selectOption('0');
    await page
      .getByRole('region', { name: '读取结果预览' })
      .getByText(/0 项任务/)
      .waitFor({ timeout: 30_000 });
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: '通知.doc', mimeType: 'application/msword', buffer: ole });
    await page.getByText('请在 Word/WPS 中另存为 .docx 后再选择。', { exact: false }).waitFor({ timeout: 30_000 });
    await page.close();
  });
});
