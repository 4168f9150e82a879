/**
 * The 填报轮次 panel in Debian Chromium under the production Content-Security-Policy (sent as a header on the
 * test-only workbook-mode page): start a round, download one agency's report through the Blob link, fill it as
 * the agency would, import it back, see the preview and apply it. No CSP violation, no uncaught error.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/lib/pageHead.mjs';
import { forge, WRONG_KEY } from '../reports/forgeReport';
import { fillReport } from '../reports/seedLedger';
import { buildFixtures } from './fixtures/buildFixtures.mjs';
import { launchChromium, startStaticServer } from './harness';

const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));
const TODAY = '2026-11-29';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('rounds panel in Chromium (workbook mode, production CSP)', () => {
  let fixturesDir = '';
  let fixtures: { url: string; close: () => Promise<void> };
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    fixturesDir = mkdtempSync(join(tmpdir(), 'pane-rounds-'));
    await buildFixtures(fixturesDir);
    fixtures = await startStaticServer(fixturesDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await fixtures?.close();
    if (fixturesDir) rmSync(fixturesDir, { recursive: true, force: true });
  });

  it('starts a round, downloads a report, and imports it back filled', async () => {
    const page = await browser.newPage({
      viewport: { width: 320, height: 900 },
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
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`),
      );
    });
    const csp = contentSecurityPolicy('local');
    await page.route(/workbook-mode\.html/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    });
    await page.goto(`${fixtures.url}workbook-mode.html?today=${TODAY}`);

    await page.getByRole('tab', { name: '填报轮次' }).waitFor();
    const cspAtLoad = await page.evaluate(() => [...(window as unknown as { __csp: string[] }).__csp]);
    await page.getByRole('tab', { name: '填报轮次' }).click();
    const panel = page.getByRole('region', { name: '填报轮次' });
    await panel.getByRole('button', { name: '开始新一轮' }).click();
    await panel.getByText('已开始填报轮次“2026年11月”。').waitFor();

    const send = panel.getByRole('region', { name: '下发填报表' });
    await send.getByRole('button', { name: '全不选' }).click();
    await send.getByRole('checkbox', { name: /^市教育局（/ }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      send.getByRole('button', { name: '生成填报表（1 个单位，.xlsx）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('2026年11月-市教育局-进展填报.xlsx');
    const sent = new Uint8Array(readFileSync(await download.path()));
    expect([...sent.slice(0, 2)]).toEqual([0x50, 0x4b]);

    const filled = await fillReport(
      sent,
      new Map([[2, { status: '推进中', progress: '方案已印发', by: '王五', date: '2026-11-20' }]]),
    );
    const receive = panel.getByRole('region', { name: '导入回收的填报表' });
    await page.getByLabel('选择回收的填报表（.xlsx 或 .zip，可多选）').setInputFiles({
      name: '2026年11月-市教育局-进展填报.xlsx',
      mimeType: XLSX_MIME,
      buffer: Buffer.from(filled),
    });
    await receive.getByText('任务 2：未启动 → 推进中').waitFor({ timeout: 30_000 });
    await receive.screenshot({ path: `${resultsDir}pane-rounds-preview-320.png` });
    await receive.getByRole('button', { name: '应用（1 条答复）' }).click();
    await receive.getByText('已应用 1 条答复，跳过 0 条，更新 1 项任务。').waitFor();
    await panel.getByRole('region', { name: '报送情况与催报' }).getByText('市教育局：2026-11-20').waitFor();

    const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    expect(scrollWidth).toBeLessThanOrEqual(320);
    await panel
      .getByRole('region', { name: '报送情况与催报' })
      .screenshot({ path: `${resultsDir}pane-rounds-chase-320.png` });
    // The panel adds no violation: sending, zipping and reading (ExcelJS, fflate, Blob download) all run under the CSP.
    // (At load, zod's cached `Function('')` probe in the model chunk reports one caught `script-src eval`; not this panel's.)
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual(cspAtLoad);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses, in the 接收 preview, a forged report (agency edited, signature recomputed with a wrong key) and an answer for a task no longer assigned; the ledger is unchanged', async () => {
    const page = await browser.newPage({
      viewport: { width: 360, height: 700 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    await page.goto(`${fixtures.url}workbook-mode.html?today=${TODAY}`);
    await page.getByRole('tab', { name: '填报轮次' }).click();
    const panel = page.getByRole('region', { name: '填报轮次' });
    await panel.getByRole('button', { name: '开始新一轮' }).click();
    await panel.getByText('已开始填报轮次“2026年11月”。').waitFor();
    const send = panel.getByRole('region', { name: '下发填报表' });
    await send.getByRole('button', { name: '全不选' }).click();
    await send.getByRole('checkbox', { name: /^市残联（/ }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      send.getByRole('button', { name: '生成填报表（1 个单位，.xlsx）' }).click(),
    ]);
    const sent = new Uint8Array(readFileSync(await download.path()));
    // Task 6: 市人社局 leads, 市残联 supports; as 市人社局 the answer would set the ledger's status.
    const answered = await fillReport(
      sent,
      new Map([[6, { status: '已完成', progress: '全部完成', by: '李四', date: '2026-11-20' }]]),
    );
    const forged = await forge(answered, { edits: { B6: '市人社局' }, resignWith: WRONG_KEY, parts: ['agency'] });
    const ledgerBefore = await page.evaluate(() => window.__ledgerState?.());
    expect(ledgerBefore?.find((r) => r[0] === 6)).toEqual([6, '未启动', '']);

    const receive = panel.getByRole('region', { name: '导入回收的填报表' });
    const input = page.getByLabel('选择回收的填报表（.xlsx 或 .zip，可多选）');
    await input.setInputFiles({
      name: '2026年11月-市人社局-进展填报.xlsx',
      mimeType: XLSX_MIME,
      buffer: Buffer.from(forged),
    });
    await receive
      .getByText('2026年11月-市人社局-进展填报.xlsx：未能读取，整份文件未导入。')
      .waitFor({ timeout: 30_000 });
    await receive.getByText(/填报表的识别信息被改动过：填报单位（文件中为“市人社局”）。签名校验不通过/).waitFor();
    expect(await receive.getByRole('button', { name: /^应用/ }).count()).toBe(0);
    await receive.screenshot({ path: `${resultsDir}pane-rounds-forged-360.png` });

    // 分工 adjusted after sending: 市残联 no longer on task 6. Its genuine answer for task 6 is refused for that row.
    await page.evaluate(() => window.__editInSheet?.(6, { assignments: [{ agency: '市人社局', role: 'lead' }] }));
    await input.setInputFiles({
      name: '2026年11月-市残联-进展填报.xlsx',
      mimeType: XLSX_MIME,
      buffer: Buffer.from(answered),
    });
    await receive
      .getByText(/台账中这项任务的负责单位没有市残联，该单位的填报不能写入；该行未导入。/)
      .waitFor({ timeout: 30_000 });
    await receive.getByText('2026年11月-市残联-进展填报.xlsx：市残联，2026年11月，0 条有效答复。').waitFor();
    expect(await receive.getByRole('button', { name: /^应用/ }).count()).toBe(0);

    expect(await page.evaluate(() => window.__ledgerState?.())).toEqual(ledgerBefore);
    expect(await page.evaluate(() => window.__historyCount?.())).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
