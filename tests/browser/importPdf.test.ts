/**
 * Import a .pdf in Chromium: the PDFs are printed by Chromium itself (`page.pdf()`) from an HTML table — ruled,
 * two pages long (header repeated, page numbers in the footer), a lead merged over three tasks — and from a
 * screenshot of it (an image-only "scan"). The pane reads them with pdf.js in its worker from dist/pdfjs/,
 * under the page's CSP.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startStaticServer } from './harness';

const distDir = process.env.PANE_DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));
const LEADS = ['市教育局', '市人力资源和社会保障局', '市财政局'];

function tableHtml(): string {
  const rows: string[] = [];
  for (let no = 1; no <= 27; no += 1) {
    const lead = no % 3 === 1 ? `<td rowspan="3">${LEADS[Math.floor(no / 3) % 3]}</td>` : '';
    rows.push(
      `<tr><td>${no}</td><td>第${no}项：完善职业教育体系建设，推进产教融合，健全专业随产业发展动态调整机制。</td>${lead}<td>${no % 2 ? '市财政局' : '各县区人民政府'}</td><td>${(no % 12) + 1}月底前</td></tr>`,
    );
  }
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:"WenQuanYi Micro Hei",sans-serif;font-size:12pt}table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:3px}h1{text-align:center;font-size:20pt}</style></head><body>
<p>附件</p><h1>2016年职业教育重点任务分工</h1>
<table><thead><tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr></thead><tbody>${rows.join('')}</tbody></table>
<p>广元市人民政府办公室</p><p>2016年3月11日</p></body></html>`;
}

describe('importing a .pdf in Chromium', () => {
  let browser: Browser;
  let dist: { url: string; close: () => Promise<void> };
  let tablePdf: Buffer;
  let scanPdf: Buffer;

  beforeAll(async () => {
    dist = await startStaticServer(distDir);
    browser = await launchChromium();
    mkdirSync(resultsDir, { recursive: true });
    const printer = await browser.newPage({ viewport: { width: 800, height: 1100 } });
    await printer.setContent(tableHtml());
    const footer =
      '<div style="font-size:10pt;width:100%;text-align:center">— <span class="pageNumber"></span> —</div>';
    tablePdf = await printer.pdf({
      format: 'A4',
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footer,
      margin: { top: '20mm', bottom: '20mm', left: '15mm', right: '15mm' },
    });
    const shot = await printer.screenshot({ fullPage: true });
    await printer.setContent(
      `<!DOCTYPE html><html><body style="margin:0"><img style="width:100%" src="data:image/png;base64,${shot.toString('base64')}"></body></html>`,
    );
    scanPdf = await printer.pdf({ format: 'A4' });
    await printer.close();
  });

  afterAll(async () => {
    await browser?.close();
    await dist?.close();
  });

  async function openImport(width: number): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'zh-CN' });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      // office.js's telemetry frame is blocked on purpose (docs/runtime.md); any other refusal is ours.
      if (/Content Security Policy|Refused to/i.test(m.text()) && !m.text().includes('telemetryservice'))
        errors.push(m.text());
    });
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${dist.url}taskpane.html`);
    await page.getByRole('tab', { name: '导入' }).click();
    await page.getByRole('region', { name: '导入任务表' }).waitFor();
    return { page, errors, requests };
  }

  it('choosing a two-page PDF shows one table and the preview with every task, its lead and its deadline', async () => {
    const { page, errors, requests } = await openImport(400);
    expect(requests.some((p) => p.includes('pdf'))).toBe(false); // pdf.js is not part of the first load
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: '附件.pdf', mimeType: 'application/pdf', buffer: tablePdf });
    const preview = page.getByRole('region', { name: '读取结果预览' });
    await preview.waitFor({ timeout: 60_000 });
    expect(
      await page.getByText('文档：2016年职业教育重点任务分工 · 日期 2016-03-11 · 未写年份的期限按 2016 年读取').count(),
    ).toBe(1);
    expect(await preview.getByText('2016年职业教育重点任务分工：0 个板块，27 项任务').count()).toBe(1);
    const items = await preview.getByRole('list', { name: '读到的任务' }).getByRole('listitem').allTextContents();
    expect(items).toHaveLength(27);
    // Tasks 1–3 are led by one merged cell, 4–6 by the next, and so on, across the page break.
    expect(items.map((t) => LEADS.findIndex((lead) => t.includes(lead)))).toEqual(
      Array.from({ length: 27 }, (_, i) => Math.floor(i / 3) % 3),
    );
    expect(items[0]).toContain('2016-02-29');
    expect(items[26]).toContain('2016-04-30');
    expect(requests).toContain('/pdfjs/pdf.worker.min.mjs');
    await page.screenshot({ path: `${resultsDir}pane-import-pdf-400.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an image-only PDF gets the refusal that asks for text recognition', async () => {
    const { page, errors } = await openImport(360);
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: '扫描件.pdf', mimeType: 'application/pdf', buffer: scanPdf });
    await page
      .getByText('没有文字层（可能是扫描件或图片），无法读取表格。请先进行文字识别（OCR）或另存为 Word 后导入。', {
        exact: false,
      })
      .waitFor({ timeout: 60_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
