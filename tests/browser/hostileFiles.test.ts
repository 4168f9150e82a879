/**
 * Issue 21 in Chromium: the worst crafted Word files chosen in the import view, and the worst crafted report
 * workbooks and zips chosen under 接收 (workbook mode), end in their refusal (or a bounded read), worded in
 * Chinese, and the page stays responsive (it answers and the next file is read).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docx, documentXml, tbl, type CellSpec } from '../documents/docxFixture';
import { rawZip } from '../ooxml/rawZip';
import {
  rawReport,
  withBomb,
  withColBomb,
  withMergeBomb,
  withValidationBomb,
  withWideRow,
  zipOfAliases,
} from '../reports/craftedFiles';
import { fillReport } from '../reports/seedLedger';
import { buildFixtures } from './fixtures/buildFixtures.mjs';
import { launchChromium, startStaticServer } from './harness';

const distDir = process.env.PANE_DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));

function mergedDown(text: string, rows: number, columns: number): string {
  const first = tbl(columns, [Array.from({ length: columns }, (): CellSpec => ({ text, vMerge: 'restart' }))]);
  const continued = `<w:tr>${'<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>'.repeat(columns)}</w:tr>`;
  return first.replace('</w:tbl>', `${continued.repeat(rows - 1)}</w:tbl>`);
}

function nestedMerges(depth: number, rows: number): string {
  const down = (first: CellSpec): string =>
    tbl(1, [[first], ...Array.from({ length: rows - 1 }, () => [{ vMerge: 'continue' as const }])]);
  let inner = down({ text: '任务'.repeat(50), vMerge: 'restart' });
  for (let d = 1; d < depth; d += 1) inner = down({ raw: `${inner}<w:p/>`, vMerge: 'restart' });
  return inner;
}

const TASKS = tbl(3, [
  ['序号', '工作任务', '牵头单位'],
  ['1', '建立现代职业学校制度。', '市教育局'],
]);
const hidden = rawZip([
  ...Array.from({ length: 100_000 }, (_, i) => ({
    name: `x/${i}`,
    data: new Uint8Array(0),
    method: 0 as const,
    listed: false,
  })),
  { name: 'word/document.xml', data: new TextEncoder().encode(documentXml(TASKS)) },
]);

const CASES: [string, Uint8Array, RegExp][] = [
  [
    '100 KB merged down 6,000 rows × 64 columns',
    docx({ body: mergedDown('长'.repeat(100_000), 6_000, 64), level: 9 }),
    /XML 元素/,
  ],
  [
    '100 KB merged down 3,000 rows',
    docx({ body: mergedDown('长'.repeat(100_000), 3_000, 1), level: 9 }),
    /展开合并单元格后将超过 20000000 个字符/,
  ],
  ['tables nested 8 deep, each merged over 10 rows', docx({ body: nestedMerges(8, 10) }), /展开合并单元格后将超过/],
  [
    '5,000,000 empty paragraphs',
    docx({ body: '<w:p/>'.repeat(5_000_000) + TASKS, level: 9 }),
    /超过 400000 个 XML 元素/,
  ],
  [
    '4,990 nested content controls',
    docx({ body: `${'<w:sdt><w:sdtContent>'.repeat(4_990)}${TASKS}${'</w:sdtContent></w:sdt>'.repeat(4_990)}` }),
    /嵌套超过 128 层/,
  ],
  ['100,000 records the directory does not list', hidden, /压缩结构自相矛盾（unlisted-bytes）/],
];

describe('crafted Word files in Chromium', () => {
  let browser: Browser;
  let dist: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    dist = await startStaticServer(distDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await dist?.close();
  });

  async function choose(page: Page, name: string, bytes: Uint8Array): Promise<void> {
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  }

  it('each ends in its refusal, and the page still answers and reads the next file', async () => {
    const page = await browser.newPage({ viewport: { width: 400, height: 900 }, locale: 'zh-CN' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('crash', () => errors.push('renderer crashed'));
    await page.goto(`${dist.url}taskpane.html`);
    await page.getByRole('tab', { name: '导入' }).click();
    await page.getByRole('region', { name: '导入任务表' }).waitFor();
    for (const [name, bytes, refusal] of CASES) {
      await choose(page, `${name}.docx`, bytes);
      await page.getByText(refusal).first().waitFor({ timeout: 30_000 });
      // Responsive: the page evaluates a script at once.
      expect(await page.evaluate(() => 1 + 1), name).toBe(2);
    }
    await choose(page, '附件.docx', docx({ body: TASKS }));
    await page
      .getByRole('region', { name: '读取结果预览' })
      .getByText(/1 项任务/)
      .waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});

describe('crafted report workbooks and zips in Chromium (接收, workbook mode)', () => {
  const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  let fixturesDir = '';
  let fixtures: { url: string; close: () => Promise<void> };
  let browser: Browser;

  beforeAll(async () => {
    fixturesDir = mkdtempSync(join(tmpdir(), 'pane-hostile-'));
    await buildFixtures(fixturesDir);
    fixtures = await startStaticServer(fixturesDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await fixtures?.close();
    if (fixturesDir) rmSync(fixturesDir, { recursive: true, force: true });
  });

  it('each ends in a bounded read or its refusal, and the page still answers and reads the honest file', async () => {
    const page = await browser.newPage({
      viewport: { width: 360, height: 900 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('crash', () => errors.push('renderer crashed'));
    await page.goto(`${fixtures.url}workbook-mode.html?today=2026-11-29`);
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
    const sent = new Uint8Array(readFileSync(await download.path()));
    const filled = await fillReport(
      sent,
      new Map([[2, { status: '推进中', progress: '方案已印发', by: '王五', date: '2026-11-20' }]]),
    );
    const read = /：市教育局，2026年11月，1 条有效答复。/;
    const refused = (why: RegExp): RegExp[] => [/：未能读取，整份文件未导入。/, why];
    const cases: [string, Uint8Array, RegExp[]][] = [
      ['merge-A1-XFD1048576.xlsx', withMergeBomb(filled), [read]],
      ['cols-50000000.xlsx', withColBomb(filled), [read]],
      ['validation-300000-rows.xlsx', withValidationBomb(filled), [read]],
      ['row-of-16384-cells.xlsx', withWideRow(filled), [read]],
      [
        'hidden-record.xlsx',
        rawReport(filled, { hidden: [{ name: 'xl/x.bin', data: new Uint8Array(64 * 1024 * 1024), listed: false }] }),
        refused(/压缩结构自相矛盾（unlisted-bytes/),
      ],
      [
        'leading-slash.xlsx',
        rawReport(filled, { rename: { 'xl/worksheets/sheet1.xml': '/xl/worksheets/sheet1.xml' } }),
        refused(/压缩结构自相矛盾（bad-name/),
      ],
      [
        'styles-bomb.xlsx',
        withBomb(filled, 256 * 1024 * 1024, 1_000, 'xl/styles.xml'),
        refused(/压缩结构自相矛盾（size-mismatch/),
      ],
      ['5000-aliases.zip', zipOfAliases(filled, 5_000), refused(/5000 个部件，超过 1000 个的上限/)],
    ];
    const input = page.getByLabel('选择回收的填报表（.xlsx 或 .zip，可多选）');
    const receive = panel.getByRole('region', { name: '导入回收的填报表' });
    for (const [name, bytes, expected] of cases) {
      await input.setInputFiles({ name, mimeType: XLSX_MIME, buffer: Buffer.from(bytes) });
      // The first line names this file (so a line left from the file before cannot pass); the reason follows it.
      const [first, ...rest] = expected.map((e, i) =>
        i === 0 ? new RegExp(`${name.replace(/[.]/g, '\\.')}${e.source}`) : e,
      );
      for (const text of [first!, ...rest]) await receive.getByText(text).first().waitFor({ timeout: 60_000 });
      expect(await page.evaluate(() => 1 + 1), name).toBe(2);
    }
    await input.setInputFiles({
      name: '2026年11月-市教育局-进展填报.xlsx',
      mimeType: XLSX_MIME,
      buffer: Buffer.from(filled),
    });
    await receive.getByText('任务 2：未启动 → 推进中').waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
