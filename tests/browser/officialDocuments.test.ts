/**
 * 通报与督办单 in Debian Chromium under the production Content-Security-Policy (workbook-mode page): export the
 * 督查通报 and the 督办单 from the 汇总 panel through the Blob link, and read both back with fflate. No CSP
 * violation, no uncaught error (the `docx` writer loads on click).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/lib/pageHead.mjs';
import { paragraphTexts } from '../officialDocuments/docxXml';
import { buildFixtures } from './fixtures/buildFixtures.mjs';
import { launchChromium, startStaticServer } from './harness';

const TODAY = '2026-11-29';

function documentXml(docx: Uint8Array): string {
  return strFromU8(
    unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'] ?? new Uint8Array(),
  );
}

describe('通报与督办单 in Chromium (workbook mode, production CSP)', () => {
  let fixturesDir = '';
  let fixtures: { url: string; close: () => Promise<void> };
  let browser: Browser;

  beforeAll(async () => {
    fixturesDir = mkdtempSync(join(tmpdir(), 'pane-official-'));
    await buildFixtures(fixturesDir);
    fixtures = await startStaticServer(fixturesDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await fixtures?.close();
    if (fixturesDir) rmSync(fixturesDir, { recursive: true, force: true });
  });

  it('exports the notice and the 督办单 and they open as Word documents', async () => {
    const page = await browser.newPage({
      viewport: { width: 360, height: 900 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const csp = contentSecurityPolicy('local');
    await page.route(/workbook-mode\.html/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    });
    await page.goto(`${fixtures.url}workbook-mode.html?today=${TODAY}`);
    await page.getByRole('tab', { name: '汇总' }).click();
    const panel = page.getByRole('region', { name: '汇总与通报' });
    const facts = await panel.getByTestId('notice-facts').textContent();
    const total = Number(/共 (\d+) 项/.exec(facts ?? '')?.[1]);
    expect(total).toBeGreaterThan(0);

    await panel.getByRole('textbox', { name: '期数' }).fill('9');
    const [notice] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      panel.getByRole('button', { name: '导出通报 (.docx)' }).click(),
    ]);
    expect(notice.suggestedFilename()).toBe(`督查通报第9期（截至${TODAY}）.docx`);
    const texts = paragraphTexts(documentXml(new Uint8Array(readFileSync(await notice.path()))));
    expect(texts).toContain('第9期');
    expect(texts.find((t) => t.startsWith('截至2026年11月29日，共有重点任务'))).toContain(`共有重点任务${total}项`);

    const [letters] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      panel.getByRole('button', { name: '导出督办单' }).click(),
    ]);
    const bytes = new Uint8Array(readFileSync(await letters.path()));
    const names = letters.suggestedFilename().endsWith('.zip')
      ? Object.keys(unzipSync(bytes))
      : [letters.suggestedFilename()];
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => /^督办单-.+（截至2026-11-29）\.docx$/.test(n))).toBe(true);

    expect(await page.evaluate(() => [...(window as unknown as { __csp: string[] }).__csp])).toEqual([]);
    expect(errors).toEqual([]);
  }, 180_000);
});
