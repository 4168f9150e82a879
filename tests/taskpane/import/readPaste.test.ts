// @vitest-environment jsdom
/** What a paste into the import box becomes: text, a refusal, or the box's new text (a grid when pasted over all). */
import { describe, expect, it } from 'vitest';
import { readPaste } from '../../../src/taskpane/import/readPaste';

const TABLE =
  '<table><tr><td>序号</td><td>任务</td><td>牵头单位</td></tr>' +
  '<tr><td>1</td><td>修订目录</td><td rowspan="2">市教育局</td></tr>' +
  '<tr><td>2</td><td>建设基地</td></tr></table>';
const TAB_TEXT = '序号\t任务\t牵头单位\n1\t修订目录\t市教育局\n2\t建设基地\t市教育局';

describe('readPaste', () => {
  it('no HTML on the clipboard: the box pastes the text itself', () => {
    expect(readPaste('', { value: 'abc', selectionStart: 1, selectionEnd: 1 })).toEqual({ kind: 'text' });
  });

  it('a table pasted over the whole box is read as a grid, its merged cell known', () => {
    const result = readPaste(TABLE, { value: '旧文本', selectionStart: 0, selectionEnd: 3 });
    expect(result).toEqual({
      kind: 'replace',
      text: TAB_TEXT,
      grid: {
        text: TAB_TEXT,
        cells: null,
        table: {
          rows: [
            ['序号', '任务', '牵头单位'],
            ['1', '修订目录', '市教育局'],
            ['2', '建设基地', '市教育局'],
          ],
          merges: [{ row: 1, col: 2, rowSpan: 2, colSpan: 1 }],
          source: 'html',
        },
      },
    });
  });

  it('a table pasted into other text becomes text in its place, with no grid', () => {
    const result = readPaste(TABLE, { value: '前文\n\n后文', selectionStart: 3, selectionEnd: 3 });
    expect(result).toEqual({ kind: 'replace', text: `前文\n${TAB_TEXT}\n后文`, grid: null });
  });

  it('HTML over the size limit (10,000,000 characters) is refused, not pasted', () => {
    const huge = `<table><tr><td>${'x'.repeat(10_000_000)}</td></tr></table>`;
    expect(readPaste(huge, { value: '', selectionStart: 0, selectionEnd: 0 })).toEqual({
      kind: 'refused',
      refusal: { code: 'htmlTooLarge', chars: 10_000_033, limit: 10_000_000 },
    });
  });
});
