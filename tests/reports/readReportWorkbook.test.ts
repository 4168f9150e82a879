import { describe, expect, it, test } from 'vitest';
import { zipSync } from 'fflate';
import { toExcelSerial } from '../../src/model';
import {
  META_SHEET,
  MAX_REPORT_BYTES,
  REPORT_SHEET,
  buildReportWorkbook,
  readReportWorkbook,
  reportAgencies,
  tasksForAgency,
  type ReadExpectation,
  type ReadResult,
  type ReportIssue,
  type ReportRequest,
} from '../../src/reports';
import { withBomb, withExtraRows, withLastRowCell } from './craftedFiles';
import { KEY, ROUND, WORKBOOK_ID, fillReport, openWorkbook, reportNumbers, saveWorkbook, seedRows } from './seedLedger';

const rows = seedRows();
const expected: ReadExpectation = { workbookId: WORKBOOK_ID, key: KEY, rounds: [ROUND], ledgerRows: rows };
const request = (agency: string, workbookId = WORKBOOK_ID): ReportRequest => ({
  workbookId,
  key: KEY,
  round: ROUND,
  agency,
  tasks: tasksForAgency(rows, agency),
});
const edu = await buildReportWorkbook(request('市教育局'));
const eduTasks = tasksForAgency(rows, '市教育局');

function refusedWith(result: ReadResult): ReportIssue {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected a refusal');
  expect(result.issues).toHaveLength(1);
  const issue = result.issues[0]!;
  expect(issue.severity).toBe('error');
  // Data only: a code and its params, worded by the pane (#24).
  expect(Object.keys(issue).sort()).toEqual(['code', 'params', 'severity']);
  return issue;
}

function report(result: ReadResult) {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
  return result.report;
}

describe('readReportWorkbook: every agency of the seed, untouched', () => {
  it('reads back the report of every agency (about 20): identity, its tasks in order, nothing answered, no issues', async () => {
    const agencies = reportAgencies(rows);
    expect(agencies.length).toBeGreaterThanOrEqual(19);
    for (const agency of agencies) {
      const bytes = await buildReportWorkbook(request(agency));
      expect(await reportNumbers(bytes)).toEqual(tasksForAgency(rows, agency).map((t) => t.no));
      const r = report(await readReportWorkbook(bytes, expected));
      expect(r).toEqual({
        formatVersion: 2,
        authenticated: true,
        workbookId: WORKBOOK_ID,
        roundId: ROUND.id,
        roundName: ROUND.name,
        agency,
        answers: [],
        issues: [],
        unanswered: tasksForAgency(rows, agency).map((t) => t.no),
      });
    }
  });
});

describe('readReportWorkbook: answers as an agency fills them', () => {
  it('reads status, progress, problems, next steps, reporter and date; empty rows are not answered', async () => {
    const filled = await fillReport(
      edu,
      new Map([
        [
          2,
          {
            status: '推进中',
            progress: '已印发实施方案',
            problems: '经费不足',
            nextSteps: '12月底前完成评估',
            by: '王五',
            date: new Date(Date.UTC(2026, 10, 20)),
          },
        ],
        [3, { status: '已办结', progress: '已完成', by: '王五', date: '2026年11月21日' }],
        [9, { status: '滞后', by: '赵六', date: toExcelSerial('2026-11-22') }],
      ]),
    );
    const r = report(await readReportWorkbook(filled, expected));
    expect(r.answers).toEqual([
      {
        no: 2,
        status: '推进中',
        progress: '已印发实施方案',
        problems: '经费不足',
        nextSteps: '12月底前完成评估',
        by: '王五',
        date: '2026-11-20',
        row: 5,
      },
      {
        no: 3,
        status: '已完成',
        progress: '已完成',
        problems: '',
        nextSteps: '',
        by: '王五',
        date: '2026-11-21',
        row: 6,
      },
      { no: 9, status: '滞后', progress: '', problems: '', nextSteps: '', by: '赵六', date: '2026-11-22', row: 8 },
    ]);
    expect(r.issues).toEqual([]);
    expect(r.unanswered).toEqual(eduTasks.map((t) => t.no).filter((no) => ![2, 3, 9].includes(no)));
  });

  test.each([
    [
      'an invalid status',
      { status: '差不多', by: '王五', date: '2026-11-20' },
      'invalid-status',
      'error',
      { found: '差不多' },
    ],
    ['a missing status', { progress: '已推进', by: '王五', date: '2026-11-20' }, 'missing-status', 'error', {}],
    [
      'a missing reporter',
      { status: '推进中', progress: '已推进', date: '2026-11-20' },
      'missing-reporter',
      'error',
      {},
    ],
    [
      'an unreadable date',
      { status: '推进中', by: '王五', date: '下周一' },
      'invalid-date',
      'error',
      { found: '下周一' },
    ],
    ['a missing date', { status: '推进中', by: '王五' }, 'missing-date', 'warning', {}],
  ] as const)('reports %s on its row', async (_name, fill, code, severity, params) => {
    const r = report(await readReportWorkbook(await fillReport(edu, new Map([[3, fill]])), expected));
    expect(r.issues).toEqual([{ code, severity, row: 6, no: 3, params }]);
    expect(r.answers.map((a) => a.no)).toEqual(severity === 'error' ? [] : [3]);
  });

  it('accepts status words in other spellings (进行中, Done)', async () => {
    const r = report(
      await readReportWorkbook(
        await fillReport(
          edu,
          new Map([
            [2, { status: '进行中', by: 'A' }],
            [3, { status: ' Done ', by: 'B' }],
          ]),
        ),
        expected,
      ),
    );
    expect(r.answers.map((a) => [a.no, a.status])).toEqual([
      [2, '推进中'],
      [3, '已完成'],
    ]);
  });

  it('refuses the row with a tampered task number, and reads the others', async () => {
    const tampered = await fillReport(
      edu,
      new Map([
        [2, { status: '推进中', by: '王五' }],
        [3, { status: '已完成', by: '王五' }],
      ]),
      (ws) => {
        ws.getCell('A6').value = 99;
      },
    );
    const r = report(await readReportWorkbook(tampered, expected));
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([
      {
        code: 'task-number-changed',
        severity: 'error',
        row: 6,
        no: 3,
        params: { found: '99', sent: 3 },
      },
    ]);
    expect(r.answers.map((a) => a.no)).toEqual([2]);
  });

  it('refuses a row whose task text was edited', async () => {
    const tampered = await fillReport(edu, new Map([[2, { status: '推进中', by: '王五' }]]), (ws) => {
      ws.getCell('B5').value = '改过的任务内容';
    });
    const r = report(await readReportWorkbook(tampered, expected));
    expect(r.issues.map((i) => [i.code, i.no])).toEqual([['task-text-changed', 2]]);
    expect(r.answers).toEqual([]);
  });

  it('warns when the ledger text changed after sending, and still reads the answer', async () => {
    const filled = await fillReport(edu, new Map([[2, { status: '推进中', by: '王五', date: '2026-11-20' }]]));
    const changedLedger = rows.map((row) => (row.no === 2 ? { ...row, text: `${row.text}（修订）` } : row));
    const r = report(await readReportWorkbook(filled, { ...expected, ledgerRows: changedLedger }));
    expect(r.issues.map((i) => [i.code, i.severity, i.no])).toEqual([['ledger-text-changed', 'warning', 2]]);
    expect(r.answers.map((a) => a.no)).toEqual([2]);
  });

  it('flags a task removed from the ledger as unknown', async () => {
    const filled = await fillReport(edu, new Map([[2, { status: '推进中', by: '王五' }]]));
    const r = report(await readReportWorkbook(filled, { ...expected, ledgerRows: rows.filter((row) => row.no !== 2) }));
    expect(r.issues.map((i) => [i.code, i.no])).toEqual([['unknown-task', 2]]);
    expect(r.answers).toEqual([]);
  });

  it('ignores rows added below the tasks, with a warning', async () => {
    const added = await fillReport(edu, new Map(), (ws) => {
      ws.getCell(`A${5 + eduTasks.length + 1}`).value = '补充说明：本月无新增';
    });
    const r = report(await readReportWorkbook(added, expected));
    expect(r.issues).toEqual([
      {
        code: 'extra-row',
        severity: 'warning',
        row: 5 + eduTasks.length + 1,
        params: { what: 'added' },
      },
    ]);
  });
});

describe('readReportWorkbook: files that are refused as a whole', () => {
  it('refuses a file from another ledger workbook', async () => {
    const other = await buildReportWorkbook(request('市教育局', 'wb-another-ledger'));
    const issue = refusedWith(await readReportWorkbook(other, expected));
    expect(issue).toEqual({
      code: 'other-workbook',
      severity: 'error',
      params: { roundName: '2026年11月', agency: '市教育局' },
    });
  });

  it('refuses a file of a round the ledger does not have', async () => {
    expect(refusedWith(await readReportWorkbook(edu, { ...expected, rounds: [{ ...ROUND, id: 'r-other' }] }))).toEqual({
      code: 'unknown-round',
      severity: 'error',
      params: { roundName: '2026年11月' },
    });
  });

  it('refuses a truncated file', async () => {
    const issue = refusedWith(await readReportWorkbook(edu.slice(0, Math.floor(edu.length / 2)), expected));
    expect(issue).toEqual({ code: 'truncated', severity: 'error', params: {} });
  });

  it('refuses a file whose central directory is damaged', async () => {
    const damaged = edu.slice();
    damaged.fill(0x41, edu.length - 200, edu.length - 30);
    expect(['truncated', 'unreadable', 'not-xlsx']).toContain(
      refusedWith(await readReportWorkbook(damaged, expected)).code,
    );
  });

  test.each([
    ['a text file', new TextEncoder().encode('序号,工作任务\n1,任务'), 'not-zip'],
    ['an old .xls (OLE) file', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'not-zip'],
    ['a zip that is not a workbook', zipSync({ 'a.txt': new TextEncoder().encode('hello') }), 'zip-of-files'],
  ])('refuses %s as not an .xlsx', async (_name, bytes, what) => {
    const issue = refusedWith(await readReportWorkbook(bytes, expected));
    expect(issue).toEqual({ code: 'not-xlsx', severity: 'error', params: { what } });
  });

  it('refuses an empty file', async () => {
    expect(refusedWith(await readReportWorkbook(new Uint8Array(0), expected)).code).toBe('empty-file');
  });

  it('refuses a 50 MB file before parsing it', async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    big.set(edu);
    // Refused on its size, before any parsing; the time is measured in bench/worstCase.bench.ts.
    const issue = refusedWith(await readReportWorkbook(big, expected));
    expect(issue).toEqual({
      code: 'too-large',
      severity: 'error',
      params: { what: 'file', bytes: 52_428_800, limit: 10_485_760 },
    });
    expect(MAX_REPORT_BYTES).toBe(10 * 1024 * 1024);
  });

  it('refuses an xlsx that is not a report workbook', async () => {
    const wb = await openWorkbook(edu);
    wb.removeWorksheet(wb.getWorksheet(META_SHEET)!.id);
    expect(refusedWith(await readReportWorkbook(await saveWorkbook(wb), expected))).toEqual({
      code: 'not-a-report',
      severity: 'error',
      params: { what: 'no-identity' },
    });
  });

  it('refuses a file of an unknown format version, naming the versions it reads', async () => {
    const wb = await openWorkbook(edu);
    wb.getWorksheet(META_SHEET)!.getCell('B1').value = 3;
    const issue = refusedWith(await readReportWorkbook(await saveWorkbook(wb), expected));
    expect(issue).toEqual({
      code: 'unknown-version',
      severity: 'error',
      params: { version: 3, oldest: 1, newest: 2 },
    });
  });

  // _meta (format 2): keys in A1:B14, the task list's header in row 16, the first task in row 17.
  test.each([
    ['the agency', 'B6', '市财政局', ['agency'], [], { agency: '市财政局' }],
    ['the workbook id', 'B2', 'wb-forged', ['workbook'], [], { workbookId: 'wb-forged' }],
    ['the round name', 'B4', '2026年12月', ['round'], [], { roundName: '2026年12月' }],
    ['a task number', 'A17', 999, ['tasks'], [999], {}],
    ['a row position', 'D17', 7, ['tasks'], [eduTasks[0]!.no], {}],
    ['the task count', 'B7', 3, ['tasks'], [], {}],
  ])(
    'refuses a file whose _meta was edited (%s), naming what changed',
    async (_name, cell, value, changed, changedTasks, edited) => {
      const wb = await openWorkbook(edu);
      wb.getWorksheet(META_SHEET)!.getCell(cell).value = value;
      const issue = refusedWith(await readReportWorkbook(await saveWorkbook(wb), expected));
      const claimed = {
        workbookId: WORKBOOK_ID,
        roundName: '2026年11月',
        dueDate: '2026-11-25',
        agency: '市教育局',
        ...edited,
      };
      expect(issue).toEqual({
        code: 'signature-mismatch',
        severity: 'error',
        params: { what: 'edited', changed, changedTasks, claimed },
      });
    },
  );

  it('refuses a file whose 填报 sheet was deleted', async () => {
    const wb = await openWorkbook(edu);
    wb.removeWorksheet(wb.getWorksheet(REPORT_SHEET)!.id);
    expect(refusedWith(await readReportWorkbook(await saveWorkbook(wb), expected))).toEqual({
      code: 'not-a-report',
      severity: 'error',
      params: { what: 'no-report-sheet', sheet: '填报' },
    });
  });
});

// Issue 12's hostile files, each made here from a real report. On the old reader the first took 3.0 GB and
// 11.6 s, the second overflowed the stack, the third was accepted after inflating everything.
describe('readReportWorkbook: hostile files are bounded', () => {
  it('one cell at A1048576: only the rows the file holds are visited, and the cell is named', async () => {
    const r = report(await readReportWorkbook(withLastRowCell(edu), expected));
    expect(r.answers).toEqual([]);
    expect(r.issues).toEqual([
      {
        code: 'extra-row',
        severity: 'warning',
        row: 1_048_576,
        params: { what: 'added' },
      },
    ]);
  });

  it('130,000 added rows: 20 named, the rest counted, rows past the parsed margin cut unparsed, no stack overflow', async () => {
    const first = 5 + eduTasks.length + 1; // one blank row below the tasks, then the added rows
    const r = report(await readReportWorkbook(withExtraRows(edu, first, 130_000), expected));
    // ExcelJS is given 3,205 row elements (5 + 3,000 tasks + a margin of 200): title to header (4),
    // the tasks, then the added rows that fit; the others are cut from the XML and only counted.
    const parsedExtra = 3_205 - (4 + eduTasks.length);
    expect(r.issues).toHaveLength(22);
    expect(r.issues.slice(0, 20).map((i) => i.row)).toEqual(Array.from({ length: 20 }, (_, k) => first + k));
    expect(r.issues.slice(20)).toEqual([
      {
        code: 'extra-row',
        severity: 'warning',
        row: first + 20,
        params: { what: 'more-added', count: parsedExtra - 20 },
      },
      {
        code: 'extra-row',
        severity: 'warning',
        row: first + parsedExtra,
        params: { what: 'beyond-range', count: 130_000 - parsedExtra },
      },
    ]);
  });

  it('2,000 added rows: all parsed, 20 named and the rest counted', async () => {
    const first = 5 + eduTasks.length + 1;
    const r = report(await readReportWorkbook(withExtraRows(edu, first, 2_000), expected));
    expect(r.issues).toHaveLength(21);
    expect(r.issues[20]).toEqual({
      code: 'extra-row',
      severity: 'warning',
      row: first + 20,
      params: { what: 'more-added', count: 1980 },
    });
  });

  it('a part declaring 1,000 bytes that inflates to 64 MB is refused as altered once it passes 1,000 bytes', async () => {
    const issue = refusedWith(
      await readReportWorkbook(withBomb(edu, 64 * 1024 * 1024, 1_000, 'xl/styles.xml'), expected),
    );
    expect(issue).toEqual({
      code: 'zip-altered',
      severity: 'error',
      params: { reason: 'size-mismatch', entry: 'xl/styles.xml' },
    });
  });

  it('a part a report never reads is never inflated, however it lies', async () => {
    expect(report(await readReportWorkbook(withBomb(edu, 64 * 1024 * 1024), expected)).agency).toBe('市教育局');
  });

  it('parts that truthfully declare more than 8 MB are refused before inflating', async () => {
    const issue = refusedWith(
      await readReportWorkbook(withBomb(edu, 9 * 1024 * 1024, 9 * 1024 * 1024, 'xl/styles.xml'), expected),
    );
    expect(issue).toMatchObject({ code: 'too-large', params: { what: 'unpacked', limit: 8 * 1024 * 1024 } });
    expect(issue.params && 'bytes' in issue.params && issue.params.bytes).toBeGreaterThan(9 * 1024 * 1024);
  });

  it('a part that unpacks to 1 MB, as it declares, is read as before', async () => {
    expect(report(await readReportWorkbook(withBomb(edu, 1024 * 1024, 1024 * 1024), expected)).agency).toBe('市教育局');
  });
});

// Issue 12: limits that say so. Each row below was accepted by the old reader.
describe('readReportWorkbook: limits that say so', () => {
  const no = eduTasks[0]!.no;
  const answerFor = async (fill: Parameters<typeof fillReport>[1] extends ReadonlyMap<number, infer F> ? F : never) =>
    report(await readReportWorkbook(await fillReport(edu, new Map([[no, fill]])), expected));

  it('填报日期 9999-12-31 is refused for its row (it would win every conflict)', async () => {
    const r = await answerFor({ status: '已完成', by: '王五', date: '9999-12-31' });
    expect(r.answers).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.severity, i.no, i.params])).toEqual([
      ['implausible-date', 'error', no, { date: '9999-12-31', earliest: '2026-10-01', latest: '2027-11-25' }],
    ]);
  });

  it('a date inside the round is read', async () => {
    expect((await answerFor({ status: '已完成', by: '王五', date: '2026-11-20' })).answers.map((a) => a.date)).toEqual([
      '2026-11-20',
    ]);
  });

  it('a 60,012-character answer is refused for its row, naming the column and the cap', async () => {
    const r = await answerFor({ status: '推进中', progress: '进'.repeat(60_012), by: '王五', date: '2026-11-20' });
    expect(r.answers).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.params])).toEqual([
      ['too-long', { field: 'progress', length: 60_012, limit: 4_000 }],
    ]);
  });

  it('a 101-character 填报人 is refused; 4,000 characters of progress are read', async () => {
    const r = await answerFor({
      status: '推进中',
      progress: '进'.repeat(4_000),
      by: '王'.repeat(101),
      date: '2026-11-20',
    });
    expect(r.issues.map((i) => i.code)).toEqual(['too-long']);
    const ok = await answerFor({ status: '推进中', progress: '进'.repeat(4_000), by: '王五', date: '2026-11-20' });
    expect(ok.answers.map((a) => a.progress.length)).toEqual([4_000]);
  });

  it('an answer for a task no longer assigned to the agency is refused for that row', async () => {
    const bytes = await fillReport(edu, new Map([[no, { status: '已完成', by: '王五', date: '2026-11-20' }]]));
    const ledgerRows = rows.map((row) =>
      row.no === no ? { ...row, assignments: [{ agency: '市人力资源和社会保障局', role: 'lead' as const }] } : row,
    );
    const r = report(await readReportWorkbook(bytes, { ...expected, ledgerRows }));
    expect(r.answers).toEqual([]);
    expect(r.issues).toEqual([{ code: 'not-assigned', severity: 'error', row: 5, no, params: { agency: '市教育局' } }]);
  });
});
