/**
 * The task pane in Debian Chromium: the built dist/taskpane.html outside Office (read-only preview of the seed),
 * and a test-only workbook-mode page (built here by Vite into a temp dir, never into dist/) whose recording
 * WorkbookPort shows what a status entry sends to the workbook layer. At 360 × 700 in zh-CN and en-US: the list gets
 * the room (≥ 4 rows with the filters closed), one scroll area, nothing wider than the pane from 320 to 450 px,
 * agency search that keeps what an input method commits, and every accessible name in the pane's language.
 * Screenshots of each view at 360 px are written to test-results/screenshots/ (ignored by git); `npm run screenshots`
 * copies them over docs/screenshots/, the README's pictures, when a change of the pane should show there.
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
const screenshotsDir = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const TODAY = '2026-11-29';

type Server = { url: string; close: () => Promise<void> };
type Locale = 'zh-CN' | 'en-US';

/** Scrolls the pane's scroll area from top to bottom and collects every task number the list renders, in order. */
async function allTaskNos(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const scroller = document.querySelector<HTMLElement>('[data-testid="pane-scroller"]');
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

async function waitForCount(page: Page, text: string | RegExp): Promise<void> {
  await page.getByTestId('result-count').filter({ hasText: text }).waitFor({ timeout: 15_000 });
}

/** The layout facts the issue is about, read from the live page. */
async function layout(page: Page): Promise<{ scrollWidth: number; scrollAreas: string[]; rowsInView: number }> {
  return page.evaluate(() => {
    // A text box scrolling its own text (the 催报 text) is a control, not a region of the layout.
    const scrollAreas = [...document.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.tagName !== 'TEXTAREA')
      .filter((el) => {
        const style = getComputedStyle(el);
        const scrollsY = /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
        const scrollsX = /(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
        return scrollsY || scrollsX;
      })
      .map((el) => el.dataset.testid ?? el.tagName.toLowerCase());
    const pageScrolls = document.documentElement.scrollHeight > window.innerHeight + 1;
    const rowsInView = [...document.querySelectorAll('[role="listitem"]')].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight + 0.5;
    }).length;
    return {
      scrollWidth: document.documentElement.scrollWidth,
      scrollAreas: pageScrolls ? [...scrollAreas, 'page'] : scrollAreas,
      rowsInView,
    };
  });
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

/** Every accessible name the page gives by attribute (aria-label, title, alt), visible or not. */
async function attributeNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[aria-label], [title], img[alt]')].flatMap((el) =>
      ['aria-label', 'title', 'alt'].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null && v !== ''),
    ),
  );
}

const WORDS: Record<
  Locale,
  { filters: RegExp; agency: string; keyword: string; count: (n: number) => string; tasks: string }
> = {
  'zh-CN': {
    filters: /^筛选/,
    agency: '单位',
    keyword: '关键词',
    count: (n) => `显示 ${n} / 24 项任务`,
    tasks: '任务列表',
  },
  'en-US': {
    filters: /^Filters/,
    agency: 'Agency',
    keyword: 'Keyword',
    count: (n) => `Showing ${n} of 24 tasks`,
    tasks: 'Tasks',
  },
};

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
    mkdirSync(screenshotsDir, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await dist?.close();
    await fixtures?.close();
    if (fixturesDir) rmSync(fixturesDir, { recursive: true, force: true });
  });

  async function openPreview(width: number, height = 700, locale: Locale = 'zh-CN'): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height }, locale });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${dist.url}taskpane.html`);
    await waitForCount(page, WORDS[locale].count(24));
    expect(errors).toEqual([]);
    return page;
  }

  async function openFilters(page: Page, locale: Locale = 'zh-CN'): Promise<void> {
    await page.getByRole('button', { name: WORDS[locale].filters }).click();
    await page.getByRole('combobox', { name: WORDS[locale].agency }).waitFor();
  }

  it('preview (outside Office) shows the 24 seed tasks read-only, with the note', async () => {
    const page = await openPreview(360);
    await expect(page.getByText('在 Excel 中打开此加载项才能编辑').isVisible()).resolves.toBe(true);
    expect(await allTaskNos(page)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    await openFilters(page);
    await expect(page.getByRole('switch', { name: '同步筛选到表格' }).count()).resolves.toBe(0);
    await page.close();
  });

  it('section 2 shows its 7 tasks', async () => {
    const page = await openPreview(360);
    await page.getByRole('button', { name: '二、提升职业教育综合实力（7 项）' }).click();
    await waitForCount(page, '显示 7 / 24 项任务');
    expect(await allTaskNos(page)).toEqual([7, 8, 9, 10, 11, 12, 13]);
    await page.close();
  });

  it('agency 市财政局 as lead shows its task; in any role, all eleven; the chip removes it', async () => {
    const page = await openPreview(360);
    await openFilters(page);
    const agency = page.getByRole('combobox', { name: '单位' });
    await agency.click();
    await agency.fill('市财政');
    await page.getByRole('option', { name: /^市财政局（/ }).click();
    await waitForCount(page, '显示 11 / 24 项任务');
    expect(await allTaskNos(page)).toEqual([2, 6, 9, 10, 14, 15, 16, 17, 18, 19, 20]);
    await page.getByRole('combobox', { name: '角色' }).selectOption({ label: '牵头' });
    await waitForCount(page, '显示 1 / 24 项任务');
    expect(await allTaskNos(page)).toEqual([14]);
    await page.getByRole('button', { name: '筛选 1（已设 1 项）' }).click();
    await page.getByRole('button', { name: '移除筛选：单位：市财政局 · 牵头' }).click();
    await waitForCount(page, '显示 24 / 24 项任务');
    await page.close();
  });

  it('keyword search narrows the list as you type', async () => {
    const page = await openPreview(360);
    await openFilters(page);
    await page.getByRole('searchbox', { name: '关键词' }).pressSequentially('校企合作', { delay: 20 });
    await waitForCount(page, '显示 2 / 24 项任务');
    expect(await allTaskNos(page)).toEqual([12, 18]);
    await page.close();
  });

  it('works from the keyboard: open a task, go back, land on the same task', async () => {
    const page = await openPreview(360);
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
    const page = await browser.newPage({ viewport: { width: 360, height: 700 }, locale: 'zh-CN' });
    await page.goto(`${fixtures.url}workbook-mode.html?today=${TODAY}`);
    await waitForCount(page, '显示 24 / 24 项任务');
    await page.getByRole('button', { name: '打开任务 9' }).click();
    const form = page.getByRole('form', { name: '填报进度' });
    await form.waitFor();
    await form.getByRole('combobox', { name: /状态/ }).selectOption({ label: '推进中' });
    await form.getByRole('textbox', { name: /进展情况/ }).fill('已起草“双师型”教师认定办法，正在征求意见');
    await form.getByRole('textbox', { name: /填报人/ }).fill('市教育局 张三');
    expect(await form.getByLabel(/填报日期/).inputValue()).toBe(TODAY);
    await page.screenshot({ path: `${screenshotsDir}pane-task-360.png` });
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
    await page.close();
  });

  describe.each(['zh-CN', 'en-US'] as const)('at 360 × 700 in %s', (locale) => {
    const w = WORDS[locale];

    it('the list gets the room: ≥ 4 whole task rows with the filters closed, one scroll area, no horizontal overflow', async () => {
      const page = await openPreview(360, 700, locale);
      const facts = await layout(page);
      expect(facts.rowsInView).toBeGreaterThanOrEqual(4);
      expect(facts.scrollAreas).toEqual(['pane-scroller']);
      expect(facts.scrollWidth).toBeLessThanOrEqual(360);
      // A compact header: the view tabs, then the as-of button (its date with the year and a label) and the filter
      // button share a second row at most; the header stays under 80 px, so the list keeps the room.
      const header = await page.locator('header').first().boundingBox();
      const filterButton = await page.getByRole('button', { name: w.filters }).boundingBox();
      await page.screenshot({ path: `${screenshotsDir}pane-tasks-360${locale === 'en-US' ? '-en' : ''}.png` });
      expect(header && header.height).toBeLessThan(80);
      expect(header && filterButton && filterButton.y + filterButton.height <= header.y + header.height + 1).toBe(true);
      await openFilters(page, locale);
      const open = await layout(page);
      expect(open.scrollAreas).toEqual(['pane-scroller']);
      expect(open.scrollWidth).toBeLessThanOrEqual(360);
      if (locale === 'zh-CN') await page.screenshot({ path: `${screenshotsDir}pane-filters-360.png` });
      await page.close();
    });

    it('an IME-style fill replacing the chosen agency keeps the text; 人社 finds the 18 tasks of 市人力资源和社会保障局', async () => {
      const page = await openPreview(360, 700, locale);
      await openFilters(page, locale);
      const agency = page.getByRole('combobox', { name: w.agency });
      await agency.click();
      await agency.fill('市财政');
      await page.getByRole('option', { name: /^市财政局/ }).click();
      await waitForCount(page, w.count(11));
      // fill() selects everything and inserts the new text in one input event, as an input method's commit does.
      await agency.fill('教育');
      expect(await agency.inputValue()).toBe('教育');
      await page.getByRole('option', { name: /^市教育局/ }).waitFor();
      await waitForCount(page, w.count(11));
      await agency.fill('人社');
      await page.getByRole('option', { name: /^市人力资源和社会保障局/ }).click();
      await waitForCount(page, w.count(18));
      expect(await agency.inputValue()).toBe('市人力资源和社会保障局');
      const byAgency = await allTaskNos(page);
      expect(byAgency).toHaveLength(18);
      await agency.fill('');
      await waitForCount(page, w.count(24));
      await page.getByRole('searchbox', { name: w.keyword }).fill('人社');
      await waitForCount(page, w.count(18));
      expect(await allTaskNos(page)).toEqual(byAgency);
      await agency.fill('不存在的局');
      await page
        .getByText(locale === 'en-US' ? 'No matching agency' : '无匹配单位')
        .first()
        .waitFor();
      await page.close();
    });

    it('every accessible name is in the pane language', async () => {
      const page = await openPreview(360, 700, locale);
      await openFilters(page, locale);
      await page.getByRole('searchbox', { name: w.keyword }).fill('校企');
      const names = await attributeNames(page);
      // Fluent's English defaults must never show through.
      expect(names.filter((n) => ['clear', 'Open', `Open ${w.agency}`, 'Dismiss', 'Close'].includes(n))).toEqual([]);
      if (locale === 'zh-CN') {
        expect(names.filter((n) => /[A-Za-z]{3,}/.test(n))).toEqual([]);
        expect(await page.getByRole('button', { name: '展开单位列表' }).getAttribute('tabindex')).toBe('-1');
        await page.getByRole('button', { name: '清空关键词' }).waitFor();
      } else {
        expect(await page.getByRole('button', { name: 'Show the agencies' }).getAttribute('tabindex')).toBe('-1');
        await page.getByRole('button', { name: 'Clear keyword' }).waitFor();
        // Names of controls are English; Chinese appears only in the ledger's own data (agencies, sections, task text).
        const controls = names.filter((n) => !/[\u4e00-\u9fff]/.test(n));
        expect(controls).toEqual(expect.arrayContaining(['Main view', 'Filters 1 (1 set)', 'Tasks']));
      }
      await page.close();
    });

    it('each view fits at 360 px and is photographed', async () => {
      const page = await openPreview(360, 700, locale);
      const suffix = locale === 'en-US' ? '-en' : '';
      await page.getByRole('tab', { name: locale === 'en-US' ? 'Summary' : '汇总' }).click();
      await page.getByTestId('notice').waitFor();
      expect(await page.getByTestId('notice').textContent()).toMatch(
        /^截至\d{4}年\d{1,2}月\d{1,2}日.*临期（7天内到期）\d+项/,
      );
      expect((await layout(page)).scrollAreas.filter((a) => a !== 'pane-scroller')).toEqual([]);
      await assertFits(page, 360, [
        page.getByRole('table', { name: locale === 'en-US' ? 'Progress by section' : '各板块进度' }),
      ]);
      // Column headers never run together: each sits inside its own cell with room to spare.
      const headers = await page
        .getByRole('table')
        .first()
        .locator('thead th')
        .evaluateAll((ths) =>
          ths.map((th) => ({
            text: th.textContent ?? '',
            fits: th.scrollWidth <= th.clientWidth,
            lines: Math.round(th.getBoundingClientRect().height / parseFloat(getComputedStyle(th).lineHeight || '16')),
          })),
        );
      for (const h of headers.slice(1)) expect(h, h.text).toMatchObject({ fits: true, lines: 1 });
      await page.screenshot({ path: `${screenshotsDir}pane-summary-360${suffix}.png`, fullPage: true });
      if (locale === 'zh-CN') {
        await page.getByRole('tab', { name: '导入' }).click();
        await page.getByRole('button', { name: '使用内置示例表' }).click();
        await page.getByRole('region', { name: '读取结果预览' }).waitFor();
        await assertFits(page, 360, [
          page.getByRole('button', { name: '使用内置示例表' }),
          page.getByRole('button', { name: '写入工作簿' }),
        ]);
        await page.screenshot({ path: `${screenshotsDir}pane-import-360.png` });
      }
      await page.close();
    });

    it('the rounds preview: a sample round, one agency’s report workbook, the 催报 list, nothing written', async () => {
      const page = await openPreview(360, 700, locale);
      const en = locale === 'en-US';
      await page.getByRole('tab', { name: en ? 'Rounds' : '填报轮次' }).click();
      const panel = page.getByRole('region', { name: en ? 'Reporting rounds' : '填报轮次' });
      await panel
        .getByRole('button', { name: en ? 'Start round' : '开始新一轮' })
        .first()
        .click();
      await panel
        .getByText(
          en ? /^Sample round “.+” started in this page/ : /^已在本页开始示例轮次“.+”（预览，未写入任何工作簿）。$/,
        )
        .waitFor();
      const send = panel.getByRole('region', { name: en ? 'Send report workbooks' : '下发填报表' });
      await send.getByRole('button', { name: en ? 'Select none' : '全不选' }).click();
      await send.getByRole('checkbox', { name: /^市财政局/ }).check();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        send.getByRole('button', { name: /\.xlsx/ }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/市财政局.*\.xlsx$/);
      await panel.getByRole('region', { name: en ? 'Who answered, and reminders' : '报送情况与催报' }).waitFor();
      expect(await panel.getByRole('button', { name: /应用|Apply/ }).count()).toBe(0);
      expect((await layout(page)).scrollAreas).toEqual(['pane-scroller']);
      expect((await layout(page)).scrollWidth).toBeLessThanOrEqual(360);
      if (!en) await page.screenshot({ path: `${screenshotsDir}pane-rounds-360.png` });
      await page.close();
    });
  });

  it('nothing is wider than the pane from 320 to 450 px wide and 600 to 800 px high, filters open or closed', async () => {
    const page = await openPreview(320, 600);
    for (const [width, height] of [
      [320, 600],
      [360, 700],
      [400, 800],
      [450, 600],
      [450, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const drawer of ['closed', 'open'] as const) {
        const facts = await layout(page);
        expect(facts.scrollWidth, `${width}×${height}, filters ${drawer}`).toBeLessThanOrEqual(width);
        expect(facts.scrollAreas, `${width}×${height}, filters ${drawer}`).toEqual(['pane-scroller']);
        if (drawer === 'closed') {
          await openFilters(page);
          await assertFits(page, width, [
            page.getByRole('searchbox', { name: '关键词' }),
            page.getByRole('combobox', { name: '单位' }),
            page.getByRole('combobox', { name: '角色' }),
            page.getByRole('combobox', { name: '状态' }),
            page.getByRole('combobox', { name: '期限' }),
            page.getByRole('button', { name: '清除筛选' }),
            page.getByRole('tab', { name: '汇总' }),
            page.getByRole('button', { name: /^(截至|示例日期) \d/ }),
          ]);
        }
      }
      await page.getByRole('button', { name: /^筛选/ }).click();
    }
    await page.close();
  });
});
