import { describe, expect, it } from 'vitest';
import { MAX_PDF_BYTES, MAX_PDF_PAGES, readPdfTables, type PdfDocument } from '../../src/documents/readPdfTables';
import { gridToTabText, parseTaskTable } from '../../src/model';
import { docx, p, tbl } from './docxFixture';
import { readDocxTables, type XmlParser } from '../../src/documents/readDocxTables';
import { DOMParser } from '@xmldom/xmldom';
import { IMAGE, line, pdf, text } from './pdfFixture';
import { NODE_PDF_OPTIONS } from './pdfNode';
import { layoutPages, type LayoutRow, type TableLayout } from './pdfTableLayout';

const HEADER: LayoutRow[] = [['序号', '工作任务', '牵头单位', '配合单位', '完成时限']];
/** Six tasks; the lead 市教育局 merged over tasks 1–3; task 2's support is two paragraphs (two agencies). */
const ROWS: LayoutRow[] = [
  [{ text: '一、构建现代职业教育体系', colSpan: 5 }, null, null, null, null],
  ['1', '建立现代职业学校制度。', { text: '市教育局', rowSpan: 3 }, '市财政局', '2016年底前'],
  ['2', '推进中高职衔接，扩大五年制招生规模。', null, '市人社局\n市财政局', '6月底前'],
  ['3', '加强校企合作。', null, '', '持续实施'],
  ['4', '完善职业教育资助政策。', '市财政局', '市教育局', '2017年第一季度'],
  ['5', '实施职业院校信息化建设计划。', '市经信委', '市教育局', '9月底前'],
  ['6', '落实职业教育经费投入。', '市财政局', '各县区人民政府', '持续实施'],
];
const GRID = [
  ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
  Array.from({ length: 5 }, () => '一、构建现代职业教育体系'),
  ['1', '建立现代职业学校制度。', '市教育局', '市财政局', '2016年底前'],
  ['2', '推进中高职衔接，扩大五年制招生规模。', '市教育局', '市人社局\n市财政局', '6月底前'],
  ['3', '加强校企合作。', '市教育局', '', '持续实施'],
  ['4', '完善职业教育资助政策。', '市财政局', '市教育局', '2017年第一季度'],
  ['5', '实施职业院校信息化建设计划。', '市经信委', '市教育局', '9月底前'],
  ['6', '落实职业教育经费投入。', '市财政局', '各县区人民政府', '持续实施'],
];
const LAYOUT: TableLayout = {
  columns: [40, 190, 90, 90, 90],
  header: HEADER,
  rows: ROWS,
  before: ['附件', '2016年职业教育重点任务分工'],
  after: ['广元市人民政府办公室', '2016年3月11日'],
};

async function read(bytes: Uint8Array): Promise<PdfDocument> {
  const result = await readPdfTables(bytes, '附件.pdf', NODE_PDF_OPTIONS);
  if (!result.ok) throw new Error(`refused: ${result.error.code} ${JSON.stringify(result.error.params)}`);
  return result.document;
}

describe('readPdfTables: a ruled table', () => {
  it('reads cells from the rules: the heading across the row, the lead merged over three tasks, two paragraphs as two lines', async () => {
    const document = await read(pdf(layoutPages(LAYOUT)));
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]?.grid).toEqual(GRID);
    expect(document.tables[0]?.merges).toEqual([
      { row: 1, col: 0, rowSpan: 1, colSpan: 5 },
      { row: 2, col: 2, rowSpan: 3, colSpan: 1 },
    ]);
    expect(document.tables[0]?.ruled).toBe(true);
    expect(document.title).toBe('2016年职业教育重点任务分工');
    expect(document.date).toBe('2016-03-11');
    expect(document.year).toBe(2016);
  });

  it('decodes text in a GBK-encoded font (GBK-EUC-H, the CMap of many 公文 PDFs) the same way', async () => {
    const document = await read(pdf(layoutPages({ ...LAYOUT, font: 'F3' })));
    expect(document.tables[0]?.grid).toEqual(GRID);
  });

  it('keeps an agency name cut by the wrap whole under wide line spacing, and still breaks between paragraphs', async () => {
    const rows: LayoutRow[] = [
      ['1', '建立现代职业学校制度。', '市人力资源和社会保障局', '市人社局\n市财政局', '2016年底前'],
      ['2', '加强校企合作。', '市教育局', '市财政局', '持续实施'],
    ];
    const document = await read(pdf(layoutPages({ ...LAYOUT, columns: [40, 190, 70, 90, 90], rows, leading: 2.2 })));
    expect(document.tables[0]?.grid.slice(1)).toEqual([
      ['1', '建立现代职业学校制度。', '市人力资源和社会保障局', '市人社局\n市财政局', '2016年底前'],
      ['2', '加强校企合作。', '市教育局', '市财政局', '持续实施'],
    ]);
  });

  it("finds pdfjs-dist's CMaps by itself in Node when given no options", async () => {
    const result = await readPdfTables(pdf(layoutPages(LAYOUT)), '附件.pdf');
    expect(result.ok && result.document.tables[0]?.grid).toEqual(GRID);
  });

  it('reads borders drawn as thin filled rectangles the same way', async () => {
    const document = await read(pdf(layoutPages({ ...LAYOUT, rules: 'bars' })));
    expect(document.tables[0]?.grid).toEqual(GRID);
  });

  it('joins a table across a page break: the repeated header and the page numbers dropped, the merged lead carried over', async () => {
    // The page ends after task 2: the lead's merged cell is split, its text only on the first page (as Word draws it).
    const document = await read(pdf(layoutPages({ ...LAYOUT, pageBottom: 235 })));
    expect(document.pages).toBe(2);
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]?.pages).toEqual([1, 2]);
    expect(document.tables[0]?.grid).toEqual(GRID);
  });

  it('gives the same tasks as the same table read from a .docx', async () => {
    const fromPdf = await read(pdf(layoutPages({ ...LAYOUT, pageBottom: 235 })));
    const word = tbl(5, [
      ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
      [{ text: '一、构建现代职业教育体系', span: 5 }],
      ['1', '建立现代职业学校制度。', { text: '市教育局', vMerge: 'restart' }, '市财政局', '2016年底前'],
      [
        '2',
        '推进中高职衔接，扩大五年制招生规模。',
        { vMerge: 'continue' },
        { paras: ['市人社局', '市财政局'] },
        '6月底前',
      ],
      ['3', '加强校企合作。', { vMerge: 'continue' }, '', '持续实施'],
      ['4', '完善职业教育资助政策。', '市财政局', '市教育局', '2017年第一季度'],
      ['5', '实施职业院校信息化建设计划。', '市经信委', '市教育局', '9月底前'],
      ['6', '落实职业教育经费投入。', '市财政局', '各县区人民政府', '持续实施'],
    ]);
    const fromDocx = await readDocxTables(
      docx({ body: p('附件') + p('2016年职业教育重点任务分工') + word + p('2016年3月11日') }),
      '附件.docx',
      { parser: new DOMParser({ onError: () => undefined }) as unknown as XmlParser },
    );
    if (!fromDocx.ok) throw new Error(fromDocx.error.code);
    const tasks = (grid: string[][], year: number | null) =>
      parseTaskTable(gridToTabText(grid), year === null ? {} : { documentYear: year }).tasks.map((t) => ({
        no: t.no,
        assignments: t.assignments.map((a) => `${a.role}:${a.agency}`),
        deadline: t.deadline,
        ongoing: t.ongoing,
      }));
    const pdfTasks = tasks(fromPdf.tables[0]?.grid ?? [], fromPdf.year);
    expect(pdfTasks).toEqual(tasks(fromDocx.document.tables[0]?.grid ?? [], fromDocx.document.year));
    expect(pdfTasks.map((t) => t.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(pdfTasks[1]?.deadline).toBe('2016-06-30');
  });
});

describe('readPdfTables: a table set without rules', () => {
  it('finds the columns by the gaps down the page and the rows by the 序号 column', async () => {
    const document = await read(
      pdf(
        layoutPages({
          ...LAYOUT,
          rules: 'none',
          rows: ROWS.slice(1).map((r) =>
            r.map((c) => (c !== null && typeof c === 'object' ? c.text : (c ?? '市教育局'))),
          ),
        }),
      ),
    );
    expect(document.tables[0]?.ruled).toBe(false);
    expect(document.tables[0]?.grid).toEqual([GRID[0], ...GRID.slice(2)]);
  });
});

describe('readPdfTables: a table without rules across a page break', () => {
  it('reads a last page holding one row (and the signature after it) in the columns of the page before', async () => {
    const rows: LayoutRow[] = Array.from({ length: 8 }, (_, i) => [
      String(i + 1),
      `第${i + 1}项：推进产教融合。`,
      i % 2 ? '市教育局' : '市财政局',
      '市人社局',
      `${i + 1}月底前`,
    ]);
    // The page ends after task 7, the header is not repeated: page 2 holds task 8 alone, then the signature.
    const pages = layoutPages({ ...LAYOUT, rows, rules: 'none', repeatHeader: false, pageBottom: 320 });
    expect(pages).toHaveLength(2);
    const document = await read(pdf(pages));
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]?.pages).toEqual([1, 2]);
    expect(document.tables[0]?.grid.slice(-2)).toEqual([
      ['7', '第7项：推进产教融合。', '市财政局', '市人社局', '7月底前'],
      ['8', '第8项：推进产教融合。', '市教育局', '市人社局', '8月底前'],
    ]);
  });
});

describe('readPdfTables: refusals', () => {
  const refusal = async (bytes: Uint8Array, options = NODE_PDF_OPTIONS) => {
    const result = await readPdfTables(bytes, '附件.pdf', options);
    return result.ok ? null : result.error;
  };

  it('refuses a scan (pages with no text layer), naming the pages', async () => {
    expect(await refusal(pdf([IMAGE, IMAGE]))).toEqual({ code: 'no-text', params: { pages: '1-2' } });
  });

  it('refuses text in a font without a Unicode map, naming the pages of the table', async () => {
    const pages = layoutPages({ ...LAYOUT, before: [], after: [], font: 'F2' });
    expect(await refusal(pdf([text(60, 80, '附件') + text(60, 110, '2016年职业教育重点任务分工'), ...pages]))).toEqual({
      code: 'unreadable-text',
      params: { pages: '2' },
    });
  });

  it('refuses a password-protected PDF, a damaged one, one that is not a PDF, and an empty file', async () => {
    expect(await refusal(pdf([text(60, 80, '附件')], { encrypted: true }))).toEqual({
      code: 'pdf-encrypted',
      params: {},
    });
    expect(await refusal(new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog'))).toEqual({
      code: 'truncated',
      params: {},
    });
    expect(await refusal(new TextEncoder().encode('PK\u0003\u0004 not a pdf'))).toEqual({
      code: 'not-pdf',
      params: { kind: 'unknown' },
    });
    expect(await refusal(new Uint8Array(0))).toEqual({ code: 'empty-file', params: {} });
  });

  it('refuses a document with no table, saying how many lines of text it has', async () => {
    expect(
      await refusal(pdf([text(60, 80, '关于印发重点任务分工的通知') + text(60, 110, '各县区人民政府：')])),
    ).toEqual({ code: 'no-tables', params: { paragraphs: 2 } });
  });

  it('is bounded: file size, page count, time', async () => {
    expect(await refusal(new Uint8Array(MAX_PDF_BYTES + 1))).toEqual({
      code: 'too-large',
      params: { bytes: MAX_PDF_BYTES + 1, limit: MAX_PDF_BYTES, kind: 'pdf' },
    });
    expect(await refusal(pdf(Array.from({ length: MAX_PDF_PAGES + 1 }, () => '')))).toEqual({
      code: 'too-many-pages',
      params: { pages: 201, limit: 200 },
    });
    expect(await refusal(pdf(layoutPages(LAYOUT)), { ...NODE_PDF_OPTIONS, timeLimitMs: 0 })).toEqual({
      code: 'timeout',
      params: { seconds: 0 },
    });
  });
});

describe('readPdfTables: rules that do not separate the rows', () => {
  it('reads a table ruled only around its columns (no rule between the tasks) by the gaps, as a table without rules', async () => {
    const layout = layoutPages({
      ...LAYOUT,
      rules: 'none',
      rows: ROWS.slice(1).map((r) => r.map((c) => (c !== null && typeof c === 'object' ? c.text : (c ?? '市教育局')))),
    });
    // Column rules from the header's top to the table's end, a rule under the header and at the bottom: a 三线表 with columns.
    const [left, right] = [50, 50 + 40 + 190 + 90 + 90 + 90];
    const columns = [50, 90, 280, 370, 460, 550].map((x) => line(x, 108, x, 420)).join('\n');
    const rules = [line(left, 108, right, 108), line(left, 133, right, 133), line(left, 420, right, 420)].join('\n');
    const document = await read(pdf([`${layout[0]}\n${columns}\n${rules}`]));
    expect(document.tables[0]?.ruled).toBe(false);
    expect(document.tables[0]?.grid.map((r) => r[0])).toEqual(['序号', '1', '2', '3', '4', '5', '6']);
  });
});
