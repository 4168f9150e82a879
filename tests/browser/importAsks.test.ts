/**
 * Issue 19 in Debian Chromium (the built dist/taskpane.html, outside Excel): a .docx whose first column is a category
 * merged down its tasks imports every row; an unsure paste opens the column roles first; a corrected column is
 * remembered (this page's localStorage, outside Excel) at the next paste of the same header, after a reload too; a
 * year-less table gets its year from the year field. The preview with the column roles open and the year field fits
 * 320–450 px in zh-CN and en-US.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docx, p, tbl } from '../documents/docxFixture';
import { launchChromium, startStaticServer } from './harness';

const distDir = process.env.PANE_DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));

/** 分类 merged down its tasks (vMerge restart / continue), as Word keeps a category column. */
const CATEGORY_TABLE = tbl(5, [
  ['分类', '序号', '工作任务', '责任单位', '完成时限'],
  [{ text: '体系建设', vMerge: 'restart' }, '1', '建立现代职业学校制度。', '市教育局', '2026年6月底前'],
  [{ vMerge: 'continue' }, '2', '推进中高职衔接。', '市教育局、市人社局', '2026年9月底前'],
  [{ vMerge: 'continue' }, '3', '扩大五年制招生。', '市教育局', '2026年底前'],
  [{ text: '保障措施', vMerge: 'restart' }, '4', '完善职业教育资助政策。', '市财政局', '2026年第三季度'],
  [{ vMerge: 'continue' }, '5', '加强督导评估。', '市政府督查室', '持续实施'],
]);

/** No header, and rows that do not agree (the second lacks a cell): the preview is unsure of the column roles. Year-less. */
const UNSURE = [
  '1\t推进政务数据共享。\t市发展改革委\t市大数据局\t第三季度',
  '2\t建设一体化政务服务平台。\t市财政局\t12月底前',
].join('\n');

const HEADER = '序号\t工作任务\t牵头单位\t配合单位\t完成时限';
const YEARLESS = [
  HEADER,
  '1\t建立现代职业学校制度。\t市教育局\t市财政局\t10月底前',
  '2\t完善职业教育资助政策。\t市财政局\t市教育局\t12月底前',
].join('\n');
const SAME_HEADER = [HEADER, '1\t加强校企合作。\t市人社局\t市教育局\t2026年6月底前'].join('\n');

type Locale = 'zh-CN' | 'en-US';
const WORDS = {
  'zh-CN': {
    tab: '导入',
    paste: /粘贴任务表/,
    preview: '读取结果预览',
    roles: '各列的用途',
    year: '期限所在年份',
    tasks: '读到的任务',
  },
  'en-US': {
    tab: 'Import',
    paste: /Paste a task table/,
    preview: 'Preview',
    roles: 'Column roles',
    year: 'Year of the deadlines',
    tasks: 'Tasks read',
  },
} as const;

describe('issue 19: the import asks instead of guessing (Chromium)', () => {
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

  async function openImport(page: Page, locale: Locale = 'zh-CN'): Promise<void> {
    await page.goto(`${dist.url}taskpane.html`);
    await page.getByRole('tab', { name: WORDS[locale].tab }).click();
    await page.getByRole('textbox', { name: WORDS[locale].paste }).waitFor({ timeout: 15_000 });
  }

  async function newPage(width: number, locale: Locale = 'zh-CN'): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openImport(page, locale);
    return { page, errors };
  }

  async function paste(page: Page, text: string, locale: Locale = 'zh-CN'): Promise<void> {
    const box = page.getByRole('textbox', { name: WORDS[locale].paste });
    await box.fill('');
    await box.focus();
    await page.keyboard.insertText(text);
  }

  async function taskTexts(page: Page, locale: Locale = 'zh-CN'): Promise<string[]> {
    return page
      .getByRole('region', { name: WORDS[locale].preview })
      .getByRole('list', { name: WORDS[locale].tasks })
      .getByRole('listitem')
      .allTextContents();
  }

  it('a .docx whose first column is a merged category imports every row', async () => {
    const { page, errors } = await newPage(400);
    const bytes = docx({ body: p('2026年职业教育重点任务分工') + CATEGORY_TABLE });
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: '分类表.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
    const preview = page.getByRole('region', { name: '读取结果预览' });
    await preview.getByRole('listitem', { name: '任务 5', exact: true }).waitFor({ timeout: 30_000 });
    const tasks = await taskTexts(page);
    expect(tasks).toHaveLength(5);
    expect(tasks.map((t) => t.match(/^\d+/)?.[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(tasks[0]).toContain('市教育局');
    expect(tasks[3]).toContain('市财政局');
    expect(tasks[4]).toContain('市政府督查室');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an unsure paste opens the column roles first, before what was read with them', async () => {
    const { page, errors } = await newPage(400);
    await paste(page, UNSURE);
    const preview = page.getByRole('region', { name: '读取结果预览' });
    const roles = preview.getByRole('region', { name: '各列的用途' });
    await roles.getByRole('combobox', { name: '第 1 列' }).waitFor();
    expect(await roles.getByText(/列的用途没有把握/).count()).toBe(1);
    // Open without a click, and above the summary line and the tasks.
    expect(await page.getByRole('button', { name: '更正列的用途' }).count()).toBe(0);
    const before = await preview.evaluate((region) => {
      const mapping = region.querySelector('[aria-label="各列的用途"]');
      const summary = [...region.querySelectorAll('p')].find((el) => /项任务/.test(el.textContent ?? ''));
      return mapping && summary
        ? Boolean(mapping.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING)
        : null;
    });
    expect(before).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a corrected column is remembered at the next paste of the same header, after a reload too, and can be undone', async () => {
    const { page, errors } = await newPage(400);
    await paste(page, YEARLESS);
    const preview = page.getByRole('region', { name: '读取结果预览' });
    await preview.getByRole('button', { name: '更正列的用途' }).click();
    await preview.getByRole('combobox', { name: '第 4 列' }).selectOption({ label: '其他（不读取）' });
    await preview.getByText('列：序号 · 任务 · 牵头单位 · 其他（不读取） · 完成时限').waitFor();

    await page.reload();
    await openImport(page);
    await paste(page, SAME_HEADER);
    await preview.getByText('列：序号 · 任务 · 牵头单位 · 其他（不读取） · 完成时限').waitFor();
    expect(await preview.getByText('已按你上次对同样表头的表格所做的更正设置各列用途。').count()).toBe(1);
    expect(await taskTexts(page)).toEqual([expect.not.stringContaining('配合')]);

    await preview.getByRole('button', { name: '撤销，按自动识别' }).click();
    await preview.getByText('列：序号 · 任务 · 牵头单位 · 配合单位 · 完成时限').waitFor();
    await paste(page, YEARLESS);
    await preview.getByText('列：序号 · 任务 · 牵头单位 · 配合单位 · 完成时限').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a year-less table gets its year from the year field', async () => {
    const { page, errors } = await newPage(400);
    await paste(page, YEARLESS);
    const preview = page.getByRole('region', { name: '读取结果预览' });
    const first = preview.getByRole('listitem', { name: '任务 1', exact: true });
    await first.waitFor();
    expect(await first.textContent()).not.toContain('2026-10-31');
    await preview.getByRole('textbox', { name: '期限所在年份' }).fill('2026');
    await first.getByText('10月底前 → 2026-10-31').waitFor();
    expect(await preview.getByRole('listitem', { name: '任务 2', exact: true }).textContent()).toContain(
      '12月底前 → 2026-12-31',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  describe.each([
    [320, 'zh-CN'],
    [450, 'zh-CN'],
    [320, 'en-US'],
    [450, 'en-US'],
  ] as const)('at %i px in %s', (width, locale) => {
    it('the column roles with readings, and the year field, fit the pane', async () => {
      const { page, errors } = await newPage(width, locale);
      const words = WORDS[locale];
      await paste(page, UNSURE, locale);
      const preview = page.getByRole('region', { name: words.preview });
      await preview.getByRole('region', { name: words.roles }).getByRole('combobox').first().waitFor();
      await preview.getByRole('textbox', { name: words.year }).waitFor();
      const overflow = await page.evaluate((label) => {
        const region = document.querySelector(`[aria-label="${label}"]`);
        const wide = [...(region?.querySelectorAll('*') ?? [])]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .map((el) => `${el.tagName}.${el.className}`.slice(0, 80));
        return { scrollWidth: document.scrollingElement?.scrollWidth ?? 0, wide };
      }, words.preview);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(width);
      expect(overflow.wide).toEqual([]);
      await page.setViewportSize({ width, height: 2400 });
      await preview.screenshot({
        path: `${resultsDir}pane-import-asks-${width}${locale === 'en-US' ? '-en' : ''}.png`,
      });
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});
