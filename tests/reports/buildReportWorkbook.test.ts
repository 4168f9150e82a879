import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { STATUSES } from '../../src/model';
import {
  META_SHEET,
  REPORT_FORMAT_VERSION,
  REPORT_HEADERS,
  REPORT_SHEET,
  buildReportWorkbook,
  readReportWorkbook,
  reportInstructions,
  tasksForAgency,
} from '../../src/reports';
import { KEY, ROUND, WORKBOOK_ID, openWorkbook, seedRows, sheetProtectionOf } from './seedLedger';

const rows = seedRows();
const tasks = tasksForAgency(rows, '市财政局');
const bytes = await buildReportWorkbook({ workbookId: WORKBOOK_ID, key: KEY, round: ROUND, agency: '市财政局', tasks });
const wb = await openWorkbook(bytes);
const ws = wb.getWorksheet(REPORT_SHEET)!;
const last = 4 + tasks.length;

describe('buildReportWorkbook', () => {
  it('writes an .xlsx (a zip) with the 填报 sheet first', () => {
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(wb.worksheets.map((s) => s.name)).toEqual([REPORT_SHEET, META_SHEET]);
  });

  it('puts a title, the instructions and the due date at the top', () => {
    expect(ws.getCell('A1').value).toBe('2026年11月重点任务进展填报表（市财政局）');
    expect(ws.getCell('A2').value).toBe(reportInstructions({ round: ROUND, agency: '市财政局' }));
    expect(ws.getCell('A2').text).toContain('请于2026年11月25日前将本文件原样发回');
    expect(ws.getCell('D3').value).toBe('2026-11-25');
  });

  it('has a progress formula over the status column, built-in functions only', () => {
    const value = ws.getCell('B3').value as { formula: string };
    expect(value.formula).toBe(
      `"已填报"&COUNTA(G5:G${last})&"项，共"&COUNT(A5:A${last})&"项，其中已完成"&COUNTIF(G5:G${last},"已完成")&"项"`,
    );
  });

  it('lists the tasks under the header: lead first, with role, deadline, status and last progress', () => {
    expect(ws.getRow(4).values).toEqual([undefined, ...REPORT_HEADERS]);
    expect(tasks.map((t) => t.role)).toEqual([
      'lead',
      'support',
      'support',
      'support',
      'support',
      'joint',
      'joint',
      'joint',
      'joint',
      'joint',
      'joint',
    ]);
    const first = ws.getRow(5);
    expect(first.getCell(1).value).toBe(tasks[0]?.no);
    expect(first.getCell(2).value).toBe(tasks[0]?.text);
    expect(first.getCell(3).value).toBe('牵头');
    expect(first.getCell(5).value).toBe('未启动');
    expect(ws.getCell(`A${last}`).value).toBe(tasks.at(-1)?.no);
    expect(ws.getCell(`A${last + 1}`).value).toBeNull();
    const ongoing = tasks.findIndex((t) => t.deadline === null);
    expect(ws.getCell(`D${5 + ongoing}`).value).toBe(tasks[ongoing]?.schedule);
  });

  it('locks every cell but the six input columns, and protects the sheet without a password', () => {
    expect(sheetProtectionOf(ws)).toMatchObject({ sheet: true });
    expect(sheetProtectionOf(ws)).not.toHaveProperty('hashValue');
    for (const col of ['G', 'H', 'I', 'J', 'K', 'L']) expect(ws.getCell(`${col}5`).protection?.locked).toBe(false);
    for (const col of ['A', 'B', 'C', 'D', 'E', 'F']) expect(ws.getCell(`${col}5`).protection?.locked).not.toBe(false);
    expect(ws.getCell('A1').protection?.locked).not.toBe(false);
  });

  it('puts a status drop-down on every 状态 cell and a date check on every 填报日期 cell', () => {
    for (let r = 5; r <= last; r += 1) {
      expect(ws.getCell(`G${r}`).dataValidation).toMatchObject({
        type: 'list',
        formulae: [`"${STATUSES.join(',')}"`],
        showErrorMessage: true,
      });
      expect(ws.getCell(`L${r}`).dataValidation).toMatchObject({ type: 'date', operator: 'between' });
    }
    expect(ws.getCell('G4').dataValidation).toBeUndefined();
  });

  it('formats the free-text input cells (进展情况, 存在问题, 下步打算, 填报人) as text, so `=…` or `-…` typed there stays text', () => {
    for (let r = 5; r <= last; r += 1) {
      for (const col of ['H', 'I', 'J', 'K']) expect(ws.getCell(`${col}${r}`).numFmt).toBe('@');
      expect(ws.getCell(`L${r}`).numFmt).toBe('yyyy-mm-dd');
    }
  });

  it('stores the identity in a very hidden, protected _meta sheet, signed with the ledger key (HMAC-SHA-256, checked with node:crypto)', () => {
    const meta = wb.getWorksheet(META_SHEET)!;
    expect(meta.state).toBe('veryHidden');
    const values: Record<string, unknown> = {};
    for (let r = 1; r <= 14; r += 1) values[meta.getCell(r, 1).text] = meta.getCell(r, 2).value;
    expect(values).toMatchObject({
      formatVersion: REPORT_FORMAT_VERSION,
      workbookId: WORKBOOK_ID,
      roundId: ROUND.id,
      roundName: ROUND.name,
      dueDate: ROUND.dueDate,
      agency: '市财政局',
      taskCount: tasks.length,
      keyId: KEY.id,
    });
    expect(REPORT_FORMAT_VERSION).toBe(2);
    expect(values['nonce']).toMatch(/^[0-9a-f]{32}$/);
    for (const tag of ['workbookTag', 'roundTag', 'agencyTag', 'tasksTag'])
      expect(values[tag]).toMatch(/^[0-9a-f]{32}$/);
    expect(meta.getCell(16, 1).value).toBe('no');
    expect(meta.getCell(17, 1).value).toBe(tasks[0]?.no);
    expect(meta.getCell(17, 4).value).toBe(5);
    expect(meta.getCell(17, 5).value).toMatch(/^[0-9a-f]{32}$/);
    // The signature, recomputed by Node's own HMAC over the documented message.
    const list: (string | number)[] = [];
    for (let r = 17; r < 17 + tasks.length; r += 1) {
      list.push(
        Number(meta.getCell(r, 1).value),
        meta.getCell(r, 2).text,
        meta.getCell(r, 3).text,
        Number(meta.getCell(r, 4).value),
      );
    }
    const message = JSON.stringify([
      'key-task-ledger/report',
      2,
      'all',
      KEY.id,
      values['nonce'],
      WORKBOOK_ID,
      ROUND.id,
      ROUND.name,
      ROUND.dueDate,
      '市财政局',
      tasks.length,
      ...list,
    ]);
    expect(values['signature']).toBe(
      createHmac('sha256', Buffer.from(KEY.secret, 'base64')).update(message, 'utf8').digest('hex'),
    );
  });

  it('never writes the key into the file (no part of the .xlsx holds the secret, as base64 or hex)', () => {
    const parts = unzipSync(bytes);
    const secretHex = Buffer.from(KEY.secret, 'base64').toString('hex');
    for (const [name, data] of Object.entries(parts)) {
      const text = strFromU8(data);
      expect(text.includes(KEY.secret), name).toBe(false);
      expect(text.toLowerCase().includes(secretHex), name).toBe(false);
    }
    expect(Object.keys(parts)).toContain('xl/workbook.xml');
  });

  it('gives every file its own nonce: two builds of the same request differ in nonce and signature', async () => {
    const again = await openWorkbook(
      await buildReportWorkbook({ workbookId: WORKBOOK_ID, key: KEY, round: ROUND, agency: '市财政局', tasks }),
    );
    const a = wb.getWorksheet(META_SHEET)!;
    const b = again.getWorksheet(META_SHEET)!;
    expect(b.getCell('A9').value).toBe('nonce');
    expect(b.getCell('B9').value).not.toBe(a.getCell('B9').value);
    expect(b.getCell('B10').value).not.toBe(a.getCell('B10').value);
  });

  it('builds a valid workbook for an agency without tasks', async () => {
    const empty = await openWorkbook(
      await buildReportWorkbook({ workbookId: WORKBOOK_ID, key: KEY, round: ROUND, agency: '市某局', tasks: [] }),
    );
    expect((empty.getWorksheet(REPORT_SHEET)!.getCell('B3').value as { formula: string }).formula).toContain(
      'COUNTA(G5:G5)',
    );
  });
});

describe('text XML forbids', () => {
  it('never reaches the report: stripped from task text, progress, agency and round name, and the file still reads back', async () => {
    const dirty = rows.map((r, i) =>
      i === 0 ? { ...r, text: `${r.text}\uFFFF`, progress: '上月\uFFFE进展\u0001' } : r,
    );
    const dirtyTasks = tasksForAgency(dirty, '市财政局');
    const round = { ...ROUND, name: '2026年11月\uFFFF' };
    const file = await buildReportWorkbook({
      workbookId: WORKBOOK_ID,
      key: KEY,
      round,
      agency: '市财政局',
      tasks: dirtyTasks,
    });
    const parts = unzipSync(file);
    for (const [name, data] of Object.entries(parts)) {
      if (name.endsWith('.xml')) expect(/[\u0001\uFFFE\uFFFF]/.test(strFromU8(data)), name).toBe(false);
    }
    const read = await readReportWorkbook(file, {
      workbookId: WORKBOOK_ID,
      key: KEY,
      rounds: [round],
      ledgerRows: dirty,
    });
    expect(read.ok).toBe(true); // the signature covers the stripped round name and agency
    expect(
      read.ok && read.report.issues.filter((i) => i.code === 'task-text-changed' || i.code === 'ledger-text-changed'),
    ).toEqual([]);
  });
});
