import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/model';
import {
  META_SHEET,
  REPORT_FORMAT_VERSION,
  REPORT_HEADERS,
  REPORT_SHEET,
  buildReportWorkbook,
  reportInstructions,
  tasksForAgency,
} from '../../src/reports';
import { ROUND, WORKBOOK_ID, openWorkbook, seedRows, sheetProtectionOf } from './seedLedger';

const rows = seedRows();
const tasks = tasksForAgency(rows, '市财政局');
const bytes = await buildReportWorkbook({ workbookId: WORKBOOK_ID, round: ROUND, agency: '市财政局', tasks });
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
    expect(value.formula).toBe(`"已填报"&COUNTA(G5:G${last})&"项，共"&COUNT(A5:A${last})&"项，其中已完成"&COUNTIF(G5:G${last},"已完成")&"项"`);
  });

  it('lists the tasks under the header: lead first, with role, deadline, status and last progress', () => {
    expect(ws.getRow(4).values).toEqual([undefined, ...REPORT_HEADERS]);
    expect(tasks.map((t) => t.role)).toEqual(['lead', 'support', 'support', 'support', 'support', 'joint', 'joint', 'joint', 'joint', 'joint', 'joint']);
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
      expect(ws.getCell(`G${r}`).dataValidation).toMatchObject({ type: 'list', formulae: [`"${STATUSES.join(',')}"`], showErrorMessage: true });
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

  it('stores the identity in a very hidden, protected _meta sheet', () => {
    const meta = wb.getWorksheet(META_SHEET)!;
    expect(meta.state).toBe('veryHidden');
    const values: Record<string, unknown> = {};
    for (let r = 1; r <= 8; r += 1) values[meta.getCell(r, 1).text] = meta.getCell(r, 2).value;
    expect(values).toMatchObject({
      formatVersion: REPORT_FORMAT_VERSION,
      workbookId: WORKBOOK_ID,
      roundId: ROUND.id,
      roundName: ROUND.name,
      dueDate: ROUND.dueDate,
      agency: '市财政局',
      taskCount: tasks.length,
    });
    expect(values['checksum']).toMatch(/^[0-9a-f]{16}$/);
    expect(meta.getCell(11, 1).value).toBe(tasks[0]?.no);
    expect(meta.getCell(11, 4).value).toBe(5);
  });

  it('builds a valid workbook for an agency without tasks', async () => {
    const empty = await openWorkbook(await buildReportWorkbook({ workbookId: WORKBOOK_ID, round: ROUND, agency: '市某局', tasks: [] }));
    expect((empty.getWorksheet(REPORT_SHEET)!.getCell('B3').value as { formula: string }).formula).toContain('COUNTA(G5:G5)');
  });
});
