// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  buildReportWorkbook,
  readReportWorkbook,
  tasksForAgency,
  type ApplyPlan,
  type Round,
} from '../../../src/reports';
import { EMBEDDED_SEED_TEXT } from '../../../src/seed/embeddedSeed';
import { App } from '../../../src/taskpane/app/App';
import { XLSX_MIME, ZIP_MIME } from '../../../src/taskpane/shared/downloadFile';
import { zipSync } from 'fflate';
import { EN_US } from '../../../src/taskpane/i18n/strings.enUS';
import { asFormat1, forge, WRONG_KEY } from '../../reports/forgeReport';
import { fillReport } from '../../reports/seedLedger';
import { createFakePort, rowsFromText, type FakePort } from '../fakePort';

const TODAY = '2026-11-29';
const ROUND: Round = {
  id: 'r-2026-11',
  name: '2026年11月',
  dueDate: '2026-11-25',
  createdAt: '2026-11-01T01:00:00.000Z',
};

afterEach(cleanup);
// The panel is a lazy chunk: load its module once, so that opening the tab waits for React only, not for the module's
// first transform (over a second on a loaded machine).
beforeAll(async () => {
  await import('../../../src/taskpane/rounds/RoundsPanel');
});

interface Setup {
  port: FakePort;
  downloads: { name: string; bytes: Uint8Array; mimeType: string }[];
  plans: ApplyPlan[];
}

function setupPort(withRound: boolean): Setup {
  const port = createFakePort(rowsFromText(EMBEDDED_SEED_TEXT));
  if (withRound) port.rounds.push({ round: ROUND, answered: new Map() });
  const plans: ApplyPlan[] = [];
  const apply = port.applyReportPlan.bind(port);
  port.applyReportPlan = (plan) => {
    plans.push(plan);
    return apply(plan);
  };
  return { port, downloads: [], plans };
}

async function openRounds(setup: Setup | null) {
  const user = userEvent.setup();
  render(
    <App
      port={setup?.port ?? null}
      today={TODAY}
      download={(name, bytes, mimeType) => {
        setup?.downloads.push({ name, bytes, mimeType });
      }}
    />,
  );
  await user.click(screen.getByRole('tab', { name: '填报轮次' }));
  const panel = await screen.findByRole('region', { name: '填报轮次' });
  return { user, panel };
}

/** An agency's report for the November round, filled in as the agency would. */
async function filledBytes(
  port: FakePort,
  fills: Parameters<typeof fillReport>[1],
  agency = '市教育局',
): Promise<Uint8Array> {
  const sent = await buildReportWorkbook({
    workbookId: port.workbookId,
    key: await port.getReportKey(),
    round: ROUND,
    agency,
    tasks: tasksForAgency(port.rows, agency),
  });
  return fillReport(sent, fills);
}

async function filledReport(port: FakePort, fills: Parameters<typeof fillReport>[1]): Promise<File> {
  return new File([new Uint8Array(await filledBytes(port, fills))], '2026年11月-市教育局-进展填报.xlsx', {
    type: XLSX_MIME,
  });
}

const fileInput = (panel: HTMLElement) => within(panel).getByLabelText('选择回收的填报表（.xlsx 或 .zip，可多选）');

describe('RoundsPanel', () => {
  it('starts a round with the name and due date entered', async () => {
    const setup = setupPort(false);
    const { user, panel } = await openRounds(setup);
    expect(await within(panel).findByText('还没有填报轮次。请先在上方开始一轮。')).toBeTruthy();
    const name = within(panel).getByRole<HTMLInputElement>('textbox', { name: /轮次名称/ });
    expect(name.value).toBe('2026年11月');
    await user.clear(name);
    await user.type(name, '2026年12月');
    fireEvent.change(within(panel).getByLabelText('报送截止日期'), { target: { value: '2026-12-25' } });
    await user.click(within(panel).getByRole('button', { name: '开始新一轮' }));
    expect(await within(panel).findByText('已开始填报轮次“2026年12月”。')).toBeTruthy();
    expect(setup.port.rounds).toHaveLength(1);
    expect(setup.port.rounds[0]?.round).toMatchObject({ name: '2026年12月', dueDate: '2026-12-25' });
    expect(setup.port.rounds[0]?.round.id).toMatch(/^r-/);
    const chosen = within(panel).getByRole<HTMLSelectElement>('combobox', { name: '当前轮次' });
    expect(chosen.selectedOptions[0]?.textContent).toBe('2026年12月（截止 2026-12-25）');

    // The same name again is refused with what to do, and nothing is saved.
    await user.click(within(panel).getByRole('button', { name: '开始新一轮' }));
    expect(await within(panel).findByText('无法开始填报轮次：已有名为“2026年12月”的填报轮次。')).toBeTruthy();
    expect(setup.port.rounds).toHaveLength(1);
  });

  it("sends one agency its report workbook, named for it and carrying the workbook's identity", async () => {
    const setup = setupPort(true);
    const { user, panel } = await openRounds(setup);
    const send = await within(panel).findByRole('region', { name: '下发填报表' });
    await user.click(within(send).getByRole('button', { name: '全不选' }));
    const tasks = tasksForAgency(setup.port.rows, '市教育局');
    await user.click(within(send).getByRole('checkbox', { name: `市教育局（${tasks.length} 项）` }));
    await user.click(within(send).getByRole('button', { name: '生成填报表（1 个单位，.xlsx）' }));
    expect(
      await within(send).findByText(/已生成“2026年11月-市教育局-进展填报.xlsx”/, {}, { timeout: 20_000 }),
    ).toBeTruthy();
    expect(setup.downloads.map((d) => [d.name, d.mimeType])).toEqual([
      ['2026年11月-市教育局-进展填报.xlsx', XLSX_MIME],
    ]);
    const read = await readReportWorkbook(setup.downloads[0]!.bytes, {
      workbookId: setup.port.workbookId,
      key: await setup.port.getReportKey(),
      rounds: [ROUND],
      ledgerRows: setup.port.rows,
    });
    expect(read.ok && read.report.agency).toBe('市教育局');
    expect(read.ok && read.report.unanswered).toEqual(tasks.map((t) => t.no));
  }, 30_000);

  it('leaves tasks a reload marked 已移除 out of the report workbooks and their counts', async () => {
    const setup = setupPort(true);
    const all = tasksForAgency(setup.port.rows, '市教育局');
    const removed = all[0]!.no;
    setup.port.rows = setup.port.rows.map((r) => (r.no === removed ? { ...r, missing: true } : r));
    const { user, panel } = await openRounds(setup);
    const send = await within(panel).findByRole('region', { name: '下发填报表' });
    await user.click(within(send).getByRole('button', { name: '全不选' }));
    await user.click(within(send).getByRole('checkbox', { name: `市教育局（${all.length - 1} 项）` }));
    await user.click(within(send).getByRole('button', { name: '生成填报表（1 个单位，.xlsx）' }));
    await within(send).findByText(/已生成“2026年11月-市教育局-进展填报.xlsx”/, {}, { timeout: 20_000 });
    const read = await readReportWorkbook(setup.downloads[0]!.bytes, {
      workbookId: setup.port.workbookId,
      key: await setup.port.getReportKey(),
      rounds: [ROUND],
      ledgerRows: setup.port.rows,
    });
    expect(read.ok && read.report.unanswered).toEqual(all.filter((t) => t.no !== removed).map((t) => t.no));
  }, 30_000);

  it('sends several agencies as one zip', async () => {
    const setup = setupPort(true);
    const { user, panel } = await openRounds(setup);
    const send = await within(panel).findByRole('region', { name: '下发填报表' });
    await user.click(within(send).getByRole('button', { name: '全不选' }));
    await user.click(within(send).getByRole('checkbox', { name: /^市教育局（/ }));
    await user.click(within(send).getByRole('checkbox', { name: /^市财政局（/ }));
    await user.click(within(send).getByRole('button', { name: '生成填报表（2 个单位，.zip）' }));
    expect(
      await within(send).findByText(
        '已生成“2026年11月-进展填报表.zip”，内含 2 个单位的填报表。',
        {},
        { timeout: 20_000 },
      ),
    ).toBeTruthy();
    expect(setup.downloads.map((d) => [d.name, d.mimeType, [...d.bytes.slice(0, 2)]])).toEqual([
      ['2026年11月-进展填报表.zip', ZIP_MIME, [0x50, 0x4b]],
    ]);
  }, 30_000);

  it('previews a returned report, applies it through the port, and shows a re-import as already applied', async () => {
    const setup = setupPort(true);
    const file = await filledReport(
      setup.port,
      new Map([[2, { status: '推进中', progress: '方案已印发', by: '王五', date: '2026-11-20' }]]),
    );
    const { user, panel } = await openRounds(setup);
    const receive = await within(panel).findByRole('region', { name: '导入回收的填报表' });
    await user.upload(fileInput(panel), file);
    const change = await within(receive).findByText('任务 2：未启动 → 推进中', {}, { timeout: 20_000 });
    const item = change.closest('li')!;
    expect(within(item).getByText('王五（市教育局），2026-11-20')).toBeTruthy();
    expect(within(item).getByText('方案已印发')).toBeTruthy();
    expect(setup.plans).toEqual([]);
    expect(setup.port.rows.find((r) => r.no === 2)?.status).toBe('未启动');

    await user.click(within(receive).getByRole('button', { name: '应用（1 条答复）' }));
    expect(await within(receive).findByText('已应用 1 条答复，跳过 0 条，更新 1 项任务。')).toBeTruthy();
    expect(setup.plans).toHaveLength(1);
    expect(setup.plans[0]?.changes).toMatchObject([
      { no: 2, oldStatus: '未启动', newStatus: '推进中', by: '王五（市教育局）' },
    ]);
    expect(setup.port.rows.find((r) => r.no === 2)?.status).toBe('推进中');
    const chase = within(panel).getByRole('region', { name: '报送情况与催报' });
    expect(await within(chase).findByText('市教育局：2026-11-20')).toBeTruthy();

    await user.upload(fileInput(panel), file);
    expect(
      await within(receive).findByText('这些文件中的 1 条答复此前都已导入，无需再次应用。', {}, { timeout: 20_000 }),
    ).toBeTruthy();
    expect(within(receive).queryByRole('button', { name: /应用/ })).toBeNull();
    expect(setup.plans).toHaveLength(1);
  }, 40_000);

  it('marks a format-1 file (public checksum, no signature) of a round begun before the key as unauthenticated, and still offers it', async () => {
    const setup = setupPort(true); // the round predates the key: the port makes its key on first use, today
    const signed = await filledBytes(
      setup.port,
      new Map([[2, { status: '推进中', progress: '方案已印发', by: '王五', date: '2026-11-20' }]]),
    );
    const old = await asFormat1(signed);
    const { user, panel } = await openRounds(setup);
    const receive = await within(panel).findByRole('region', { name: '导入回收的填报表' });
    await user.upload(fileInput(panel), new File([new Uint8Array(old)], '旧版-市教育局.xlsx', { type: XLSX_MIME }));
    expect(
      await within(receive).findByText('旧格式，无签名，未认证：请核对填报单位。', {}, { timeout: 20_000 }),
    ).toBeTruthy();
    expect(within(receive).getByText(/这份填报表由旧版加载项生成，只有校验码、没有签名/)).toBeTruthy();
    expect(within(receive).getByRole('button', { name: '应用（1 条答复）' })).toBeTruthy();
  }, 40_000);

  it('refuses a file whose agency was edited and re-signed with a wrong key, naming the agency; nothing to apply', async () => {
    const setup = setupPort(true);
    const signed = await filledBytes(setup.port, new Map([[2, { status: '已完成', by: '王五', date: '2026-11-20' }]]));
    const forged = await forge(signed, { edits: { B6: '市人社局' }, resignWith: WRONG_KEY, parts: ['agency'] });
    const { user, panel } = await openRounds(setup);
    const receive = await within(panel).findByRole('region', { name: '导入回收的填报表' });
    await user.upload(fileInput(panel), new File([new Uint8Array(forged)], 'x.xlsx', { type: XLSX_MIME }));
    expect(
      await within(receive).findByText(
        /填报表的识别信息被改动过：填报单位（文件中为“市人社局”）/,
        {},
        { timeout: 20_000 },
      ),
    ).toBeTruthy();
    expect(within(receive).queryByRole('button', { name: /应用/ })).toBeNull();
    expect(setup.port.rows.find((r) => r.no === 2)?.status).toBe('未启动');
  }, 40_000);

  it('marks in the preview an answer dated before the row’s last entry (applying will not overwrite it)', async () => {
    const setup = setupPort(true);
    setup.port.rows = setup.port.rows.map((r) => (r.no === 2 ? { ...r, updated: '2026-11-25' } : r));
    const file = await filledReport(
      setup.port,
      new Map([[2, { status: '推进中', progress: '方案已印发', by: '王五', date: '2026-11-20' }]]),
    );
    const { user, panel } = await openRounds(setup);
    const receive = await within(panel).findByRole('region', { name: '导入回收的填报表' });
    await user.upload(fileInput(panel), file);
    const change = await within(receive).findByText('任务 2：未启动 → 推进中', {}, { timeout: 20_000 });
    expect(
      within(change.closest('li')!).getByText(
        '这份答复早于台账中的最近一次填报，应用时不会覆盖台账。如确需采用，请在任务中手工填报。',
      ),
    ).toBeTruthy();
  }, 40_000);

  it('says which answers were not applied because the row was edited after the preview or holds a newer entry', async () => {
    const setup = setupPort(true);
    // The workbook layer finds the conflicts at write time (tests/workbook/dataLoss.test.ts); here, the pane says so.
    setup.port.applyReportPlan = () =>
      Promise.resolve({
        ok: true,
        applied: 0,
        skipped: 0,
        updated: [],
        notFound: [],
        conflicts: [{ no: 2, kind: 'conflict', status: '推进中' }],
        stale: [{ no: 5, kind: 'stale', date: '2026-11-20', updated: '2026-11-25' }],
      });
    const file = await filledReport(
      setup.port,
      new Map([[2, { status: '推进中', progress: '方案已印发', by: '王五', date: '2026-11-20' }]]),
    );
    const { user, panel } = await openRounds(setup);
    const receive = await within(panel).findByRole('region', { name: '导入回收的填报表' });
    await user.upload(fileInput(panel), file);
    await within(receive).findByText('任务 2：未启动 → 推进中', {}, { timeout: 20_000 });
    await user.click(within(receive).getByRole('button', { name: '应用（1 条答复）' }));
    expect(
      await within(receive).findByText(
        '任务 2 在预览之后被修改过，其答复未应用、未记录。请重新选择文件，查看最新预览后再应用。',
      ),
    ).toBeTruthy();
    expect(
      within(receive).getByText(
        '任务 5 的答复早于台账中的最近一次填报，未覆盖、未记录。如确需采用，请在任务中手工填报。',
      ),
    ).toBeTruthy();
  }, 40_000);

  it('reads every report inside a returned .zip', async () => {
    const setup = setupPort(true);
    const edu = await filledBytes(setup.port, new Map([[2, { status: '推进中', by: '王五', date: '2026-11-20' }]]));
    const finance = await filledBytes(
      setup.port,
      new Map([[14, { status: '已完成', by: '赵六', date: '2026-11-21' }]]),
      '市财政局',
    );
    const zip = zipSync({ '市教育局.xlsx': edu, '市财政局.xlsx': finance });
    const { user, panel } = await openRounds(setup);
    const receive = await within(panel).findByRole('region', { name: '导入回收的填报表' });
    await user.upload(fileInput(panel), new File([zip], '回收.zip', { type: 'application/zip' }));
    expect(
      await within(receive).findByText(
        '回收.zip/市教育局.xlsx：市教育局，2026年11月，1 条有效答复。',
        {},
        { timeout: 20_000 },
      ),
    ).toBeTruthy();
    expect(within(receive).getByText('回收.zip/市财政局.xlsx：市财政局，2026年11月，1 条有效答复。')).toBeTruthy();
    const changes = within(receive).getByRole('list', { name: '将更新 2 项任务' });
    expect(
      within(changes)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('strong')?.textContent),
    ).toEqual(['任务 2：未启动 → 推进中', '任务 14：未启动 → 已完成']);
  }, 40_000);

  it('speaks English when the locale is en-US', async () => {
    const user = userEvent.setup();
    render(<App port={null} today={TODAY} strings={EN_US} />);
    await user.click(screen.getByRole('tab', { name: 'Rounds' }));
    const panel = await screen.findByRole('region', { name: 'Reporting rounds' });
    expect(within(panel).getByText(/^Read-only preview: start a sample round/)).toBeTruthy();
  });

  it('en-US: the round name is the agencies’ (marked zh-CN), and a sent file’s Chinese name is marked in the English message', async () => {
    const user = userEvent.setup();
    const downloads: string[] = [];
    render(<App port={null} today={TODAY} strings={EN_US} download={(name) => void downloads.push(name)} />);
    await user.click(screen.getByRole('tab', { name: 'Rounds' }));
    const panel = await screen.findByRole('region', { name: 'Reporting rounds' });
    const name = within(panel).getByRole<HTMLInputElement>('textbox', { name: /Round name/ });
    expect([name.value, name.getAttribute('lang')]).toEqual(['2015年8月', 'zh-CN']);
    await user.click(within(panel).getByRole('button', { name: 'Start round' }));
    const send = await within(panel).findByRole('region', { name: 'Send report workbooks' });
    await user.click(within(send).getByRole('button', { name: 'Select none' }));
    await user.click(within(send).getByRole('checkbox', { name: /^市财政局 \(/ }));
    await user.click(within(send).getByRole('button', { name: 'Create report (1 agency, .xlsx)' }));
    await waitFor(() => expect(downloads).toEqual(['2015年8月-市财政局-进展填报.xlsx']), { timeout: 20_000 });
    // Each Chinese run of the file's name is marked; the sentence around it is English.
    const message = (await within(send).findByText('进展填报')).parentElement;
    expect(message?.textContent).toBe(
      'Created “2015年8月-市财政局-进展填报.xlsx”. Find it in your downloads and send it to the agency.',
    );
    expect([...(message?.querySelectorAll('[lang="zh-CN"]') ?? [])].map((el) => el.textContent)).toEqual([
      '“2015年8月',
      '市财政局',
      '进展填报',
    ]);
  }, 40_000);

  it('outside Excel: a sample round can be started, one agency’s workbook downloaded and the 催报 list shown, nothing written', async () => {
    const user = userEvent.setup();
    const downloads: { name: string; bytes: Uint8Array; mime: string }[] = [];
    render(
      <App port={null} today={TODAY} download={(name, bytes, mime) => void downloads.push({ name, bytes, mime })} />,
    );
    await user.click(screen.getByRole('tab', { name: '填报轮次' }));
    const panel = await screen.findByRole('region', { name: '填报轮次' });
    expect(within(panel).getByText(/^只读预览：可以开始一个示例轮次/)).toBeTruthy();
    expect(await within(panel).findByText('还没有填报轮次。请先在上方开始一轮。')).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: '开始新一轮' }));
    expect(await within(panel).findByText('已在本页开始示例轮次“2015年8月”（预览，未写入任何工作簿）。')).toBeTruthy();
    const send = await within(panel).findByRole('region', { name: '下发填报表' });
    await user.click(within(send).getByRole('button', { name: '全不选' }));
    await user.click(within(send).getByRole('checkbox', { name: /^市财政局（/ }));
    await user.click(within(send).getByRole('button', { name: '生成填报表（1 个单位，.xlsx）' }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 20_000 });
    expect(downloads[0]?.name).toBe('2015年8月-市财政局-进展填报.xlsx');
    expect(within(send).getByText(/已生成“2015年8月-市财政局-进展填报.xlsx”/)).toBeTruthy();
    expect(downloads[0]?.mime).toBe(XLSX_MIME);
    // An .xlsx is a zip: it starts with PK.
    expect([...(downloads[0]?.bytes.slice(0, 2) ?? [])]).toEqual([0x50, 0x4b]);
    const chase = within(panel).getByRole('region', { name: '报送情况与催报' });
    expect(within(chase).getByRole('list', { name: '已报送（0）' })).toBeTruthy();
    const text = within(chase).getByRole<HTMLTextAreaElement>('textbox', { name: '催报文字' }).value;
    // Due in 7 days (the default): a reminder, not yet a 催报 of late ones; every agency is still to answer.
    expect(text).toMatch(/^【提醒】2015年8月重点任务进展情况请于2015年9月7日前报送。以下\d+个单位尚未报送：\n1\. /);
    expect(text).toContain('. 市财政局\n');
    expect(within(panel).queryByRole('button', { name: /应用/ })).toBeNull();
    expect(within(panel).getByText('在 Excel 中打开此加载项才能导入回收的填报表并更新台账。')).toBeTruthy();
  }, 40_000);

  it('lists the problem of a file that is not a report and applies nothing', async () => {
    const setup = setupPort(true);
    const { user, panel } = await openRounds(setup);
    const receive = await within(panel).findByRole('region', { name: '导入回收的填报表' });
    await user.upload(fileInput(panel), new File(['序号\t工作任务\n1\t某任务\n'], '进展.xlsx', { type: XLSX_MIME }));
    expect(
      await within(receive).findByText('进展.xlsx：未能读取，整份文件未导入。', {}, { timeout: 20_000 }),
    ).toBeTruthy();
    const issues = within(receive).getByRole('list', { name: '发现 1 个问题' });
    expect(within(issues).getByRole('listitem').textContent).toMatch(/^进展\.xlsx：.+（not-xlsx）$/);
    expect(within(receive).getByText('没有可导入的答复。')).toBeTruthy();
    expect(within(receive).queryByRole('button', { name: /应用/ })).toBeNull();
    expect(setup.plans).toEqual([]);
  });

  it('lists who answered and who is late, with the 催报 text and the round notice', async () => {
    const setup = setupPort(true);
    setup.port.rounds[0] = { round: ROUND, answered: new Map([['市教育局', '2026-11-24']]) };
    const { panel } = await openRounds(setup);
    const chase = await within(panel).findByRole('region', { name: '报送情况与催报' });
    expect(within(chase).getByRole('list', { name: '已报送（1）' }).textContent).toBe('市教育局：2026-11-24');
    const late = within(chase).getByRole('list', { name: /^已逾期未报（\d+）$/ });
    expect(within(late).getAllByRole('listitem')[0]?.textContent).toMatch(/：逾期 4 天$/);
    const text = within(chase).getByRole<HTMLTextAreaElement>('textbox', { name: '催报文字' }).value;
    expect(text.startsWith('【催报】2026年11月重点任务进展情况应于2026年11月25日前报送，已逾期4天。')).toBe(true);
    const notice = within(chase).getByRole<HTMLTextAreaElement>('textbox', { name: '报送情况通报' }).value;
    expect(notice).toMatch(
      /^截至2026年11月29日，2026年11月重点任务进展填报应报\d+个单位，已报1个；未报\d+个（已逾期）：/,
    );
  });
});

describe('RoundsPanel: groups and unnamed units', () => {
  it('sends a listed group to its members, and names the groups and unnamed units it leaves out', async () => {
    const setup = setupPort(true);
    setup.port.rows = setup.port.rows.map((r, i) =>
      i === 0 ? { ...r, assignments: [...r.assignments, { agency: '各乡镇', role: 'support' as const }] } : r,
    );
    setup.port.groups = { 各乡镇: ['东坝镇', '西城镇'] };
    const { panel } = await openRounds(setup);
    const send = await within(panel).findByRole('region', { name: '下发填报表' });
    expect(within(send).getByRole('checkbox', { name: '东坝镇（1 项）' })).toBeTruthy();
    expect(within(send).getByRole('checkbox', { name: '西城镇（1 项）' })).toBeTruthy();
    expect(within(send).queryByRole('checkbox', { name: /各乡镇|各县区人民政府|市级有关部门/ })).toBeNull();
    const apart = within(send).getByRole('region', { name: '分组与未指明的单位' });
    expect(within(apart).getByText('各乡镇：发给其成员单位 东坝镇、西城镇。')).toBeTruthy();
    expect(
      within(apart).getByText(/^各县区人民政府：是一组单位，“单位别名”表（台账设置）中未列出其成员，不发送填报表。/),
    ).toBeTruthy();
    expect(within(apart).getByText('市级各行业主管部门、市级有关部门：未指明具体单位，不发送填报表。')).toBeTruthy();
  }, 30_000);
});
