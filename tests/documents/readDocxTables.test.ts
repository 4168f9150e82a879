import { DOMParser } from '@xmldom/xmldom';
import { deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  MAX_DOCX_BYTES,
  MAX_DOCX_ENTRIES,
  MAX_DOCUMENT_XML_BYTES,
  readDocxTables,
  type XmlParser,
} from '../../src/documents/readDocxTables';
import { gridToTabText, parseTaskTable } from '../../src/model';
import { docx, documentXml, p, rawZip, tbl } from './docxFixture';

// @xmldom/xmldom stands in for the browser's DOMParser in Node; both implement parseFromString.
const parser = new DOMParser({ onError: () => undefined }) as unknown as XmlParser;
const read = (bytes: Uint8Array, name = '附件.docx') => readDocxTables(bytes, name, { parser });

const HEADER = ['序号', '工作任务', '牵头单位', '配合单位', '时间进度'];

/** A section row spanning the table, three tasks under one 牵头单位 merged vertically, a two-paragraph cell. */
const TASK_TABLE = tbl(5, [
  HEADER,
  [{ text: '一、构建现代职业教育体系', span: 5 }],
  ['1', '建立现代职业学校制度。', { text: '市教育局', vMerge: 'restart' }, '市财政局', '2015年底前'],
  [
    '2',
    { paras: ['推进中高职衔接。', '扩大五年制招生。'] },
    { vMerge: 'continue' },
    { paras: ['市人社局', '市财政局'] },
    '6月底前',
  ],
  ['3', '加强校企合作。', { vMerge: 'continue' }, '', '持续实施'],
]);

async function ok(bytes: Uint8Array) {
  const result = await read(bytes);
  if (!result.ok) throw new Error(`expected a document, got ${result.error.code}`);
  return result.document;
}

async function refused(bytes: Uint8Array, name?: string) {
  const result = await read(bytes, name);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('readDocxTables: the grid', () => {
  it('keeps the first paragraph after each table (a note such as 注：排在第一位的为牵头单位), not a later one', async () => {
    const small = tbl(2, [
      ['序号', '工作任务'],
      ['1', '修订办法。'],
    ]);
    const doc = await ok(
      docx({ body: p('标题') + small + p('注：排在第一位的为牵头单位。') + p('抄送：县政府办。') + small }),
    );
    expect(doc.tables.map((t) => t.after)).toEqual(['注：排在第一位的为牵头单位。', '']);
  });

  it('expands gridSpan and vMerge, and joins a cell’s paragraphs with line breaks', async () => {
    const doc = await ok(docx({ body: p('附件') + p('重点任务分工及进度安排表') + TASK_TABLE }));
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]?.grid).toEqual([
      HEADER,
      Array.from({ length: 5 }, () => '一、构建现代职业教育体系'),
      ['1', '建立现代职业学校制度。', '市教育局', '市财政局', '2015年底前'],
      ['2', '推进中高职衔接。\n扩大五年制招生。', '市教育局', '市人社局\n市财政局', '6月底前'],
      ['3', '加强校企合作。', '市教育局', '', '持续实施'],
    ]);
    expect(doc.tables[0]?.merges).toEqual([
      { row: 1, col: 0, rowSpan: 1, colSpan: 5 },
      { row: 2, col: 2, rowSpan: 3, colSpan: 1 },
    ]);
    expect(doc.tables[0]?.caption).toBe('重点任务分工及进度安排表');
    expect(doc.title).toBe('重点任务分工及进度安排表');
  });

  it('gives a 牵头单位 merged over three tasks to each of the three after parsing', async () => {
    const doc = await ok(docx({ body: TASK_TABLE }));
    const table = parseTaskTable(gridToTabText(doc.tables[0]?.grid ?? []));
    expect(table.tasks.map((t) => t.no)).toEqual([1, 2, 3]);
    expect(table.tasks.map((t) => t.assignments.filter((a) => a.role === 'lead').map((a) => a.agency))).toEqual([
      ['市教育局'],
      ['市教育局'],
      ['市教育局'],
    ]);
    expect(table.tasks[1]?.assignments.filter((a) => a.role === 'support').map((a) => a.agency)).toEqual([
      '市人力资源和社会保障局',
      '市财政局',
    ]);
    expect(table.sections.map((s) => s.title)).toEqual(['构建现代职业教育体系']);
    expect(table.tasks[0]?.deadline).toBe('2015-12-31');
  });

  it('leaves gridBefore columns empty and keeps rows rectangular', async () => {
    const body = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>${['a', 'b', 'c'].map((t) => `<w:tc>${p(t)}</w:tc>`).join('')}</w:tr><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc>${p('y')}</w:tc></w:tr></w:tbl>`;
    const doc = await ok(docx({ body }));
    expect(doc.tables[0]?.grid).toEqual([
      ['a', 'b', 'c'],
      ['', 'y', ''],
    ]);
  });

  it('reads text through runs, tabs, breaks, content controls and tracked changes, not deletions or field codes', async () => {
    const cell = `<w:tc><w:p><w:r><w:t>市教育</w:t></w:r><w:ins><w:r><w:t>局</w:t></w:r></w:ins><w:del><w:r><w:delText>市财政局</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:br/><w:t>牵头</w:t></w:r></w:p></w:tc>`;
    const body = `<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:sdt><w:sdtContent><w:tr>${cell}</w:tr></w:sdtContent></w:sdt></w:tbl>`;
    const doc = await ok(docx({ body }));
    expect(doc.tables[0]?.grid).toEqual([['市教育局\n牵头']]);
  });

  it('keeps a nested table’s text in its cell, one line per row, and says so', async () => {
    const inner = tbl(2, [
      ['市教育局', '牵头'],
      ['市财政局', '配合'],
    ]);
    const doc = await ok(docx({ body: tbl(2, [['1', { raw: p('单位：') + inner }]]) }));
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]?.grid).toEqual([['1', '单位：\n市教育局 牵头\n市财政局 配合']]);
    expect(doc.tables[0]?.nested).toBe(true);
  });

  it('takes the title’s year for year-less deadlines, and the document’s written date', async () => {
    const doc = await ok(
      docx({
        body:
          p('附件2') +
          p('2016年全市重点工作任务分工') +
          TASK_TABLE +
          p('广元市人民政府办公室') +
          p('二〇一六年三月十一日'),
      }),
    );
    expect(doc.title).toBe('2016年全市重点工作任务分工');
    expect(doc.year).toBe(2016);
    expect(doc.date).toBe('2016-03-11');
  });

  it('falls back to the date’s year, then to docProps’ title', async () => {
    const doc = await ok(docx({ body: TASK_TABLE + p('2015年8月12日'), title: '任务分工表' }));
    expect(doc.title).toBe('2015年8月12日');
    const noParagraphs = await ok(docx({ body: TASK_TABLE, title: '任务分工表' }));
    expect(noParagraphs.title).toBe('任务分工表');
    expect(noParagraphs.year).toBeNull();
    expect(noParagraphs.date).toBeNull();
  });
});

describe('readDocxTables: refusals, as data with a code', () => {
  it('refuses a zip bomb by the size it actually inflates to, whatever the zip declares', async () => {
    // The headers claim 1,000 bytes; the deflated stream holds 80 MB + 1 KB of spaces in about 80 KB.
    const deflated = deflateRawSync(Buffer.alloc(MAX_DOCUMENT_XML_BYTES + 1024, 0x20), { level: 9 });
    const bomb = rawZip([{ name: 'word/document.xml', deflated, declaredSize: 1000 }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await refused(bomb);
    // Inflating stops once the part passes the 1,000 bytes it declares: a header that lies is an altered file.
    expect(error).toEqual({ code: 'zip-altered', params: { reason: 'size-mismatch', entry: 'word/document.xml' } });
  });

  it('refuses a part that honestly declares more than its cap, before inflating it', async () => {
    const deflated = deflateRawSync(Buffer.alloc(1024, 0x20));
    const big = rawZip([{ name: 'word/document.xml', deflated, declaredSize: MAX_DOCUMENT_XML_BYTES + 1 }]);
    expect(await refused(big)).toEqual({
      code: 'inflated-too-large',
      params: { part: 'word/document.xml', limit: MAX_DOCUMENT_XML_BYTES },
    });
  });

  it('refuses a file over the size cap before unzipping it', async () => {
    const big = new Uint8Array(MAX_DOCX_BYTES + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await refused(big)).toEqual({
      code: 'too-large',
      params: { bytes: MAX_DOCX_BYTES + 1, limit: MAX_DOCX_BYTES },
    });
  });

  it('refuses more entries than a Word package has', async () => {
    const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8(documentXml(TASK_TABLE)) };
    for (let i = 0; i < MAX_DOCX_ENTRIES; i += 1) files[`word/media/x${i}.bin`] = new Uint8Array(0);
    expect(await refused(zipSync(files, { level: 0 }))).toEqual({
      code: 'too-many-entries',
      params: { entries: MAX_DOCX_ENTRIES + 1, limit: MAX_DOCX_ENTRIES },
    });
  });

  it('refuses a DOCTYPE or entity declaration before parsing', async () => {
    const xml = documentXml(TASK_TABLE).replace(
      '<w:document',
      '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><w:document',
    );
    expect(await refused(docx({ documentXml: xml }))).toEqual({
      code: 'doctype',
      params: { part: 'word/document.xml' },
    });
  });

  it('refuses XML that does not parse, and a package without a document', async () => {
    expect((await refused(docx({ documentXml: '<w:document><w:body>' }))).code).toBe('bad-xml');
    const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    expect(await refused(xlsx, '任务表.docx')).toEqual({ code: 'not-docx', params: { kind: 'xlsx' } });
  });

  it('refuses a cut-short zip, an empty file and a document without tables', async () => {
    const whole = docx({ body: TASK_TABLE });
    expect((await refused(whole.subarray(0, Math.floor(whole.length / 2)))).code).toBe('truncated');
    expect((await refused(new Uint8Array(0))).code).toBe('empty-file');
    expect(await refused(docx({ body: p('通知正文') + p('第二段') }))).toEqual({
      code: 'no-tables',
      params: { paragraphs: 2 },
    });
  });

  const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0];
  it.each([
    ['通知.doc', OLE, { code: 'legacy-format', params: { kind: 'doc' } }],
    ['附件.wps', OLE, { code: 'legacy-format', params: { kind: 'wps' } }],
    ['台账.xls', OLE, { code: 'legacy-format', params: { kind: 'xls' } }],
    ['台账.et', OLE, { code: 'legacy-format', params: { kind: 'et' } }],
    ['附件.pdf', [...new TextEncoder().encode('%PDF-1.7\n')], { code: 'legacy-format', params: { kind: 'pdf' } }],
    [
      '改了扩展名.doc',
      [...new TextEncoder().encode('{\\rtf1\\ansi')],
      { code: 'legacy-format', params: { kind: 'rtf' } },
    ],
    ['加密.docx', OLE, { code: 'encrypted', params: {} }],
    ['随便.bin', [1, 2, 3, 4], { code: 'not-docx', params: { kind: 'unknown' } }],
  ])('%s is refused with its code', async (name, bytes, expected) => {
    expect(await refused(new Uint8Array(bytes), name)).toEqual(expected);
  });
});
