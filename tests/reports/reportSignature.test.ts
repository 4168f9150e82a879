// Report files nobody can forge (issue 12): a file whose identity, agency, round or task list was edited is refused,
// naming what changed, even when its signature was recomputed with our code under another key; format-1 files (the
// public checksum) are read as unauthenticated, and refused for rounds that only ever sent signed files.
import { describe, expect, it } from 'vitest';
import {
  applyPlan,
  buildReportWorkbook,
  createReportKey,
  planApply,
  readReportWorkbook,
  tasksForAgency,
  type ReadExpectation,
  type ReadResult,
  type ReportIssue,
} from '../../src/reports';
import { withMetaBomb } from './craftedFiles';
import { asFormat1, forge, WRONG_KEY } from './forgeReport';
import { KEY, ROUND, WORKBOOK_ID, fillReport, seedRows } from './seedLedger';

const rows = seedRows();
const expected: ReadExpectation = { workbookId: WORKBOOK_ID, key: KEY, rounds: [ROUND], ledgerRows: rows };
const RECEIVED = '2026-11-29';
const sent = (agency: string) =>
  buildReportWorkbook({ workbookId: WORKBOOK_ID, key: KEY, round: ROUND, agency, tasks: tasksForAgency(rows, agency) });

// Task 6: 市人社局 leads, 市残联 supports. 市残联's answer goes to the history only; 市人社局's sets the ledger's status.
const TASK = 6;
const disabled = await fillReport(
  await sent('市残联'),
  new Map([[TASK, { status: '已完成', progress: '全部完成', by: '李四', date: '2026-11-20' }]]),
);

function refusal(result: ReadResult): ReportIssue {
  if (result.ok) throw new Error(`accepted as ${result.report.agency}`);
  expect(result.issues).toHaveLength(1);
  return result.issues[0]!;
}

function ledgerAfter(results: ReadResult[]) {
  const plan = planApply(results, rows, new Set(), { receivedOn: RECEIVED });
  return { plan, rows: applyPlan(rows, plan) };
}

describe('the forgery of the issue: 市残联 answers task 6 as 市人社局', () => {
  it('the untouched file is 市残联 supporting: history only, the ledger keeps its status', async () => {
    expect(tasksForAgency(rows, '市残联').find((t) => t.no === TASK)?.role).toBe('support');
    expect(tasksForAgency(rows, '市人社局').find((t) => t.no === TASK)?.role).toBe('lead');
    const result = await readReportWorkbook(disabled, expected);
    const { plan, rows: after } = ledgerAfter([result]);
    expect(plan.history.map((h) => [h.no, h.agency, h.role])).toEqual([[TASK, '市残联', 'support']]);
    expect(after.find((r) => r.no === TASK)?.status).toBe('未启动');
  });

  it('agency edited and the signature and agency tag recomputed with a wrong key: refused, naming the agency; the ledger is unchanged', async () => {
    const forged = await forge(disabled, { edits: { B6: '市人社局' }, resignWith: WRONG_KEY, parts: ['agency'] });
    const issue = refusal(await readReportWorkbook(forged, expected));
    expect(issue).toEqual({
      code: 'signature-mismatch',
      severity: 'error',
      params: {
        what: 'edited',
        changed: ['agency'],
        changedTasks: [],
        claimed: { workbookId: WORKBOOK_ID, roundName: '2026年11月', dueDate: '2026-11-25', agency: '市人社局' },
      },
    });
    const { plan, rows: after } = ledgerAfter([await readReportWorkbook(forged, expected)]);
    expect(plan.history).toEqual([]);
    expect(plan.changes).toEqual([]);
    expect(after).toEqual(rows);
  });

  it('agency edited and every signature and tag recomputed with a wrong key: refused as re-signed as a whole', async () => {
    const forged = await forge(disabled, { edits: { B6: '市人社局' }, resignWith: WRONG_KEY, taskTags: true });
    const issue = refusal(await readReportWorkbook(forged, expected));
    expect(issue).toMatchObject({
      code: 'signature-mismatch',
      params: {
        what: 'edited',
        changed: ['workbook', 'round', 'agency', 'tasks'],
        claimed: { workbookId: WORKBOOK_ID, roundName: '2026年11月', dueDate: '2026-11-25', agency: '市人社局' },
      },
    });
  });

  it('the wrong key named in the file too (keyId replaced): refused, the key is not this ledger’s', async () => {
    const forged = await forge(disabled, {
      edits: { B6: '市人社局', B8: WRONG_KEY.id },
      resignWith: WRONG_KEY,
      taskTags: true,
    });
    const issue = refusal(await readReportWorkbook(forged, expected));
    expect(issue).toEqual({
      code: 'unknown-key',
      severity: 'error',
      params: { fileKeyId: WRONG_KEY.id, ledgerKeyId: KEY.id },
    });
  });

  it('the agency and its tag copied from 市人社局’s own file: refused (each file’s tags are bound to its nonce)', async () => {
    const hr = await forge(await sent('市人社局'), {});
    const { openWorkbook } = await import('./seedLedger');
    const meta = (await openWorkbook(hr)).getWorksheet('_meta')!;
    const forged = await forge(disabled, { edits: { B6: meta.getCell('B6').text, B13: meta.getCell('B13').text } });
    const issue = refusal(await readReportWorkbook(forged, expected));
    expect(issue).toMatchObject({ code: 'signature-mismatch', params: { what: 'edited', changed: ['agency'] } });
  });

  it('the round edited (another round of the ledger, re-signed): refused, naming the round', async () => {
    const december = {
      id: 'r-2026-12',
      name: '2026年12月',
      dueDate: '2026-12-25',
      createdAt: '2026-12-01T01:00:00.000Z',
    };
    const forged = await forge(disabled, {
      edits: { B3: december.id, B4: december.name, B5: december.dueDate },
      resignWith: WRONG_KEY,
      parts: ['round'],
    });
    const issue = refusal(await readReportWorkbook(forged, { ...expected, rounds: [ROUND, december] }));
    expect(issue).toMatchObject({
      code: 'signature-mismatch',
      params: { what: 'edited', changed: ['round'], claimed: { roundName: '2026年12月', dueDate: '2026-12-25' } },
    });
  });

  it('a task added to the list (one 市残联 was not sent), with a tag made under a wrong key: refused, naming the task', async () => {
    const notSent = rows.find((r) => !tasksForAgency(rows, '市残联').some((t) => t.no === r.no))!;
    const last = 16 + tasksForAgency(rows, '市残联').length;
    const forged = await forge(disabled, {
      edits: {
        [`A${last + 1}`]: notSent.no,
        [`B${last + 1}`]: 'lead',
        [`C${last + 1}`]: '0000000000000000',
        [`D${last + 1}`]: 5 + last - 16,
        B7: last + 1 - 16,
      },
      resignWith: WRONG_KEY,
      parts: [],
      taskTags: true,
    });
    const issue = refusal(await readReportWorkbook(forged, expected));
    expect(issue).toMatchObject({ code: 'signature-mismatch', params: { what: 'edited', changed: ['tasks'] } });
    expect(
      issue.code === 'signature-mismatch' && issue.params.what === 'edited' && issue.params.changedTasks,
    ).toContain(notSent.no);
  });

  it('a crafted task list (3,000 entries pointing at one 32,767-character string) is refused before anything is hashed', async () => {
    const bomb = withMetaBomb(await sent('市残联'));
    expect(bomb.length).toBeLessThan(200_000);
    const issue = refusal(await readReportWorkbook(bomb, expected));
    expect(issue).toEqual({
      code: 'signature-mismatch',
      severity: 'error',
      params: { what: 'malformed' },
    });
  });

  it('only the signature edited: refused, naming the signature', async () => {
    const forged = await forge(disabled, { edits: { B10: '0'.repeat(64) } });
    const issue = refusal(await readReportWorkbook(forged, expected));
    expect(issue).toEqual({
      code: 'signature-mismatch',
      severity: 'error',
      params: {
        what: 'edited',
        changed: [],
        changedTasks: [],
        claimed: {
          ...{ workbookId: WORKBOOK_ID, roundName: '2026年11月', dueDate: '2026-11-25', agency: '市人社局' },
          agency: '市残联',
        },
      },
    });
  });

  it('a signed file read by a ledger without a key (its add-in settings lost): refused, never trusted', async () => {
    expect(refusal(await readReportWorkbook(disabled, { ...expected, key: null }))).toEqual({
      code: 'unknown-key',
      severity: 'error',
      params: { fileKeyId: KEY.id, ledgerKeyId: null },
    });
  });

  it('a signed file of another ledger (another id and key): refused as another workbook’s', async () => {
    const other = await buildReportWorkbook({
      workbookId: 'wb-other-ledger',
      key: WRONG_KEY,
      round: ROUND,
      agency: '市残联',
      tasks: tasksForAgency(rows, '市残联'),
    });
    expect(refusal(await readReportWorkbook(other, expected)).code).toBe('other-workbook');
  });

  it('a file signed under a new key of the same ledger is read (keys are per ledger, not per program)', async () => {
    const key = await createReportKey(new Date(Date.UTC(2026, 9, 2)));
    const bytes = await buildReportWorkbook({
      workbookId: WORKBOOK_ID,
      key,
      round: ROUND,
      agency: '市残联',
      tasks: tasksForAgency(rows, '市残联'),
    });
    const result = await readReportWorkbook(bytes, { ...expected, key });
    expect(result.ok && result.report.authenticated).toBe(true);
    expect(refusal(await readReportWorkbook(bytes, expected)).code).toBe('unknown-key');
  });
});

describe('format 1 (the public checksum): read as unauthenticated, refused as a downgrade', () => {
  // The ledger got its key after ROUND began (the add-in was upgraded mid-round): ROUND's files may be format 1.
  const upgradedLater = { ...expected, key: { ...KEY, createdAt: '2026-11-10T00:00:00.000Z' } };

  it('an old file of a round begun before the key: read, marked unauthenticated, with a warning naming its agency', async () => {
    const old = await asFormat1(disabled);
    const result = await readReportWorkbook(old, upgradedLater);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.report.formatVersion).toBe(1);
    expect(result.report.authenticated).toBe(false);
    expect(result.report.agency).toBe('市残联');
    expect(result.report.answers.map((a) => [a.no, a.status])).toEqual([[TASK, '已完成']]);
    expect(result.report.issues).toEqual([
      {
        code: 'unauthenticated',
        severity: 'warning',
        params: { agency: '市残联' },
      },
    ]);
    const { plan } = ledgerAfter([result]);
    expect(plan.issues.map((i) => [i.code, i.severity])).toEqual([['unauthenticated', 'warning']]);
  });

  it('the issue’s forgery as a format-1 file (agency edited, checksum recomputed) for a round begun after the key: refused as unsigned', async () => {
    const forged = await asFormat1(disabled, { agency: '市人社局' });
    const issue = refusal(await readReportWorkbook(forged, expected));
    expect(issue).toEqual({ code: 'unsigned', severity: 'error', params: { roundName: '2026年11月' } });
    expect(ledgerAfter([await readReportWorkbook(forged, expected)]).rows).toEqual(rows);
  });

  it('a format-1 file whose _meta was edited without recomputing the checksum: refused as before', async () => {
    const old = await asFormat1(disabled);
    const edited = await forge(old, { edits: { B6: '市人社局' } });
    expect(refusal(await readReportWorkbook(edited, upgradedLater))).toEqual({
      code: 'checksum-mismatch',
      severity: 'error',
      params: { what: 'edited' },
    });
  });
});
