// Hostile files (issue 21): each crafted report workbook, zip of reports and .docx is read by a fresh child
// process beside an ordinary file of its kind, and must end in the expected read or refusal within 300 MB of
// peak RSS and 5× the ordinary file's time. Exits 1 on any miss.
// `node --expose-gc --import tsx bench/hostileFiles.bench.ts` (scripts/bench.mjs runs it with the others).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { zipSync } from 'fflate';
import { readDocxTables, type XmlParser } from '../src/documents/readDocxTables';
import { buildReportWorkbook, readReportFiles, tasksForAgency, type ReadExpectation } from '../src/reports';
import { docx, p, tbl, type CellSpec } from '../tests/documents/docxFixture';
import {
  rawReport,
  withBomb,
  withColBomb,
  withDefinedNameBomb,
  withMergeBomb,
  withValidationBomb,
  withWideRow,
  zipOfAliases,
} from '../tests/reports/craftedFiles';
import { KEY, ROUND, WORKBOOK_ID, fillReport, seedRows } from '../tests/reports/seedLedger';

const TARGET_RATIO = 5;
const TARGET_PEAK_MB = 300;
const rows = seedRows();
const expected: ReadExpectation = { workbookId: WORKBOOK_ID, key: KEY, rounds: [ROUND], ledgerRows: rows };
const parser = new DOMParser({ onError: () => undefined }) as unknown as XmlParser;

type Kind = 'report' | 'docx';

/** What reading one file concluded, in a few words. */
async function verdictOf(kind: Kind, name: string, bytes: Uint8Array): Promise<string> {
  if (kind === 'docx') {
    const read = await readDocxTables(bytes, name, { parser });
    return read.ok ? `read, ${read.document.tables.length} tables` : `refused: ${read.error.code}`;
  }
  const results = await readReportFiles([{ name, bytes }], expected);
  return results.map((r) => (r.result.ok ? 'read' : `refused: ${r.result.issues[0]?.code ?? ''}`)).join(', ');
}

// Child mode: read one file and print its time and peak RSS; a warm-up read of a small file of its kind loads the code first.
if (process.argv[2] === '--read') {
  const [, , , kind, path, warm] = process.argv as [string, string, string, Kind, string, string];
  await verdictOf(kind, 'warm', new Uint8Array(readFileSync(warm)));
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  const bytes = new Uint8Array(readFileSync(path));
  const started = performance.now();
  const verdict = await verdictOf(kind, 'file', bytes);
  const ms = performance.now() - started;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ ms, rssMb: Math.max(0, peak - before) / 2 ** 20, verdict }));
  process.exit(0);
}

/** A task table as Word writes it (run fonts, merged lead cells, two-paragraph cells). */
function ordinaryDocx(tasks: number): Uint8Array {
  const table: (CellSpec | string)[][] = [['序号', '工作任务', '牵头单位', '配合单位', '完成时限']];
  for (let no = 1; no <= tasks; no += 1) {
    const lead: CellSpec = (no - 1) % 3 === 0 ? { text: '市教育局', vMerge: 'restart' } : { vMerge: 'continue' };
    table.push([
      String(no),
      { paras: [`建立现代职业学校制度，推进第${no}项工作。`, '具体措施另行制定。'] },
      lead,
      '市财政局、市人社局',
      '2016年底前',
    ]);
  }
  const body = tbl(5, table).replace(
    /<w:r>/g,
    '<w:r w:rsidR="00A1B2C3"><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/><w:sz w:val="24"/></w:rPr>',
  );
  return docx({ body: p('附件') + p('2016年重点任务分工') + body });
}

function mergedDown(text: string, rowCount: number, columns: number): string {
  const first = tbl(columns, [Array.from({ length: columns }, (): CellSpec => ({ text, vMerge: 'restart' }))]);
  const continued = `<w:tr>${'<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>'.repeat(columns)}</w:tr>`;
  return first.replace('</w:tbl>', `${continued.repeat(rowCount - 1)}</w:tbl>`);
}

function nestedMerges(depth: number, rowCount: number): string {
  const down = (first: CellSpec): string =>
    tbl(1, [[first], ...Array.from({ length: rowCount - 1 }, () => [{ vMerge: 'continue' as const }])]);
  let inner = down({ text: '任务'.repeat(50), vMerge: 'restart' });
  for (let d = 1; d < depth; d += 1) inner = down({ raw: `${inner}<w:p/>`, vMerge: 'restart' });
  return inner;
}

const edu = await buildReportWorkbook({
  workbookId: WORKBOOK_ID,
  key: KEY,
  round: ROUND,
  agency: '市教育局',
  tasks: tasksForAgency(rows, '市教育局'),
});
const eduNos = tasksForAgency(rows, '市教育局').map((t) => t.no);
const ordinaryReport = await fillReport(
  edu,
  new Map(
    eduNos.map((no) => [
      no,
      { status: '推进中', progress: '按计划推进。'.repeat(300), by: '王五', date: '2026-11-20' },
    ]),
  ),
);
const agencies = ['市教育局', '市财政局', '市人社局', '市发展改革委'];
const zipped: Record<string, Uint8Array> = {};
for (const [i, a] of agencies.entries())
  zipped[`${i}.xlsx`] = await buildReportWorkbook({
    workbookId: WORKBOOK_ID,
    key: KEY,
    round: ROUND,
    agency: a,
    tasks: tasksForAgency(rows, a),
  });
const ordinaryZip = zipSync(zipped);
const tag = '<w:tr><w:trPr><w:gridBefore w:val="63"/></w:trPr><w:tc><w:p/></w:tc></w:tr>';

interface Family {
  name: string;
  kind: Kind;
  bytes: Uint8Array;
  verdict: RegExp;
}

const ordinary: Record<Kind, Family> = {
  report: { name: 'ordinary report, filled (reference)', kind: 'report', bytes: ordinaryReport, verdict: /^read$/ },
  docx: {
    name: 'ordinary .docx of 5,000 tasks (reference)',
    kind: 'docx',
    bytes: ordinaryDocx(5_000),
    verdict: /^read, 1 tables$/,
  },
};
/** Small files of each kind, read first in every child so that loading code is not counted. */
const small: Record<Kind, Uint8Array> = { report: edu, docx: ordinaryDocx(5) };
const only = process.argv[2] === '--only' ? process.argv[3] : undefined;
const families: Family[] = [
  ordinary.report,
  { name: 'mergeCell A1:XFD1048576 in the hidden sheet', kind: 'report', bytes: withMergeBomb(edu), verdict: /^read$/ },
  { name: 'col 1..50,000,000 and a whole-sheet dimension', kind: 'report', bytes: withColBomb(edu), verdict: /^read$/ },
  {
    name: 'validation + conditional format over 300,000 rows',
    kind: 'report',
    bytes: withValidationBomb(edu),
    verdict: /^read$/,
  },
  { name: 'defined name over the whole sheet', kind: 'report', bytes: withDefinedNameBomb(edu), verdict: /^read$/ },
  { name: 'a row of 16,384 cells', kind: 'report', bytes: withWideRow(edu), verdict: /^read$/ },
  {
    name: 'hidden 1.5 MB record between listed parts',
    kind: 'report',
    bytes: rawReport(edu, { hidden: [{ name: 'xl/x.bin', data: new Uint8Array(64 * 1024 * 1024), listed: false }] }),
    verdict: /^refused: zip-altered$/,
  },
  {
    name: 'part named /xl/worksheets/sheet1.xml',
    kind: 'report',
    bytes: rawReport(edu, { rename: { 'xl/worksheets/sheet1.xml': '/xl/worksheets/sheet1.xml' } }),
    verdict: /^refused: zip-altered$/,
  },
  {
    name: 'styles.xml declaring 1,000 bytes, inflating to 256 MB',
    kind: 'report',
    bytes: withBomb(edu, 256 * 1024 * 1024, 1_000, 'xl/styles.xml'),
    verdict: /^refused: zip-altered$/,
  },
  {
    name: 'zip of 4 ordinary reports (reference for zips)',
    kind: 'report',
    bytes: ordinaryZip,
    verdict: /^read, read, read, read$/,
  },
  {
    name: 'zip of 5,000 entries pointing at one report',
    kind: 'report',
    bytes: zipOfAliases(edu, 5_000),
    verdict: /^refused: unreadable$/,
  },
  {
    name: 'zip of 900 entries pointing at one report',
    kind: 'report',
    bytes: zipOfAliases(edu, 900),
    verdict: /^refused: zip-altered$/,
  },
  ordinary.docx,
  {
    name: '100 KB paragraph merged down 6,000 rows × 64 columns',
    kind: 'docx',
    bytes: docx({ body: mergedDown('长'.repeat(100_000), 6_000, 64), level: 9 }),
    verdict: /^refused: too-many-elements$/,
  },
  {
    name: '100 KB paragraph merged down 3,000 rows × 1 column',
    kind: 'docx',
    bytes: docx({ body: mergedDown('长'.repeat(100_000), 3_000, 1), level: 9 }),
    verdict: /^refused: table-text-too-large$/,
  },
  {
    name: '204,800 cells from gridBefore',
    kind: 'docx',
    bytes: docx({ body: `<w:tbl>${tag.repeat(3_200)}</w:tbl>`, level: 9 }),
    verdict: /^refused: table-too-large$/,
  },
  {
    name: 'tables nested 8 deep, each merged over 10 rows',
    kind: 'docx',
    bytes: docx({ body: nestedMerges(8, 10) }),
    verdict: /^refused: table-text-too-large$/,
  },
  {
    name: '5,000,000 × <w:p/>',
    kind: 'docx',
    bytes: docx({ body: '<w:p/>'.repeat(5_000_000), level: 9 }),
    verdict: /^refused: too-many-elements$/,
  },
  {
    name: '390,000 × <w:p/> (just under the element cap)',
    kind: 'docx',
    bytes: docx({ body: `${'<w:p/>'.repeat(390_000)}${tbl(2, [['序号', '工作任务']])}`, level: 9 }),
    verdict: /^read, 1 tables$/,
  },
  {
    name: '4,990 nested w:sdt around a table',
    kind: 'docx',
    bytes: docx({
      body: `${'<w:sdt><w:sdtContent>'.repeat(4_990)}${tbl(2, [['序号', '任务']])}${'</w:sdtContent></w:sdt>'.repeat(4_990)}`,
    }),
    verdict: /^refused: too-deep$/,
  },
];

const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
let missed = 0;
const reference: Partial<Record<string, number>> = {};
console.log(
  `hostile files (targets: peak RSS < ${TARGET_PEAK_MB} MB, time ≤ ${TARGET_RATIO}× the ordinary file of its kind; a child process each):`,
);
for (const f of families.filter((x) => only === undefined || x.kind === only)) {
  const path = join(dir, 'file');
  const warm = join(dir, 'warm');
  writeFileSync(path, f.bytes);
  writeFileSync(warm, small[f.kind]);
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', new URL(import.meta.url).pathname, '--read', f.kind, path, warm],
    { encoding: 'utf8' },
  );
  let m: { ms: number; rssMb: number; verdict: string } | null = null;
  try {
    m = JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as { ms: number; rssMb: number; verdict: string };
  } catch {
    m = null;
  }
  if (m === null) {
    missed += 1;
    console.log(`  MISS ${f.name}: the child failed (${child.status ?? child.signal}) ${child.stderr.slice(-300)}`);
    continue;
  }
  const refKey = f.name.startsWith('zip') ? 'zip' : f.kind;
  if (/\(reference/.test(f.name)) {
    reference[refKey] = m.ms;
  }
  const ratio = m.ms / (reference[refKey] ?? m.ms);
  const ok = verdictOk(f, m.verdict) && m.rssMb <= TARGET_PEAK_MB && ratio <= TARGET_RATIO;
  if (!ok) missed += 1;
  console.log(
    `  ${ok ? 'ok  ' : 'MISS'} ${f.name} (${(f.bytes.length / 1024).toFixed(0)} KB): ${m.verdict}; ${m.ms.toFixed(0)} ms (${ratio.toFixed(2)}× ${refKey} reference), peak RSS +${m.rssMb.toFixed(0)} MB`,
  );
}
rmSync(dir, { recursive: true, force: true });
console.log(missed === 0 ? 'hostile files: every target met' : `hostile files: ${missed} target(s) missed`);
process.exit(missed === 0 ? 0 : 1);

function verdictOk(f: Family, verdict: string): boolean {
  return f.verdict.test(verdict);
}
