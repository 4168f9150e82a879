// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { htmlTableToGrid, MAX_GRID_CELLS } from '../../../src/taskpane/import/htmlTableToGrid';

const grid = (html: string) => {
  const result = htmlTableToGrid(html);
  if (!result?.ok) throw new Error(`not a grid: ${JSON.stringify(result)}`);
  return result.grid;
};

describe('htmlTableToGrid', () => {
  test('a 牵头单位 cell merged over three tasks appears in each of the three rows', () => {
    const html =
      '<table><tr><th>序号</th><th>任务</th><th>牵头单位</th><th>配合单位</th></tr>' +
      '<tr><td>1</td><td>任务一</td><td rowspan="3">市发展改革委</td><td>市财政局</td></tr>' +
      '<tr><td>2</td><td>任务二</td><td></td></tr>' +
      '<tr><td>3</td><td>任务三</td><td>市教育局</td></tr></table>';
    expect(grid(html)).toEqual([
      ['序号', '任务', '牵头单位', '配合单位'],
      ['1', '任务一', '市发展改革委', '市财政局'],
      ['2', '任务二', '市发展改革委', ''],
      ['3', '任务三', '市发展改革委', '市教育局'],
    ]);
  });

  test('colspan is expanded; a cell across the whole row (a heading) is kept once', () => {
    const html =
      '<table><tr><td colspan="3">一、稳定就业</td></tr>' +
      '<tr><td rowspan="2">序号</td><td colspan="2">责任单位</td></tr>' +
      '<tr><td>牵头</td><td>配合</td></tr></table>';
    expect(grid(html)).toEqual([
      ['一、稳定就业', '', ''],
      ['序号', '责任单位', '责任单位'],
      ['序号', '牵头', '配合'],
    ]);
  });

  test('the merged areas are listed (a heading across the row is not one: it is kept once)', () => {
    const result = htmlTableToGrid(
      '<table><tr><td colspan="3">一、稳定就业</td></tr>' +
        '<tr><td rowspan="2">序号</td><td colspan="2">责任单位</td></tr>' +
        '<tr><td>牵头</td><td>配合</td></tr></table>',
    );
    expect(result?.ok && result.merges).toEqual([
      { row: 1, col: 0, rowSpan: 2, colSpan: 1 },
      { row: 1, col: 1, rowSpan: 1, colSpan: 2 },
    ]);
  });

  test('rowspan="0" runs to the last row; a rowspan past the last row stops there', () => {
    expect(grid('<table><tr><td rowspan="0">A</td><td>1</td></tr><tr><td>2</td></tr></table>')).toEqual([
      ['A', '1'],
      ['A', '2'],
    ]);
    expect(grid('<table><tr><td rowspan="9">A</td><td>1</td></tr></table>')).toEqual([['A', '1']]);
  });

  test('short rows are padded so the grid is rectangular', () => {
    expect(grid('<table><tr><td>1</td><td>任务</td><td>单位</td></tr><tr><td>2</td></tr></table>')).toEqual([
      ['1', '任务', '单位'],
      ['2', '', ''],
    ]);
  });

  test.each([
    [
      'Word paragraphs',
      '<table><tr><td><p class="MsoNormal">市教育局<o:p></o:p></p><p class="MsoNormal">市财政局</p></td></tr></table>',
      '市教育局\n市财政局',
    ],
    [
      'Excel <br> in a cell',
      "<table><tr><td>市教育局<br style='mso-data-placement:same-cell'>市财政局</td></tr></table>",
      '市教育局\n市财政局',
    ],
    [
      'web divs and list items',
      '<table><tr><td><div>甲</div><ul><li>乙</li><li>丙</li></ul></td></tr></table>',
      '甲\n乙\n丙',
    ],
    [
      'spaces and &nbsp; collapse, empty paragraphs drop',
      '<table><tr><td><p>&nbsp;市教育局&nbsp;  牵头</p><p>&nbsp;</p></td></tr></table>',
      '市教育局 牵头',
    ],
    [
      'script, style, img and hidden text are ignored',
      '<table><tr><td><script>alert(1)</script><style>p{}</style><img src="http://example.com/x.png" alt="图">可见<span style="display:none">隐藏</span><span hidden>也隐藏</span></td></tr></table>',
      '可见',
    ],
  ])('cell text: %s', (_, html, expected) => {
    expect(grid(html)).toEqual([[expected]]);
  });

  test('thead, tbody and several tables are read in order; a table nested in a cell stays inside its cell', () => {
    const html =
      '<p>标题</p><table><thead><tr><th>序号</th><th>任务</th></tr></thead><tbody><tr><td>1</td><td>甲<table><tr><td>内</td></tr></table></td></tr></tbody></table>' +
      '<table><tr><td>2</td><td>乙</td></tr></table>';
    expect(grid(html)).toEqual([
      ['序号', '任务'],
      ['1', '甲\n内'],
      ['2', '乙'],
    ]);
  });

  test('HTML without a table row is not a table', () => {
    expect(htmlTableToGrid('<p>只是一段文字</p>')).toBeNull();
    expect(htmlTableToGrid('<table></table>')).toBeNull();
  });

  test('a table over the cell cap is refused, with the count and the cap', () => {
    const row = `<tr>${'<td>x</td>'.repeat(10)}</tr>`;
    expect(htmlTableToGrid(`<table>${row.repeat(3)}</table>`, { maxCells: 25 })).toEqual({
      ok: false,
      refusal: { code: 'tableTooLarge', limit: 25 },
    });
    expect(htmlTableToGrid(`<table>${row.repeat(3)}</table>`, { maxCells: 30 })?.ok).toBe(true);
    // Padding counts too: 3 rows, one of them 10 wide, is 30 cells.
    expect(htmlTableToGrid(`<table>${row}<tr><td>a</td></tr><tr><td>b</td></tr></table>`, { maxCells: 29 })).toEqual({
      ok: false,
      refusal: { code: 'tableTooLarge', limit: 29 },
    });
  });

  test('a huge span is refused before any cell is filled', () => {
    // 200 rows of 1,001 cells: 200,200 > 100,000.
    const html = `<table>${'<tr><td colspan="1000">x</td><td>y</td></tr>'.repeat(200)}</table>`;
    expect(htmlTableToGrid(html)).toEqual({ ok: false, refusal: { code: 'tableTooLarge', limit: MAX_GRID_CELLS } });
  });

  test('too much HTML is refused before it is parsed', () => {
    expect(htmlTableToGrid('<table><tr><td>1</td></tr></table>', { maxChars: 10 })).toEqual({
      ok: false,
      refusal: { code: 'htmlTooLarge', chars: 34, limit: 10 },
    });
  });
});
