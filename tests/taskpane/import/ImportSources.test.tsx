// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/taskpane/app/App';
import { ImportSources } from '../../../src/taskpane/import/ImportSources';
import type { ImportSource } from '../../../src/taskpane/import/ImportSources.types';
import type { WorkbookPort } from '../../../src/workbook/port';
import { docx, p, tbl } from '../../documents/docxFixture';
import { createFakePort } from '../fakePort';

const TODAY = '2026-11-29';

const TASKS = tbl(4, [
  ['序号', '工作任务', '牵头单位', '完成时限'],
  ['1', '建立现代职业学校制度。', { text: '市教育局', vMerge: 'restart' }, '6月底前'],
  ['2', { paras: ['推进中高职衔接。', '扩大五年制招生。'] }, { vMerge: 'continue' }, '2016年9月30日前'],
  ['3', '加强校企合作。', { vMerge: 'continue' }, '持续实施'],
]);
const LETTERHEAD = tbl(2, [
  ['广元市人民政府办公室', '文件'],
  ['广府办发〔2016〕1号', ''],
]);

afterEach(cleanup);

function fileOf(bytes: Uint8Array, name: string): File {
  return new File([bytes.slice().buffer], name, { type: 'application/octet-stream' });
}

async function openImport(port: WorkbookPort | null) {
  const user = userEvent.setup();
  render(<App port={port} today={TODAY} />);
  await user.click(screen.getByRole('tab', { name: '导入' }));
  const panel = await screen.findByRole('region', { name: '导入任务表' });
  return { user, panel };
}

describe('ImportSources', () => {
  it('reads a chosen .docx: the task table is picked over the letterhead, three leads from one merged cell', async () => {
    const port = createFakePort([]);
    const { user, panel } = await openImport(port);
    const bytes = docx({ body: LETTERHEAD + p('附件') + p('2016年重点任务分工') + TASKS });
    await user.upload(within(panel).getByLabelText('选择 Word 或 PDF 文件'), fileOf(bytes, '附件.docx'));
    const preview = await within(panel).findByRole('region', { name: '读取结果预览' }, { timeout: 10_000 });
    expect(within(preview).getByText('2016年重点任务分工：0 个板块，3 项任务')).toBeTruthy();
    expect(within(panel).getByText(/找到 2 个表格/)).toBeTruthy();
    expect(within(panel).getByText('文档：2016年重点任务分工 · 未写年份的期限按 2016 年读取')).toBeTruthy();
    const tasks = within(within(preview).getByRole('list', { name: '读到的任务' })).getAllByRole('listitem');
    expect(tasks).toHaveLength(3);
    expect(tasks.map((li) => li.textContent?.includes('市教育局'))).toEqual([true, true, true]);
    expect(within(panel).getByRole<HTMLSelectElement>('combobox', { name: '要读取的表格' }).value).toBe('1');
    await user.click(within(panel).getByRole('button', { name: '写入工作簿' }));
    await within(panel).findByText(/新增 3 项/, {}, { timeout: 10_000 });
    const load = port.calls.find((c) => c.method === 'loadLedger');
    expect(load?.method === 'loadLedger' && load.table.tasks.map((t) => t.schedule)).toEqual([
      '6月底前',
      '2016年9月30日前',
      '持续实施',
    ]);
    expect(load?.method === 'loadLedger' && load.source.name).toBe('Word 文件：附件.docx · 2');
  });

  it('hands the import view the chosen table as a grid with its merged cells and the title as a first row, with the title’s year', async () => {
    const sources: ImportSource[] = [];
    const user = userEvent.setup();
    render(<ImportSources port={null} onSource={(source) => sources.push(source)} />);
    await user.upload(
      screen.getByLabelText('选择 Word 或 PDF 文件'),
      fileOf(docx({ body: p('2016年重点任务分工') + TASKS }), '附件.docx'),
    );
    await screen.findByText(/表1/, {}, { timeout: 10_000 });
    expect(sources).toEqual([
      {
        text: '2016年重点任务分工\n序号\t工作任务\t牵头单位\t完成时限\n1\t建立现代职业学校制度。\t市教育局\t6月底前\n2\t"推进中高职衔接。\n扩大五年制招生。"\t市教育局\t2016年9月30日前\n3\t加强校企合作。\t市教育局\t持续实施',
        name: 'Word 文件：附件.docx',
        documentYear: 2016,
        grid: [
          ['序号', '工作任务', '牵头单位', '完成时限'],
          ['1', '建立现代职业学校制度。', '市教育局', '6月底前'],
          ['2', '推进中高职衔接。\n扩大五年制招生。', '市教育局', '2016年9月30日前'],
          ['3', '加强校企合作。', '市教育局', '持续实施'],
        ],
        table: {
          rows: [
            ['2016年重点任务分工'],
            ['序号', '工作任务', '牵头单位', '完成时限'],
            ['1', '建立现代职业学校制度。', '市教育局', '6月底前'],
            ['2', '推进中高职衔接。\n扩大五年制招生。', '市教育局', '2016年9月30日前'],
            ['3', '加强校企合作。', '市教育局', '持续实施'],
          ],
          // The 牵头单位 merged down the three tasks (rows 1–3 of the table, 2–4 under the title row).
          merges: [{ row: 2, col: 2, rowSpan: 3, colSpan: 1 }],
          source: 'docx',
        },
      },
    ]);
  });

  it('puts a short paragraph right over the table (a note) under the title, so the first-listed convention reaches the parser', async () => {
    const sources: ImportSource[] = [];
    const user = userEvent.setup();
    render(<ImportSources port={null} onSource={(source) => sources.push(source)} />);
    const units = tbl(3, [
      ['序号', '工作任务', '责任单位'],
      ['1', '新增公办学位。', '县教育局、县财政局'],
    ]);
    const body = p('2026年教育重点任务分工') + p('（列第一位的为牵头单位）') + units;
    await user.upload(screen.getByLabelText('选择 Word 或 PDF 文件'), fileOf(docx({ body }), '分工.docx'));
    await screen.findByText(/表1/, {}, { timeout: 10_000 });
    expect(sources[0]?.table?.rows.slice(0, 3)).toEqual([
      ['2026年教育重点任务分工'],
      ['（列第一位的为牵头单位）'],
      ['序号', '工作任务', '责任单位'],
    ]);
  });

  it('says to save a .doc as .docx', async () => {
    const { user, panel } = await openImport(createFakePort([]));
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await user.upload(within(panel).getByLabelText('选择 Word 或 PDF 文件'), fileOf(ole, '通知.doc'));
    expect(
      await within(panel).findByText(
        '“通知.doc”是Word 97-2003 文档（.doc），无法直接读取。请在 Word/WPS 中另存为 .docx 后再选择。',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
  });

  it('shows the Excel buttons only with a port that reads ranges, and previews the selection', async () => {
    const withoutRanges = await openImport(createFakePort([]));
    expect(within(withoutRanges.panel).queryByRole('button', { name: '读取选中区域' })).toBeNull();
    cleanup();
    const grid = [
      ['序号', '工作任务', '负责单位', '时间进度', '进展情况', '备注'],
      ['1', '建立现代职业学校制度。', '市教育局牵头，市财政局配合', '2015年底前', '已出台意见', '重点'],
    ];
    const carriedCalls: unknown[] = [];
    const port: WorkbookPort = {
      ...createFakePort([]),
      readSelectionGrid: () =>
        Promise.resolve({ ok: true, grid: { sheet: '台账', address: 'A1:F2', table: null, grid } }),
      carryOverColumns: (columns, addedNos) => {
        carriedCalls.push({ columns, addedNos });
        return Promise.resolve({ written: 2, kept: 0, added: ['备注'] });
      },
    };
    const { user, panel } = await openImport(port);
    await user.click(within(panel).getByRole('button', { name: '读取选中区域' }));
    const preview = await within(panel).findByRole('region', { name: '读取结果预览' }, { timeout: 10_000 });
    expect(within(preview).getByText(/1 项任务/)).toBeTruthy();
    expect(
      within(panel).getByText(
        '原表中的其他列也会写入台账（不覆盖台账中已有的内容）：进展情况 → 进展情况、备注（新增列）',
      ),
    ).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: '写入工作簿' }));
    expect(
      await within(panel).findByText('已保留原表的列：写入 2 个单元格，新增列 备注。', {}, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(carriedCalls).toEqual([
      {
        columns: [
          { header: '进展情况', target: 'progress', values: [[1, '已出台意见']] },
          { header: '备注', target: 'user', values: [[1, '重点']] },
        ],
        addedNos: [1],
      },
    ]);
    expect(within(panel).getByRole('textbox', { name: /来源名称|数据来源|来源/ })).toHaveProperty(
      'value',
      '工作表区域：台账!A1:F2',
    );
  });
});
