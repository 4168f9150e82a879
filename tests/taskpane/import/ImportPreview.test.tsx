// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ColumnRole, ParsedTaskTable } from '../../../src/model';
import { App } from '../../../src/taskpane/app/App';
import { EN_US } from '../../../src/taskpane/i18n/strings.enUS';
import { ZH_CN, type Strings } from '../../../src/taskpane/i18n/strings';
import { ImportPreview } from '../../../src/taskpane/import/ImportPreview';
import { importStrings } from '../../../src/taskpane/import/importStrings';
import { createFakePort } from '../fakePort';

const TODAY = '2026-11-29';

/** A five-column table as Excel copies it, without its header (序号 ⇥ 任务 ⇥ 牵头单位 ⇥ 配合单位 ⇥ 完成时限). */
const FIVE_COLUMNS = [
  '1\t推进政务数据共享。\t市发展改革委\t市大数据局、各区县政府\t2025年第三季度',
  '2\t建设一体化政务服务平台。\t市大数据局\t\t2025年12月底前',
  '3\t开展数字技能培训。\t市人社局\t市财政局\t持续实施',
].join('\n');

afterEach(cleanup);

async function openImport(strings?: Strings) {
  const user = userEvent.setup();
  render(<App port={createFakePort([])} today={TODAY} {...(strings ? { strings } : {})} />);
  await user.click(screen.getByRole('tab', { name: strings === EN_US ? 'Import' : '导入' }));
  const panel = await screen.findByRole(
    'region',
    { name: strings === EN_US ? 'Import a task table' : '导入任务表' },
    { timeout: 15_000 },
  ); // lazy chunk on a busy machine
  return { user, panel };
}

async function pasteText(user: ReturnType<typeof userEvent.setup>, panel: HTMLElement, text: string) {
  await user.click(within(panel).getByRole('textbox', { name: /粘贴任务表|Paste/ }));
  await user.paste(text);
}

/** A preview task's fields, term → value, read from its description list. */
function fieldsOf(panel: HTMLElement, no: number): Record<string, string> {
  const item = within(panel).getByRole('listitem', { name: `任务 ${no}` });
  const terms = within(item)
    .getAllByRole('term')
    .map((t) => t.textContent ?? '');
  const values = within(item)
    .getAllByRole('definition')
    .map((d) => d.textContent ?? '');
  return Object.fromEntries(terms.map((t, i) => [t, values[i] ?? '']));
}

async function pickersOpen(user: ReturnType<typeof userEvent.setup>, panel: HTMLElement) {
  const toggle = within(panel).queryByRole('button', { name: '更正列的用途' });
  if (toggle) await user.click(toggle);
}

describe('the import preview', () => {
  it('a header-less five-column table: 牵头, 配合 and the deadline date per task, and the inferred columns', async () => {
    const { user, panel } = await openImport();
    await pasteText(user, panel, FIVE_COLUMNS);
    const mapping = await within(panel).findByRole('region', { name: '各列的用途' });
    expect(within(mapping).getByText('列：序号 · 任务 · 牵头单位 · 配合单位 · 完成时限')).toBeTruthy();
    expect(fieldsOf(panel, 1)).toEqual({
      牵头: '市发展改革委',
      配合: '市大数据局、各区县政府',
      期限: '2025年第三季度 → 2025-09-30',
    });
    expect(fieldsOf(panel, 2)).toEqual({ 牵头: '市大数据局', 期限: '2025年12月底前 → 2025-12-31' });
    expect(fieldsOf(panel, 3)).toEqual({ 牵头: '市人力资源和社会保障局', 配合: '市财政局', 期限: '持续实施' });
  });

  it('choosing a column role re-reads the table with it and the preview follows', async () => {
    const { user, panel } = await openImport();
    await pasteText(user, panel, FIVE_COLUMNS);
    await within(panel).findByRole('region', { name: '各列的用途' });
    await pickersOpen(user, panel);
    await user.selectOptions(within(panel).getByRole('combobox', { name: '第 3 列' }), '牵头单位');
    await user.selectOptions(within(panel).getByRole('combobox', { name: '第 4 列' }), '配合单位');
    await user.selectOptions(within(panel).getByRole('combobox', { name: '第 5 列' }), '完成时限');
    expect(within(panel).getByText('按你的更正')).toBeTruthy();
    expect(fieldsOf(panel, 1)).toEqual({
      牵头: '市发展改革委',
      配合: '市大数据局、各区县政府',
      期限: '2025年第三季度 → 2025-09-30',
    });

    // The 配合 column read as something else: the supporters leave the preview, the column line says so.
    await user.selectOptions(within(panel).getByRole('combobox', { name: '第 4 列' }), '其他（不读取）');
    expect(within(panel).getByText('列：序号 · 任务 · 牵头单位 · 其他（不读取） · 完成时限')).toBeTruthy();
    expect(fieldsOf(panel, 1)).toEqual({ 牵头: '市发展改革委', 期限: '2025年第三季度 → 2025-09-30' });
    // And the deadline column read as the lead's: the schedule is gone.
    await user.selectOptions(within(panel).getByRole('combobox', { name: '第 5 列' }), '其他（不读取）');
    expect(fieldsOf(panel, 2)).toEqual({ 牵头: '市大数据局', 期限: '未写期限' });

    await user.click(within(panel).getByRole('button', { name: '恢复自动识别' }));
    expect(within(panel).queryByText('按你的更正')).toBeNull();
  });

  it('an HTML paste with a 牵头单位 cell merged over three rows gives each task its lead', async () => {
    const { panel } = await openImport();
    const area = within(panel).getByRole('textbox', { name: /粘贴任务表/ });
    const html =
      '<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>' +
      '<tr><td>1</td><td>任务一。</td><td rowspan="3"><p>市发展改革委</p></td><td>市财政局</td><td>2025年6月底前</td></tr>' +
      '<tr><td>2</td><td>任务二。</td><td></td><td>2025年第三季度</td></tr>' +
      '<tr><td>3</td><td>任务三。</td><td>市教育局</td><td>持续实施</td></tr></table>';
    fireEvent.paste(area, { clipboardData: { getData: (type: string) => (type === 'text/html' ? html : '') } });
    await within(panel).findByRole('listitem', { name: '任务 3' });
    expect(within(panel).getByText('列：序号 · 任务 · 牵头单位 · 配合单位 · 完成时限')).toBeTruthy();
    expect(fieldsOf(panel, 1)).toEqual({ 牵头: '市发展改革委', 配合: '市财政局', 期限: '2025年6月底前 → 2025-06-30' });
    expect(fieldsOf(panel, 2)).toEqual({ 牵头: '市发展改革委', 期限: '2025年第三季度 → 2025-09-30' });
    expect(fieldsOf(panel, 3)).toEqual({ 牵头: '市发展改革委', 配合: '市教育局', 期限: '持续实施' });
  });

  it('a pasted table too large to read is refused with the reason, and the textarea keeps what it had', async () => {
    const { panel } = await openImport();
    const area = within(panel).getByRole<HTMLTextAreaElement>('textbox', { name: /粘贴任务表/ });
    const html = `<table>${'<tr><td colspan="1000">x</td></tr>'.repeat(101)}</table>`;
    fireEvent.paste(area, { clipboardData: { getData: (type: string) => (type === 'text/html' ? html : '') } });
    expect(
      await within(panel).findByText(
        '粘贴的表格超过 100,000 个单元格（合并单元格按展开后计算），未读取。请分几次复制粘贴。',
      ),
    ).toBeTruthy();
    expect(area.value).toBe('');
  });

  it('issues carry their line once, in the pane’s language; an ambiguous deadline is 待确认', async () => {
    const table = '序号\t工作任务\t负责单位\t时间进度\n1\t建立现代职业学校制度。\t市教育局\t2016年9月前';
    {
      const { user, panel } = await openImport();
      await pasteText(user, panel, table);
      const issues = await within(panel).findByRole('list', { name: '发现 1 个问题' });
      expect(within(issues).getByRole('listitem').textContent).toBe(
        '第 2 行 · 提醒：序号 1 的时间进度“2016年9月前”不能确定到具体日期，请人工确认期限',
      );
      expect(fieldsOf(panel, 1)).toEqual({ 负责: '市教育局', 期限: '待确认（2016年9月前）' });
      cleanup();
    }
    const { user, panel } = await openImport(EN_US);
    await pasteText(user, panel, table);
    const issues = await within(panel).findByRole('list', { name: '1 issue found' });
    expect(within(issues).getByRole('listitem').textContent).toBe(
      'Line 2 · Warning: Task 1: the schedule “2016年9月前” does not name a definite day; please confirm the deadline',
    );
    expect(within(panel).getByText('Columns: No. · Task · Responsible units · Deadline')).toBeTruthy();
    expect(within(panel).getByText('from the header')).toBeTruthy();
    const item = within(panel).getByRole('listitem', { name: 'Task 1' });
    expect(
      within(item)
        .getAllByRole('definition')
        .map((d) => d.textContent),
    ).toEqual(['市教育局', 'To confirm (2016年9月前)']);
  });
});

describe('ImportPreview', () => {
  const table: ParsedTaskTable = {
    title: '',
    sections: [],
    subheadings: [],
    columns: {
      roles: ['no', 'task', 'units', 'leader', 'schedule'],
      headers: [null, null, null, null, null],
      source: 'content',
      uncertain: true,
      headerKey: '',
      readings: (['no', 'task', 'units', 'leader', 'schedule'] as const).map((role) => ({
        role,
        score: 1,
        runnerUp: null,
        runnerUpScore: 1,
        margin: 0,
      })),
    },
    yearNeeded: false,
    tasks: [
      {
        no: 1,
        section: null,
        text: '加快建设现代职业教育体系，推动中等和高等职业教育协调发展，建立健全职业教育质量评价制度。',
        units: '市人力资和源社会保障局、市教育局',
        assignments: [
          { agency: '市人力资源和社会保障局', role: 'joint' },
          { agency: '市教育局', role: 'joint' },
        ],
        schedule: '2025年起每年开展',
        deadline: null,
        ongoing: true,
        ambiguous: false,
        leaders: ['张华'],
        line: 1,
      },
    ],
    issues: [
      {
        line: 1,
        severity: 'info',
        code: 'agency-corrected',
        params: { no: 1, written: '市人力资和源社会保障局', agency: '市人力资源和社会保障局' },
      },
      { line: 0, severity: 'warning', code: 'columns-inferred', params: { roles: 'no,task,units,leader,schedule' } },
    ],
  };
  const text = '1\t加快建设现代职业教育体系。\t市人力资和源社会保障局、市教育局\t张华\t2025年起每年开展';

  it('shows joint units and leaders as their own fields, corrections as information, and the pickers when unsure', () => {
    render(
      <ImportPreview
        table={table}
        text={text}
        s={ZH_CN}
        is={importStrings('zh-CN')}
        onColumnsChange={() => undefined}
        onColumnsReset={() => undefined}
      />,
    );
    const item = screen.getByRole('listitem', { name: '任务 1' });
    expect(item.querySelector('p')?.textContent).toBe(
      '1 加快建设现代职业教育体系，推动中等和高等职业教育协调发展，建立健全职业教育质量评…',
    );
    expect(
      within(item)
        .getAllByRole('term')
        .map((t) => t.textContent),
    ).toEqual(['共同负责', '责任领导', '期限']);
    expect(
      within(item)
        .getAllByRole('definition')
        .map((d) => d.textContent),
    ).toEqual(['市人力资源和社会保障局、市教育局', '张华', '持续实施']);
    const corrections = screen.getByRole('list', { name: '已自动更正 1 处' });
    expect(within(corrections).getByRole('listitem').textContent).toBe(
      '第 1 行 · 已更正：序号 1 的单位“市人力资和源社会保障局”按“市人力资源和社会保障局”读入（已更正写法）',
    );
    expect(screen.getByRole('list', { name: '发现 1 个问题' })).toBeTruthy();
    // Unsure inference: the warning and every column's picker are shown without asking, each with an example cell.
    expect(screen.getByText(/列的用途没有把握/)).toBeTruthy();
    expect(screen.getAllByRole('combobox').map((c) => (c as HTMLSelectElement).value)).toEqual([
      'no',
      'task',
      'units',
      'leader',
      'schedule',
    ]);
    expect(screen.getByText('例：张华')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '更正列的用途' })).toBeNull();
  });
});

describe('ImportPreview: asks instead of guessing', () => {
  const unsure: ParsedTaskTable = {
    title: '',
    sections: [],
    subheadings: [],
    columns: {
      roles: ['task', 'lead', 'support'],
      headers: [null, null, null],
      source: 'content',
      uncertain: true,
      headerKey: '',
      readings: [
        { role: 'task', score: 9, runnerUp: null, runnerUpScore: 0, margin: 9 },
        { role: 'lead', score: 5, runnerUp: 'support', runnerUpScore: 4.5, margin: 0.5 },
        { role: 'support', score: 5, runnerUp: 'lead', runnerUpScore: 4.6, margin: 0.4 },
      ],
    },
    yearNeeded: false,
    tasks: [
      {
        no: 1,
        section: null,
        text: '建立制度。',
        units: '',
        assignments: [{ agency: '市教育局', role: 'lead' }],
        schedule: '',
        deadline: null,
        ongoing: false,
        ambiguous: false,
        leaders: [],
        line: 1,
      },
      {
        no: 2,
        section: null,
        text: '完善政策。',
        units: '',
        assignments: [{ agency: '市财政局', role: 'lead' }],
        schedule: '',
        deadline: null,
        ongoing: false,
        ambiguous: false,
        leaders: [],
        line: 2,
      },
    ],
    issues: [{ line: 2, severity: 'warning', code: 'leader-not-agency', params: { no: 2, name: '张三' } }],
  };
  const text = '建立制度。\t市教育局\t市财政局\n完善政策。\t市财政局\t张三';

  it('opens the column roles first, with each column’s best reading and the next, and switches one in one click', async () => {
    const changes: ColumnRole[][] = [];
    render(
      <ImportPreview
        table={unsure}
        text={text}
        s={ZH_CN}
        is={importStrings('zh-CN')}
        onColumnsChange={(r) => changes.push(r)}
        onColumnsReset={() => undefined}
      />,
    );
    const preview = screen.getByRole('region', { name: '读取结果预览' });
    const mapping = within(preview).getByRole('region', { name: '各列的用途' });
    // The column roles come before the summary of what was read with them.
    const summary = within(preview).getByText('（无标题）：0 个板块，2 项任务');
    expect(mapping.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(mapping).getByText('最可能：牵头单位 · 其次：配合单位')).toBeTruthy();
    // A column with nothing to weigh (no runner-up) shows no reading line.
    expect(within(mapping).queryByText(/最可能：任务/)).toBeNull();
    await userEvent.setup().click(within(mapping).getByRole('button', { name: '第 2 列改为配合单位' }));
    expect(changes).toEqual([['task', 'support', 'support']]);
  });

  it('marks a cell that disagrees with its column on that task’s card', () => {
    render(
      <ImportPreview
        table={unsure}
        text={text}
        s={ZH_CN}
        is={importStrings('zh-CN')}
        onColumnsChange={() => undefined}
        onColumnsReset={() => undefined}
      />,
    );
    const first = screen.getByRole('listitem', { name: '任务 1' });
    const second = screen.getByRole('listitem', { name: '任务 2' });
    expect(within(first).queryByText('需核对')).toBeNull();
    expect(within(second).getByText('需核对')).toBeTruthy();
    expect(within(second).getAllByRole('definition').at(-1)?.textContent).toBe(
      '序号 2 的“张三”是领导，记为责任领导，不计入单位',
    );
  });
});
