/** The pure steps of the PDF reader, each on hand-made input: page lists, folios, lines and cell text, rules to cells, compaction, joins. */
import { describe, expect, it, test } from 'vitest';
import { compactGrid } from '../../src/documents/compactGrid';
import { joinPageTables } from '../../src/documents/joinPageTables';
import { isPageNumberLine } from '../../src/documents/pageNumberLine';
import { isRowNumber } from '../../src/documents/isRowNumber';
import { normalizeCjkForms } from '../../src/documents/normalizeCjkForms';
import { pagesText } from '../../src/documents/pagesText';
import { cellText } from '../../src/documents/pdfCellText';
import type { PageTable } from '../../src/documents/pdfPageTables';
import { lineText, textLines } from '../../src/documents/pdfTextLines';
import { splitPiece, type TextPiece } from '../../src/documents/pdfTextPiece';
import { ruledTables } from '../../src/documents/ruledTables';
import { unruledColumns } from '../../src/documents/unruledColumns';

/** One CJK glyph per piece, 10 pt, as many 公文 PDFs set text. */
function glyphs(s: string, x: number, y: number, size = 10): TextPiece[] {
  return [...s].map((text, i) => ({ text, x: x + i * size, y, width: size, size }));
}

describe('pagesText', () => {
  test.each([
    [[3], '3'],
    [[1, 2, 3, 5], '1-3, 5'],
    [[9, 10, 1, 2], '1-2, 9-10'],
  ])('%j → %s', (pages, expected) => expect(pagesText(pages)).toBe(expected));
});

describe('isPageNumberLine', () => {
  test.each([
    ['— 3 —', true],
    ['- 12 -', true],
    ['第3页', true],
    ['第 3 页 共 12 页', true],
    ['3/12', true],
    ['Page 2 of 9', true],
    ['７', true],
    ['12月底前', false],
    ['一、构建现代职业教育体系', false],
    ['2016年', false],
  ])('%s → %s', (text, expected) => expect(isPageNumberLine(text)).toBe(expected));
});

describe('text lines and cell text', () => {
  it('joins glyphs on one baseline without spaces, Latin runs with one, and keeps fake-bold duplicates once', () => {
    const pieces = [
      ...glyphs('市教育局', 0, 20),
      ...glyphs('市教育局', 0.3, 20),
      { text: 'PDF', x: 0, y: 40, width: 15, size: 10 },
      { text: 'files', x: 20, y: 40.5, width: 20, size: 10 },
    ];
    expect(textLines(pieces).map(lineText)).toEqual(['市教育局', 'PDF files']);
  });

  it('splits a run into glyphs, Latin narrower than CJK', () => {
    expect(splitPiece({ text: '1市', x: 0, y: 10, width: 15.5, size: 10 }).map((p) => [p.text, p.x, p.width])).toEqual([
      ['1', 0, 5.5],
      ['市', 5.5, 10],
    ]);
  });

  it('joins a wrapped line to the next and breaks after a line that stops short, or before a numbered item', () => {
    const wrapped = textLines([...glyphs('市人力资源和社会保', 0, 20), ...glyphs('障局', 0, 34)]);
    expect(cellText(wrapped, 90)).toBe('市人力资源和社会保障局');
    const paragraphs = textLines([...glyphs('市人社局', 0, 20), ...glyphs('市财政局', 0, 34)]);
    expect(cellText(paragraphs, 90)).toBe('市人社局\n市财政局');
    const full = textLines([...glyphs('市人力资源和社会保障局', 0, 20), ...glyphs('市财政局', 0, 34)]);
    expect(cellText(full, 110)).toBe('市人力资源和社会保障局\n市财政局');
    const items = textLines([...glyphs('（1）完善制度建设工作', 0, 20), ...glyphs('（2）加强督查', 0, 34)]);
    expect(cellText(items, 110)).toBe('（1）完善制度建设工作\n（2）加强督查');
  });
});

describe('ruledTables', () => {
  const h = (y: number, x1: number, x2: number) => ({ x1, y1: y, x2, y2: y });
  const v = (x: number, y1: number, y2: number) => ({ x1: x, y1, x2: x, y2 });

  it('finds columns and rows from crossing lines, and a merged cell where an inner rule is missing', () => {
    // 3 columns × 3 rows; the rule between rows 1 and 2 is missing in column 2: that cell is merged down.
    const segments = [
      h(100, 50, 350),
      h(120, 50, 350),
      h(140, 50, 250),
      h(160, 50, 350),
      v(50, 100, 160),
      v(150, 100, 160),
      v(250, 100, 160),
      v(350, 100, 160),
    ];
    const [table] = ruledTables(segments);
    expect(table?.xs).toEqual([50, 150, 250, 350]);
    expect(table?.ys).toEqual([100, 120, 140, 160]);
    expect(table?.regions.filter((r) => r.rowSpan > 1 || r.colSpan > 1)).toEqual([
      { row: 1, col: 2, rowSpan: 2, colSpan: 1 },
    ]);
  });

  it('takes the outer edges from the ends of the rules when the sides are not drawn, and ignores a lone frame', () => {
    const open = [h(100, 50, 350), h(120, 50, 350), h(140, 50, 350), v(150, 100, 140), v(250, 100, 140)];
    expect(ruledTables(open)[0]?.xs).toEqual([50, 150, 250, 350]);
    expect(ruledTables([h(10, 10, 500), h(800, 10, 500), v(10, 10, 800), v(500, 10, 800)])).toEqual([]);
  });

  it('keeps a table whole across a heading row when it has no outer side borders (no rule crosses that row)', () => {
    // Rows 100–120 (header) and 140–160 (a task) have inner rules at 150 and 250; the heading row 120–140 has none.
    const segments = [
      h(100, 50, 350),
      h(120, 50, 350),
      h(140, 50, 350),
      h(160, 50, 350),
      v(150, 100, 120),
      v(250, 100, 120),
      v(150, 140, 160),
      v(250, 140, 160),
    ];
    const tables = ruledTables(segments);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.ys).toEqual([100, 120, 140, 160]);
    expect(tables[0]?.regions.filter((r) => r.colSpan > 1)).toEqual([{ row: 1, col: 0, rowSpan: 1, colSpan: 3 }]);
  });

  it('snaps a doubled border into one rule', () => {
    const doubled = [
      h(100, 50, 350),
      h(101.5, 50, 350),
      h(120, 50, 350),
      h(140, 50, 350),
      v(50, 100, 140),
      v(200, 100, 140),
      v(350, 100, 140),
    ];
    // 100 and 101.5 join at 100.75; the verticals' top end (100) snaps with it: the row edge is their mean.
    expect(ruledTables(doubled)[0]?.ys).toEqual([100.375, 120, 140]);
  });
});

describe('unruledColumns', () => {
  it('finds the columns by the gaps held down the lines, and treats a spaced-out header word as one column', () => {
    const lines = textLines([
      ...glyphs('序', 52, 20),
      ...glyphs('号', 75, 20),
      ...glyphs('工作任务', 120, 20),
      ...glyphs('牵头单位', 300, 20),
      ...glyphs('1', 60, 40),
      ...glyphs('建立现代职业学校制度', 100, 40),
      ...glyphs('市教育局', 300, 40),
      ...glyphs('2', 60, 60),
      ...glyphs('加强校企合作', 100, 60),
      ...glyphs('市财政局', 300, 60),
    ]);
    expect(unruledColumns(lines)).toEqual([
      { left: 52, right: 85 },
      { left: 100, right: 200 },
      { left: 300, right: 340 },
    ]);
  });
});

describe('compactGrid', () => {
  it('drops empty rows and columns and shrinks the merges over them', () => {
    const grid = [
      ['序号', '', '牵头单位'],
      ['', '', ''],
      ['1', '', '市教育局'],
      ['2', '', '市教育局'],
    ];
    expect(compactGrid({ grid, merges: [{ row: 1, col: 2, rowSpan: 3, colSpan: 1 }] })).toEqual({
      grid: [
        ['序号', '牵头单位'],
        ['1', '市教育局'],
        ['2', '市教育局'],
      ],
      merges: [{ row: 1, col: 1, rowSpan: 2, colSpan: 1 }],
      rows: [0, 2, 3],
      cols: [0, 2],
    });
  });
});

describe('joinPageTables', () => {
  const xs = [50, 90, 300, 400];
  const part = (
    page: number,
    grid: string[][],
    merges: PageTable['merges'] = [],
    lastRowRuns = [true, true, true],
  ): PageTable => ({ page, grid, merges, xs, top: 60, bottom: 700, ruled: true, lastRowRuns });

  it('drops the repeated header, joins the row the break split, and carries the merged lead into the next page', () => {
    const first = part(
      1,
      [
        ['序号', '工作任务', '牵头单位'],
        ['1', '建立现代职业学校制度。', '市教育局'],
        ['2', '推进中高职衔接，扩大', '市教育局'],
      ],
      [{ row: 1, col: 2, rowSpan: 2, colSpan: 1 }],
    );
    const second = part(
      2,
      [
        ['序号', '工作任务', '牵头单位'],
        ['', '五年制招生规模。', ''],
        ['3', '加强校企合作。', ''],
      ],
      [{ row: 1, col: 2, rowSpan: 2, colSpan: 1 }],
    );
    const [table, ...rest] = joinPageTables([first, second], [{ page: 2, text: '— 2 —', y: 800, size: 10 }]);
    expect(rest).toEqual([]);
    expect(table?.grid).toEqual([
      ['序号', '工作任务', '牵头单位'],
      ['1', '建立现代职业学校制度。', '市教育局'],
      ['2', '推进中高职衔接，扩大五年制招生规模。', '市教育局'],
      ['3', '加强校企合作。', '市教育局'],
    ]);
    expect(table?.merges).toEqual([{ row: 1, col: 2, rowSpan: 3, colSpan: 1 }]);
    expect(table?.pages).toEqual([1, 2]);
  });

  it("starts a new line where the split cell's last line on the first page stopped short (a paragraph ended at the break)", () => {
    const first = part(1, [['1', '推进中高职衔接。', '市人社局']], [], [true, false, false]);
    const second = part(2, [['', '扩大五年制招生。', '各县区人民政府']]);
    expect(joinPageTables([first, second], [])[0]?.grid).toEqual([
      ['1', '推进中高职衔接。\n扩大五年制招生。', '市人社局\n各县区人民政府'],
    ]);
  });

  it('keeps two tables apart when a caption stands above the second, or its columns do not line up', () => {
    const a = part(1, [['1', '任务', '市教育局']]);
    const b = part(2, [['1', '任务', '市财政局']]);
    expect(joinPageTables([a, b], [{ page: 2, text: '附件2 重点项目表', y: 50, size: 16 }])).toHaveLength(2);
    expect(joinPageTables([a, { ...b, xs: [50, 120, 300, 400] }], [])).toHaveLength(2);
    expect(joinPageTables([a, b], [])).toHaveLength(1);
  });

  it('joins across a running footer that carries the page number, and unruled parts whose columns line up only roughly', () => {
    const a = part(1, [['1', '任务', '市教育局']]);
    const b = part(2, [['2', '任务', '市财政局']]);
    const footers = [
      { page: 1, text: '广元市人民政府办公室 第1页', y: 790, size: 9 },
      { page: 2, text: '广元市人民政府办公室 第2页', y: 790, size: 9 },
    ];
    expect(joinPageTables([a, b], footers)).toHaveLength(1);
    const loose = (t: PageTable, xs: number[]): PageTable => ({ ...t, ruled: false, xs });
    expect(joinPageTables([loose(a, [52, 85, 290, 400]), loose(b, [52, 100, 300, 380])], [])).toHaveLength(1);
    expect(joinPageTables([loose(a, [52, 85, 290, 400]), loose(b, [52, 300, 320, 400])], [])).toHaveLength(2);
  });
});

describe('isRowNumber', () => {
  test.each([
    ['3', true],
    ['３', true],
    ['12.', true],
    ['（12）', true],
    ['204、', true],
    ['序号', false],
    ['12月底前', false],
    ['', false],
  ])('%s → %s', (text, expected) => expect(isRowNumber(text)).toBe(expected));
});

describe('normalizeCjkForms', () => {
  test.each([
    ['市⼈⺠政府', '市人民政府'],
    ['有关部⻔', '有关部门'],
    ['⼯作任务', '工作任务'],
    ['市⻓', '市长'],
    ['市教育局', '市教育局'],
  ])('%s → %s', (text, expected) => expect(normalizeCjkForms(text)).toBe(expected));
});
