/**
 * Issue 21 in Chromium: the worst crafted Word files chosen in the import view end in their refusal, worded in
 * Chinese, and the page stays responsive (it answers and the next file is read).
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docx, documentXml, tbl, type CellSpec } from '../documents/docxFixture';
import { rawZip } from '../ooxml/rawZip';
import { launchChromium, startStaticServer } from './harness';

const distDir = process.env.PANE_DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));

function mergedDown(text: string, rows: number, columns: number): string {
  const first = tbl(columns, [Array.from({ length: columns }, (): CellSpec => ({ text, vMerge: 'restart' }))]);
  const continued = `<w:tr>${'<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>'.repeat(columns)}</w:tr>`;
  return first.replace('</w:tbl>', `${continued.repeat(rows - 1)}</w:tbl>`);
}

function nestedMerges(depth: number, rows: number): string {
  const down = (first: CellSpec): string => tbl(1, [[first], ...Array.from({ length: rows - 1 }, () => [{ vMerge: 'continue' as const }])]);
  let inner = down({ text: '任务'.repeat(50), vMerge: 'restart' });
  for (let d = 1; d < depth; d += 1) inner = down({ raw: `${inner}<w:p/>`, vMerge: 'restart' });
  return inner;
}

const TASKS = tbl(3, [['序号', '工作任务', '牵头单位'], ['1', '建立现代职业学校制度。', '市教育局']]);
const hidden = rawZip([
  ...Array.from({ length: 100_000 }, (_, i) => ({ name: `x/${i}`, data: new Uint8Array(0), method: 0 as const, listed: false })),
  { name: 'word/document.xml', data: new TextEncoder().encode(documentXml(TASKS)) },
]);

const CASES: [string, Uint8Array, RegExp][] = [
  ['100 KB merged down 6,000 rows × 64 columns', docx({ body: mergedDown('长'.repeat(100_000), 6_000, 64), level: 9 }), /XML 元素/],
  ['100 KB merged down 3,000 rows', docx({ body: mergedDown('长'.repeat(100_000), 3_000, 1), level: 9 }), /展开合并单元格后将超过 20000000 个字符/],
  ['tables nested 8 deep, each merged over 10 rows', docx({ body: nestedMerges(8, 10) }), /展开合并单元格后将超过/],
  ['5,000,000 empty paragraphs', docx({ body: '<w:p/>'.repeat(5_000_000) + TASKS, level: 9 }), /超过 400000 个 XML 元素/],
  ['4,990 nested content controls', docx({ body: `${'<w:sdt><w:sdtContent>'.repeat(4_990)}${TASKS}${'</w:sdtContent></w:sdt>'.repeat(4_990)}` }), /嵌套超过 128 层/],
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
    await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
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
    await page.getByRole('region', { name: '读取结果预览' }).getByText(/1 项任务/).waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});
