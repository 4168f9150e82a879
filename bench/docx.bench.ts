// Measures readDocxTables (unzip with the inflated-size count, DOMParser, grid with merges) on .docx files of
// 500 and 5,000 tasks written like Word writes them (run properties, merged lead cells, two-paragraph cells),
// then the parse of the grid, and checks that time grows linearly: exits 1 when 5k/500 exceeds 12 (10 is linear).
import { DOMParser } from '@xmldom/xmldom';
import { readDocxTables, type XmlParser } from '../src/documents/readDocxTables';
import { gridToTabText, parseTaskTable } from '../src/model';
import { docx, p, tbl, type CellSpec } from '../tests/documents/docxFixture';

const TEXTS = [
  '科学合理设置专业，健全专业随产业发展动态调整机制，建立工学结合、产教融合的人才培养模式。',
  '实施中高职衔接推进计划，加强对职业学校学生的文化基础教育和技能教育。',
  '提高职业教育信息化水平，实施职业院校信息化建设计划。',
];
const LEADS = ['市教育局', '市人力资源和社会保障局', '市财政局', '市发展改革委'];
const SUPPORT = ['市财政局', '市教育局、市经信委', '各县区人民政府'];
const SCHEDULES = ['持续实施', '2016年底前出台具体措施', '2016年6月30日前', '2017年第一季度'];

function buildDocx(tasks: number): Uint8Array {
  const rows: (CellSpec | string)[][] = [['序号', '工作任务', '牵头单位', '配合单位', '完成时限']];
  for (let no = 1; no <= tasks; no += 1) {
    if ((no - 1) % 50 === 0) rows.push([{ text: `第${Math.floor((no - 1) / 50) + 1}部分`, span: 5 }]);
    // One lead merged over three tasks, as coordinators' tables often do.
    const lead: CellSpec =
      (no - 1) % 3 === 0 ? { text: LEADS[no % LEADS.length] ?? '', vMerge: 'restart' } : { vMerge: 'continue' };
    rows.push([
      String(no),
      { paras: [`${TEXTS[no % TEXTS.length] ?? ''}（第${no}项）`, '具体措施另行制定。'] },
      lead,
      SUPPORT[no % SUPPORT.length] ?? '',
      SCHEDULES[no % SCHEDULES.length] ?? '',
    ]);
  }
  // Word's run properties make each paragraph several times longer than its text.
  const body = tbl(5, rows).replace(
    /<w:r>/g,
    '<w:r w:rsidR="00A1B2C3"><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/><w:sz w:val="24"/></w:rPr>',
  );
  return docx({ body: p('附件') + p('2016年重点任务分工') + body });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const parser = new DOMParser({ onError: () => undefined }) as unknown as XmlParser;
const small = buildDocx(500);
const large = buildDocx(5_000);
const gc = (globalThis as { gc?: () => void }).gc;

async function time(bytes: Uint8Array, expected: number): Promise<{ read: number; parse: number }> {
  const started = performance.now();
  const result = await readDocxTables(bytes, 'bench.docx', { parser });
  const read = performance.now() - started;
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  const grid = result.document.tables[0]?.grid ?? [];
  const parsedAt = performance.now();
  const table = parseTaskTable(gridToTabText(grid), { documentYear: 2016 });
  const parse = performance.now() - parsedAt;
  if (table.tasks.length !== expected) throw new Error(`expected ${expected} tasks, got ${table.tasks.length}`);
  if (table.tasks[expected - 1]?.assignments.every((a) => a.role !== 'lead'))
    throw new Error('the merged lead was lost');
  return { read, parse };
}

for (let i = 0; i < 2; i += 1) {
  await time(small, 500);
  await time(large, 5_000);
}
const smallRead: number[] = [];
const largeRead: number[] = [];
const smallParse: number[] = [];
const largeParse: number[] = [];
for (let round = 0; round < 5; round += 1) {
  // Interleaved, so a burst of load on the shared machine hits both sizes alike.
  gc?.();
  let read = 0;
  let parse = 0;
  for (let k = 0; k < 5; k += 1) {
    const t = await time(small, 500);
    read += t.read;
    parse += t.parse;
  }
  smallRead.push(read / 5);
  smallParse.push(parse / 5);
  const t = await time(large, 5_000);
  largeRead.push(t.read);
  largeParse.push(t.parse);
}
const sRead = median(smallRead);
const lRead = median(largeRead);
const ratio = lRead / sRead;
console.log(
  `.docx sizes: 500 tasks ${(small.length / 1024).toFixed(0)} KB, 5,000 tasks ${(large.length / 1024).toFixed(0)} KB`,
);
console.log(
  `readDocxTables   500 tasks: ${sRead.toFixed(1)} ms (${((sRead / 500) * 1000).toFixed(1)} ms per 1,000 tasks)`,
);
console.log(
  `readDocxTables 5,000 tasks: ${lRead.toFixed(1)} ms (${((lRead / 5_000) * 1000).toFixed(1)} ms per 1,000 tasks)`,
);
console.log(`then parseTaskTable: ${median(smallParse).toFixed(1)} ms / ${median(largeParse).toFixed(1)} ms`);
console.log(`ratio 5k/500 (read): ${ratio.toFixed(2)} (linear = 10, limit 12)`);
if (!(ratio <= 12)) {
  console.error('docx.bench: growth is worse than linear');
  process.exit(1);
}
