// Issue 21: Word files of a few KB built to make the reader produce huge grids, huge DOMs or deep recursion, and
// zips that hide records. Each must end in a bounded read or a refusal with its code.
import { DOMParser } from '@xmldom/xmldom';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocxTables, type XmlParser } from '../../src/documents/readDocxTables';
import { rawZip } from '../ooxml/rawZip';
import { docx, documentXml, p, tbl, type CellSpec } from './docxFixture';

const parser = new DOMParser({ onError: () => undefined }) as unknown as XmlParser;
const read = (bytes: Uint8Array) => readDocxTables(bytes, '附件.docx', { parser });

async function refusal(
  bytes: Uint8Array,
): Promise<{ code: string; params: Readonly<Record<string, string | number>> }> {
  const result = await read(bytes);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

/** A `columns`-wide table whose first row holds `text` in every cell, each merged down over `rows` rows. */
function mergedDown(text: string, rows: number, columns: number): string {
  const first = tbl(columns, [Array.from({ length: columns }, (): CellSpec => ({ text, vMerge: 'restart' }))]);
  const continued = `<w:tr>${'<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>'.repeat(columns)}</w:tr>`;
  return first.replace('</w:tbl>', `${continued.repeat(rows - 1)}</w:tbl>`);
}

/** Tables nested `depth` deep, each merging its one cell down over `rows` rows. */
function nestedMerges(depth: number, rows: number): string {
  let inner = tbl(1, [
    [{ text: '任务'.repeat(50), vMerge: 'restart' }],
    ...Array.from({ length: rows - 1 }, () => [{ vMerge: 'continue' as const }]),
  ]);
  for (let d = 1; d < depth; d += 1) {
    inner = tbl(1, [
      [{ raw: `${inner}<w:p/>`, vMerge: 'restart' }],
      ...Array.from({ length: rows - 1 }, () => [{ vMerge: 'continue' as const }]),
    ]);
  }
  return inner;
}

describe('Word tables bounded by what they would produce', () => {
  it('one paragraph of 100 KB merged down 6,000 rows × 64 columns: refused before any grid is built', async () => {
    // 384,000 cells, over 1.5 million elements: the byte scan refuses it before the DOM.
    const file = docx({ body: mergedDown('长'.repeat(100_000), 6_000, 64), level: 9 });
    expect(file.length).toBeLessThan(1024 * 1024);
    expect((await refusal(file)).code).toBe('too-many-elements');
  });

  it('3,200 rows of one cell each placed after 63 empty grid columns: 204,800 cells from 13,000 elements, refused by cells', async () => {
    const row = '<w:tr><w:trPr><w:gridBefore w:val="63"/></w:trPr><w:tc><w:p/></w:tc></w:tr>';
    const file = docx({ body: `<w:tbl>${row.repeat(3_200)}</w:tbl>`, level: 9 });
    expect(await refusal(file)).toEqual({ code: 'table-too-large', params: { cells: 200_000 + 64, limit: 200_000 } });
  });

  it('a 100 KB paragraph merged down 3,000 rows × 1 column: refused by characters (300 M would be produced)', async () => {
    const file = docx({ body: mergedDown('长'.repeat(100_000), 3_000, 1), level: 9 });
    expect(await refusal(file)).toEqual({
      code: 'table-text-too-large',
      params: expect.objectContaining({ limit: 20_000_000 }) as unknown,
    });
  });

  it('tables nested 8 deep, each merging its cell over 10 rows: refused by characters, no Invalid string length', async () => {
    const file = docx({ body: nestedMerges(8, 10) });
    expect(file.length).toBeLessThan(20_000);
    expect((await refusal(file)).code).toBe('table-text-too-large');
  });

  it('an ordinary merged table still reads, with its merges listed once', async () => {
    const result = await read(
      docx({
        body: tbl(3, [
          ['序号', '工作任务', '牵头单位'],
          ['1', '甲', { text: '市教育局', vMerge: 'restart' }],
          ['2', '乙', { vMerge: 'continue' }],
          [{ text: '合计', span: 3 }],
        ]),
      }),
    );
    if (!result.ok) throw new Error(result.error.code);
    const table = result.document.tables[0]!;
    expect(table.grid).toEqual([
      ['序号', '工作任务', '牵头单位'],
      ['1', '甲', '市教育局'],
      ['2', '乙', '市教育局'],
      ['合计', '合计', '合计'],
    ]);
    expect(table.merges).toEqual([
      { row: 1, col: 2, rowSpan: 2, colSpan: 1 },
      { row: 3, col: 0, rowSpan: 1, colSpan: 3 },
    ]);
  });
});

describe('document.xml bounded by elements and depth before the DOM', () => {
  it('a few hundred KB of <w:p/> (millions of nodes) is refused as too many elements', async () => {
    const body = `${'<w:p/>'.repeat(500_000)}${tbl(2, [['序号', '工作任务']])}`;
    expect(await refusal(docx({ body, level: 9 }))).toEqual({
      code: 'too-many-elements',
      params: { part: 'word/document.xml', limit: 400_000 },
    });
  });

  it('4,990 nested w:sdt around a table is refused as too deep, not a stack overflow', async () => {
    const body = `${'<w:sdt><w:sdtContent>'.repeat(4_990)}${tbl(2, [['序号', '工作任务']])}${'</w:sdtContent></w:sdt>'.repeat(4_990)}`;
    expect(await refusal(docx({ body }))).toEqual({
      code: 'too-deep',
      params: { part: 'word/document.xml', limit: 128 },
    });
  });

  it('10,000 nested unknown elements are refused the same way', async () => {
    const body = `${'<x:u xmlns:x="urn:x">'.repeat(10_000)}${'</x:u>'.repeat(10_000)}${tbl(2, [['序号', '工作任务']])}`;
    expect((await refusal(docx({ body }))).code).toBe('too-deep');
  });

  it('a table nested 20 deep (Word allows it) still reads', async () => {
    let inner = tbl(1, [['任务']]);
    for (let d = 1; d < 20; d += 1) inner = tbl(1, [[{ raw: `${inner}<w:p/>` }]]);
    const result = await read(docx({ body: inner }));
    expect(result.ok).toBe(true);
  });
});

describe('zips that hide records', () => {
  const parts = {
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(
      documentXml(
        `${p('附件')}${tbl(2, [
          ['序号', '工作任务'],
          ['1', '甲'],
        ])}`,
      ),
    ),
  };

  it('100,000 local-only records (no directory entry) are refused by structure, not walked', async () => {
    const hidden = Array.from({ length: 100_000 }, (_, i) => ({
      name: `x/${i}`,
      data: new Uint8Array(0),
      method: 0 as const,
      listed: false,
    }));
    const zip = rawZip([...hidden, ...Object.entries(parts).map(([name, data]) => ({ name, data }))]);
    expect(await refusal(zip)).toEqual({
      code: 'zip-altered',
      params: { reason: 'unlisted-bytes', entry: '[Content_Types].xml' },
    });
  });

  it('a document.xml whose local header names another part is refused as altered', async () => {
    const zip = rawZip([
      { name: '[Content_Types].xml', data: parts['[Content_Types].xml'] },
      { name: 'word/document.xml', localName: 'word/document.xmX', data: parts['word/document.xml'] },
    ]);
    expect((await refusal(zip)).code).toBe('zip-altered');
  });

  it('the same parts written honestly read', async () => {
    expect((await read(zipSync(parts))).ok).toBe(true);
  });
});
