// Measures readPdfTables (pdf.js parse, text and operator lists, cells from rules, joins across pages) on PDFs of
// 2 pages (50 tasks) and 20 pages (500 tasks) written like a word processor writes them (ruled cells, a lead merged
// over three tasks, the header repeated, page numbers), then the parse of the grid; time per page, and the ratio
// 20 pages / 2 pages, which must stay at most 12 (10 is linear): exits 1 otherwise.
import { readPdfTables } from '../src/documents/readPdfTables';
import { gridToTabText, parseTaskTable } from '../src/model';
import { pdf } from '../tests/documents/pdfFixture';
import { NODE_PDF_OPTIONS } from '../tests/documents/pdfNode';
import { layoutPages, type LayoutRow } from '../tests/documents/pdfTableLayout';

const LEADS = ['市教育局', '市人力资源和社会保障局', '市财政局', '市发展改革委'];
const SUPPORT = ['市财政局', '市教育局、市经信委', '各县区人民政府'];
const SCHEDULES = ['持续实施', '2016年底前', '2016年6月30日前', '2017年第一季度'];

function buildPdf(tasks: number): { bytes: Uint8Array; pages: number } {
  const rows: LayoutRow[] = [];
  for (let no = 1; no <= tasks; no += 1) {
    const lead =
      (no - 1) % 3 === 0 ? { text: LEADS[no % LEADS.length] ?? '', rowSpan: Math.min(3, tasks - no + 1) } : null;
    rows.push([
      String(no),
      `第${no}项：推进产教融合调整机制。`,
      lead,
      SUPPORT[no % SUPPORT.length] ?? '',
      SCHEDULES[no % SCHEDULES.length] ?? '',
    ]);
  }
  // Rows of one line in 9-pt type (21.5 pt high); the page ends after the header and 25 rows (pdfTableLayout's flow).
  const pages = layoutPages({
    columns: [40, 190, 100, 100, 110],
    header: [['序号', '工作任务', '牵头单位', '配合单位', '完成时限']],
    rows,
    size: 9,
    pageBottom: 635,
  });
  return { bytes: pdf(pages), pages: pages.length };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const small = buildPdf(50);
const large = buildPdf(500);
const gc = (globalThis as { gc?: () => void }).gc;

async function time(file: { bytes: Uint8Array }, expected: number): Promise<{ read: number; parse: number }> {
  const started = performance.now();
  const result = await readPdfTables(file.bytes, 'bench.pdf', NODE_PDF_OPTIONS);
  const read = performance.now() - started;
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  const grid = result.document.tables[0]?.grid ?? [];
  const parsedAt = performance.now();
  const table = parseTaskTable(gridToTabText(grid), { documentYear: 2016 });
  const parse = performance.now() - parsedAt;
  if (result.document.tables.length !== 1) throw new Error(`expected one table, got ${result.document.tables.length}`);
  if (table.tasks.length !== expected) throw new Error(`expected ${expected} tasks, got ${table.tasks.length}`);
  if (table.tasks.some((t) => t.assignments.every((a) => a.role !== 'lead'))) throw new Error('a merged lead was lost');
  return { read, parse };
}

for (let i = 0; i < 2; i += 1) {
  await time(small, 50);
  await time(large, 500);
}
const smallRead: number[] = [];
const largeRead: number[] = [];
for (let round = 0; round < 5; round += 1) {
  // Interleaved, so a burst of load on the shared machine hits both sizes alike.
  gc?.();
  let read = 0;
  for (let k = 0; k < 3; k += 1) read += (await time(small, 50)).read;
  smallRead.push(read / 3);
  largeRead.push((await time(large, 500)).read);
}
const sRead = median(smallRead);
const lRead = median(largeRead);
const ratio = lRead / sRead;
console.log(
  `PDF sizes: ${small.pages} pages (50 tasks) ${(small.bytes.length / 1024).toFixed(0)} KB, ${large.pages} pages (500 tasks) ${(large.bytes.length / 1024).toFixed(0)} KB`,
);
console.log(
  `readPdfTables ${small.pages} pages: ${sRead.toFixed(1)} ms (${(sRead / small.pages).toFixed(1)} ms per page)`,
);
console.log(
  `readPdfTables ${large.pages} pages: ${lRead.toFixed(1)} ms (${(lRead / large.pages).toFixed(1)} ms per page)`,
);
console.log(
  `ratio ${large.pages}/${small.pages} pages (read): ${ratio.toFixed(2)} (linear = ${(large.pages / small.pages).toFixed(0)}, limit 12)`,
);
if (small.pages !== 2 || large.pages !== 20) {
  console.error(`pdf.bench: the fixtures should be 2 and 20 pages, not ${small.pages} and ${large.pages}`);
  process.exit(1);
}
if (!(ratio <= 12)) {
  console.error('pdf.bench: growth is worse than linear');
  process.exit(1);
}
