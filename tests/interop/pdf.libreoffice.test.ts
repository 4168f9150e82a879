// A real word processor writes the PDF: LibreOffice Writer (headless) turns .docx files built in the test into PDFs,
// as a notice's 附件 is exported; readPdfTables must give the tasks readDocxTables gives for the same .docx.
// Two tables: one ruled, long enough to run onto a second page (header row repeated, leads merged over three tasks,
// rows split by the break), and one with no borders at all. Needs `soffice` with Writer; without it this test fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocxTables, type XmlParser } from '../../src/documents/readDocxTables';
import { readPdfTables, type PdfDocument } from '../../src/documents/readPdfTables';
import { gridToTabText, parseTaskTable } from '../../src/model';
import { docx, p, tbl, type CellSpec } from '../documents/docxFixture';
import { NODE_PDF_OPTIONS } from '../documents/pdfNode';

const SOFFICE_CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
];
const soffice = SOFFICE_CANDIDATES.find((path) => existsSync(path)) ?? null;
const dir = mkdtempSync(join(tmpdir(), 'pdf-lo-'));
const parser = new DOMParser({ onError: () => undefined }) as unknown as XmlParser;
const LEADS = ['市教育局', '市人力资源和社会保障局', '市财政局', '市发展改革委'];
const WIDTHS = [700, 4300, 1600, 1600, 1300];
const BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('')}</w:tblBorders>`;

/** The fixture's table with real column widths, the first row repeated on each page, and (when ruled) borders. */
function wordTable(rows: (CellSpec | string)[][], ruled: boolean): string {
  let k = 0;
  return tbl(5, rows)
    .replace(/<w:gridCol w:w="1000"\/>/g, () => `<w:gridCol w:w="${WIDTHS[k++ % WIDTHS.length]}"/>`)
    .replace(/<w:tcW w:w="1000" w:type="dxa"\/>/g, '')
    .replace(
      '<w:tblW w:w="0" w:type="auto"/></w:tblPr>',
      `<w:tblW w:w="0" w:type="auto"/>${ruled ? BORDERS : ''}</w:tblPr>`,
    )
    .replace('<w:tr>', '<w:tr><w:trPr><w:tblHeader/></w:trPr>');
}

function tasksRows(count: number, merged: boolean): (CellSpec | string)[][] {
  const rows: (CellSpec | string)[][] = [['序号', '工作任务', '牵头单位', '配合单位', '完成时限']];
  for (let no = 1; no <= count; no += 1) {
    const lead: CellSpec | string = !merged
      ? (LEADS[no % 4] ?? '')
      : (no - 1) % 3 === 0
        ? { text: LEADS[Math.floor((no - 1) / 3) % 4] ?? '', vMerge: 'restart' }
        : { vMerge: 'continue' };
    const task =
      no % 5 === 0
        ? {
            paras: [
              `第${no}项：健全专业随产业发展动态调整机制，建立工学结合、产教融合的人才培养模式。`,
              '具体措施另行制定。',
            ],
          }
        : `第${no}项：实施中高职衔接推进计划，加强职业学校学生的文化基础教育和技能教育。`;
    rows.push([
      String(no),
      task,
      lead,
      no % 2 ? '市财政局' : { paras: ['市人社局', '各县区人民政府'] },
      no % 4 ? `${(no % 12) + 1}月底前` : '持续实施',
    ]);
  }
  return rows;
}

function body(table: string): string {
  return p('附件') + p('2016年职业教育重点任务分工') + table + p('广元市人民政府办公室') + p('2016年3月11日');
}

/** The .docx exported to PDF by Writer, with the PDF export filter's options (JSON) when given. */
function convert(
  name: string,
  bytes: Uint8Array,
  exportOptions?: Record<string, { type: string; value: string }>,
): Uint8Array {
  writeFileSync(join(dir, `${name}.docx`), bytes);
  const target = exportOptions ? `pdf:writer_pdf_Export:${JSON.stringify(exportOptions)}` : 'pdf';
  const result = spawnSync(
    soffice ?? 'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      target,
      '--outdir',
      dir,
      join(dir, `${name}.docx`),
    ],
    { encoding: 'utf8', timeout: 150_000 },
  );
  expect(result.status, `soffice failed: ${result.stderr}${result.stdout}`).toBe(0);
  return new Uint8Array(readFileSync(join(dir, `${name}.pdf`)));
}

async function pdfDocument(bytes: Uint8Array): Promise<PdfDocument> {
  const read = await readPdfTables(bytes, 'tasks.pdf', NODE_PDF_OPTIONS);
  if (!read.ok) throw new Error(`refused: ${read.error.code} ${JSON.stringify(read.error.params)}`);
  return read.document;
}

async function docxGrid(bytes: Uint8Array): Promise<string[][]> {
  const read = await readDocxTables(bytes, 'tasks.docx', { parser });
  if (!read.ok) throw new Error(`refused: ${read.error.code}`);
  return read.document.tables[0]?.grid ?? [];
}

const tasksOf = (grid: string[][]) =>
  parseTaskTable(gridToTabText(grid), { documentYear: 2016 }).tasks.map((t) => ({
    no: t.no,
    lead: t.assignments.filter((a) => a.role === 'lead').map((a) => a.agency),
    all: t.assignments.map((a) => a.agency).sort(),
    deadline: t.deadline,
    ongoing: t.ongoing,
  }));

const files: Record<'ruled' | 'unruled', Uint8Array> = { ruled: new Uint8Array(), unruled: new Uint8Array() };

beforeAll(() => {
  expect(
    soffice,
    `LibreOffice is not installed (looked for ${SOFFICE_CANDIDATES.join(', ')}); run: apt-get install -y libreoffice-writer-nogui`,
  ).not.toBeNull();
  files.ruled = docx({ body: body(wordTable(tasksRows(30, true), true)) });
  files.unruled = docx({ body: body(wordTable(tasksRows(12, false), false)) });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('PDFs exported by LibreOffice Writer', () => {
  it('a ruled table over two pages gives the tasks of the .docx: every lead of the merged cells, every deadline', async () => {
    const document = await pdfDocument(convert('ruled', files.ruled));
    expect(document.pages).toBeGreaterThanOrEqual(2);
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]?.ruled).toBe(true);
    expect(document.tables[0]?.pages.length).toBeGreaterThanOrEqual(2);
    expect(document.title).toBe('2016年职业教育重点任务分工');
    expect(document.date).toBe('2016-03-11');
    const fromPdf = tasksOf(document.tables[0]?.grid ?? []);
    expect(fromPdf.map((t) => t.no)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(fromPdf.map((t) => t.lead)).toEqual(Array.from({ length: 30 }, (_, i) => [LEADS[Math.floor(i / 3) % 4]]));
    expect(fromPdf).toEqual(tasksOf(await docxGrid(files.ruled)));
  });

  it('a table without borders gives the tasks of the .docx too', async () => {
    const document = await pdfDocument(convert('unruled', files.unruled));
    expect(document.tables[0]?.ruled).toBe(false);
    const fromPdf = tasksOf(document.tables[0]?.grid ?? []);
    expect(fromPdf.map((t) => t.no)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(fromPdf).toEqual(tasksOf(await docxGrid(files.unruled)));
  });

  it('reads a PDF whose permissions are restricted by an owner password, and refuses one that needs a password to open', async () => {
    const owner = convert('owner', files.unruled, {
      RestrictPermissions: { type: 'boolean', value: 'true' },
      PermissionPassword: { type: 'string', value: 'owner' },
      Changes: { type: 'long', value: '0' },
    });
    expect(new TextDecoder('latin1').decode(owner)).toContain('/Encrypt');
    expect(tasksOf((await pdfDocument(owner)).tables[0]?.grid ?? []).map((t) => t.no)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    const locked = convert('locked', files.unruled, {
      EncryptFile: { type: 'boolean', value: 'true' },
      DocumentOpenPassword: { type: 'string', value: 'secret' },
    });
    const read = await readPdfTables(locked, 'locked.pdf', NODE_PDF_OPTIONS);
    expect(read.ok ? null : read.error).toEqual({ code: 'pdf-encrypted', params: {} });
  });
});
