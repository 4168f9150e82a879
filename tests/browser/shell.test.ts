/**
 * The built add-in outside Office, in real Chromium: office.js (local copy) loads and Office.onReady
 * resolves, the pane renders the embedded seed, no console errors, no request leaves localhost, the CSP
 * <meta> is there; functions.html loads functions.js without errors although CustomFunctions is absent.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startStaticServer } from './harness';

const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));

/**
 * office.js (its Logger in o15apptofilemappingtable.js) frames Microsoft's telemetry proxy 3 s after loading,
 * inside or outside Office. The CSP (default-src 'self', no frame-src) blocks it, and Chromium reports the block
 * as a console error: that one message is expected, and the tests check that no request was made.
 */
const TELEMETRY_FRAME_BLOCKED =
  /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive/;
/** A little longer than office.js's 3 s telemetry timer, so anything it does afterwards is recorded. */
const OFFICE_JS_SETTLE_MS = 3_500;

interface PageRecord {
  requests: string[];
  failedRequests: string[];
  errors: string[];
}

/** Opens a page and records every request, failed request, console error and uncaught exception. */
async function openRecorded(browser: Browser, url: string): Promise<{ page: Page; record: PageRecord }> {
  // The users work in Chinese (the pane takes its language from the browser outside Office); task panes are ~350 px wide.
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 360, height: 800 } });
  const record: PageRecord = { requests: [], failedRequests: [], errors: [] };
  page.on('request', (request) => record.requests.push(request.url()));
  page.on('requestfailed', (request) =>
    record.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) record.failedRequests.push(`${response.url()} HTTP ${response.status()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(message.text());
  });
  page.on('pageerror', (error) => record.errors.push(`uncaught: ${error.message}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, record };
}

/** Console errors other than the expected, blocked telemetry frame. */
function unexpectedErrors(record: PageRecord): string[] {
  return record.errors.filter((text) => !TELEMETRY_FRAME_BLOCKED.test(text));
}

/** Every request stays on the test server (no CDN, no telemetry). */
function offHost(requests: string[], base: string): string[] {
  const origin = new URL(base).origin;
  return requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
}

describe('the built add-in in Chromium (outside Office)', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    if (!existsSync(`${distDir}office-js/office.js`)) {
      throw new Error(
        'dist/ was not built with the local office.js: run `npm run test:browser` (it builds with OFFICE_JS=local).',
      );
    }
    server = await startStaticServer(distDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads office.js locally, resolves Office.onReady and renders the seed read-only', async () => {
    const { page, record } = await openRecorded(browser, `${server.url}taskpane.html`);
    const host = await page.evaluate(async () => (await Office.onReady()).host);
    expect(host).toBeNull();

    await page
      .getByRole('heading', { name: /重点任务台账/ })
      .first()
      .waitFor({ timeout: 20_000 });
    await page
      .getByText(/科学合理设置专业/)
      .first()
      .waitFor({ timeout: 20_000 });

    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    const scripts = await page
      .locator('script[src]')
      .evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).src));
    expect(scripts.some((src) => src.endsWith('/office-js/office.js'))).toBe(true);

    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: `${resultsDir}shell-taskpane.png`, fullPage: false });
    await page.waitForTimeout(OFFICE_JS_SETTLE_MS);

    expect(record.requests).toContain(`${server.url}office-js/o15apptofilemappingtable.js`);
    expect(offHost(record.requests, server.url)).toEqual([]);
    expect(record.failedRequests).toEqual([]);
    expect(unexpectedErrors(record)).toEqual([]);
    await page.close();
  });

  it('loads functions.html and functions.js without errors when CustomFunctions is absent', async () => {
    const { page, record } = await openRecorded(browser, `${server.url}functions.html`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(OFFICE_JS_SETTLE_MS);
    expect(record.requests).toContain(`${server.url}functions.js`);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(offHost(record.requests, server.url)).toEqual([]);
    expect(record.failedRequests).toEqual([]);
    expect(unexpectedErrors(record)).toEqual([]);
    await page.close();
  });

  it('the built functions.js registers every id of the built functions.json (run with a recording CustomFunctions)', () => {
    const ids = (
      JSON.parse(readFileSync(`${distDir}functions.json`, 'utf8')) as { functions: Array<{ id: string }> }
    ).functions.map((f) => f.id);
    const registered = new Map<string, unknown>();
    const sandbox = { CustomFunctions: { associate: (id: string, fn: unknown) => registered.set(id, fn) } };
    runInNewContext(readFileSync(`${distDir}functions.js`, 'utf8'), sandbox, { filename: 'functions.js' });
    expect([...registered.keys()].sort()).toEqual([...ids].sort());
    for (const fn of registered.values()) expect(typeof fn).toBe('function');
  });

  it('serves the manifest, both metadata files and every icon the manifest names', async () => {
    const page = await browser.newPage();
    for (const file of [
      'manifest.xml',
      'functions.json',
      'functions.zh-cn.json',
      'assets/icon-16.png',
      'assets/icon-32.png',
      'assets/icon-64.png',
      'assets/icon-80.png',
      'commands.html',
      'support.html',
    ]) {
      const response = await page.request.get(`${server.url}${file}`);
      expect(response.status(), file).toBe(200);
    }
    await page.close();
  });
});
