/**
 * The English pane is English throughout (issue 24): across every view of the preview and after a paste with
 * problems, every text with Chinese characters sits inside an element marked `lang="zh-CN"` — the coordinators' own
 * data (tasks, agencies, schedules) and the official texts (通报, 催报), which stay Chinese by design — never in the
 * pane's own words. WCAG 3.1.2 (Language of Parts) asks for exactly that mark.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtures } from './fixtures/buildFixtures.mjs';
import { launchChromium, startStaticServer } from './harness';

const distDir = process.env.PANE_DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Texts with Chinese characters whose nearest `lang` is not Chinese, with the tag that holds them: text nodes, and the
 * attributes a user meets as words (aria-label, title, placeholder, alt, aria-description, aria-valuetext), whose
 * language is their element's (HTML: `lang` covers the element's attributes that contain text). What the user types
 * into an editable field is theirs and left out; a read-only field shows the pane's text and is checked like any other.
 */
async function unmarkedChinese(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cjk = /[\u3400-\u9fff]/;
    const found: string[] = [];
    const chinese = (el: Element) => (el.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('zh');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!parent || !cjk.test(text) || parent.tagName === 'TEXTAREA') continue;
      if (!chinese(parent)) found.push(`<${parent.tagName.toLowerCase()}> ${text.slice(0, 60)}`);
    }
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input')) {
      if (el.readOnly && cjk.test(el.value) && !chinese(el))
        found.push(`read-only <${el.tagName.toLowerCase()}> ${el.value.slice(0, 60)}`);
    }
    const attributes = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-valuetext'];
    for (const el of document.body.querySelectorAll('*')) {
      for (const name of attributes) {
        const value = el.getAttribute(name);
        if (value && cjk.test(value) && !chinese(el)) found.push(`${name} on <${el.tagName.toLowerCase()}> ${value}`);
      }
    }
    return found;
  });
}

describe('the pane in en-US writes no Chinese of its own', () => {
  let browser: Browser;
  let dist: { url: string; close: () => Promise<void> };
  // The test-only workbook-mode page (a recording port in place of Excel): the status form and the progress log.
  let fixtures: { url: string; close: () => Promise<void> };
  let fixturesDir: string;

  beforeAll(async () => {
    fixturesDir = mkdtempSync(join(tmpdir(), 'ktl-english-fixtures-'));
    await buildFixtures(fixturesDir);
    dist = await startStaticServer(distDir);
    fixtures = await startStaticServer(fixturesDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await dist?.close();
    await fixtures?.close();
    if (fixturesDir) rmSync(fixturesDir, { recursive: true, force: true });
  });

  it('in every view of the preview, and after a paste with problems', async () => {
    const page = await browser.newPage({ viewport: { width: 400, height: 760 }, locale: 'en-US' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${dist.url}taskpane.html`);
    await page.getByTestId('result-count').filter({ hasText: 'Showing 24 of 24 tasks' }).waitFor({ timeout: 15_000 });
    // The page itself says English, so nothing Chinese is marked by the page's own lang (popovers render outside the app).
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');
    // The page's title is the pane's too (the HTML file carries the zh-CN one).
    expect(await page.title()).toBe('Key Task Ledger');
    const leaks: Record<string, string[]> = {};
    leaks.tasks = await unmarkedChinese(page);

    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('combobox', { name: 'Agency' }).waitFor();
    leaks.filters = await unmarkedChinese(page);
    // The agency list (a popover, outside the app's element): each agency with its counts.
    await page.getByRole('combobox', { name: 'Agency' }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    leaks.agencies = await unmarkedChinese(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Filters/ }).click();

    await page.getByRole('button', { name: /^Example date/ }).click();
    leaks.settings = await unmarkedChinese(page);
    await page.keyboard.press('Escape');

    await page.locator('[role="listitem"] button').first().click();
    await page.getByRole('button', { name: /Back/ }).first().waitFor();
    leaks.task = await unmarkedChinese(page);
    await page.getByRole('button', { name: /Back/ }).first().click();

    await page.getByRole('tab', { name: 'Summary' }).click();
    await page.getByTestId('notice').waitFor();
    leaks.summary = await unmarkedChinese(page);
    // The notice stays Chinese by design, marked, with an English line saying what it is.
    expect(await page.getByTestId('notice').getAttribute('lang')).toBe('zh-CN');
    await page.getByText('The notice is written in Chinese, for officials.').waitFor();

    await page.getByRole('tab', { name: 'Rounds' }).click();
    await page.getByRole('button', { name: 'Start round' }).waitFor();
    leaks.rounds = await unmarkedChinese(page);
    // The round's name is the agencies' (prefilled with the month, in Chinese): its field is marked, not the pane's words.
    expect(await page.getByRole('textbox', { name: /Round name/ }).getAttribute('lang')).toBe('zh-CN');
    // A sample round started in the page: who answered, the reminder and the notice (official texts, marked).
    await page.getByRole('button', { name: 'Start round' }).click();
    await page.getByText('Reminder text', { exact: true }).waitFor();
    leaks.round = await unmarkedChinese(page);
    await page.getByRole('button', { name: 'Start round' }).click();
    await page.getByText(/There is already a round named/).waitFor();
    leaks.refusal = await unmarkedChinese(page);

    await page.getByRole('tab', { name: 'Import' }).click();
    const box = page.getByRole('textbox').first();
    await box.waitFor();
    // A paste with problems: a missing cell, an unreadable schedule, a person in the units cell.
    await box.fill(
      '序号\t任务\t牵头单位\t配合单位\t完成时限\n1\t建立台账。\t市发改委\t市财政局\t2026年底前\n2\t开展督查。\t责任领导:张三\t下半年\n3\t通报进展。\t市政府办\t\t另行通知',
    );
    await page
      .getByText(/^Columns/)
      .first()
      .waitFor({ timeout: 10_000 });
    leaks.import = await unmarkedChinese(page);
    // The column pickers, with each column's header and an example cell (the table's own words).
    const correct = page.getByRole('button', { name: 'Correct column roles' });
    if ((await correct.count()) > 0) await correct.click();
    await page.getByRole('group', { name: 'Column roles' }).waitFor();
    leaks.columns = await unmarkedChinese(page);

    expect(errors).toEqual([]);
    expect(leaks).toEqual({
      tasks: [],
      filters: [],
      agencies: [],
      settings: [],
      task: [],
      summary: [],
      rounds: [],
      round: [],
      refusal: [],
      import: [],
      columns: [],
    });
  });

  it('in workbook mode: an open task, a refused and a saved entry, its progress log, and every view', async () => {
    const page = await browser.newPage({ viewport: { width: 400, height: 760 }, locale: 'en-US' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${fixtures.url}workbook-mode.html?today=2026-11-29&locale=en-US`);
    await page.getByTestId('result-count').filter({ hasText: 'Showing 24 of 24 tasks' }).waitFor({ timeout: 15_000 });
    const leaks: Record<string, string[]> = {};
    leaks.tasks = await unmarkedChinese(page);

    await page.getByRole('button', { name: /^As of 2026-11-29/ }).click();
    await page.getByRole('spinbutton').first().waitFor();
    leaks.settings = await unmarkedChinese(page);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Open task 9' }).click();
    const form = page.getByRole('form', { name: 'Report progress' });
    await form.waitFor();
    await page.getByRole('region', { name: 'Progress log' }).waitFor();
    leaks.task = await unmarkedChinese(page);
    // Saved with no reporter: the form names the field in English.
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Enter who reports.').waitFor();
    leaks.refused = await unmarkedChinese(page);
    await form.getByRole('combobox', { name: /Status/ }).selectOption({ label: 'In progress' });
    await form.getByRole('textbox', { name: /Progress/ }).fill('已起草认定办法，正在征求意见');
    await form.getByRole('textbox', { name: /Reported by/ }).fill('市教育局 张三');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved: task 9 is now “In progress”, and the entry is in the progress log.').waitFor();
    await page.getByRole('list', { name: 'Progress log' }).getByText('Not started → In progress').waitFor();
    leaks.saved = await unmarkedChinese(page);
    await page.getByRole('button', { name: /Back/ }).first().click();

    for (const [view, ready] of [
      ['Summary', () => page.getByTestId('notice').waitFor()],
      ['Rounds', () => page.getByRole('button', { name: 'Start round' }).waitFor()],
      ['Import', () => page.getByRole('textbox').first().waitFor()],
    ] as const) {
      await page.getByRole('tab', { name: view }).click();
      await ready();
      leaks[view.toLowerCase()] = await unmarkedChinese(page);
    }

    expect(errors).toEqual([]);
    expect(leaks).toEqual({
      tasks: [],
      settings: [],
      task: [],
      refused: [],
      saved: [],
      summary: [],
      rounds: [],
      import: [],
    });
  });
});
