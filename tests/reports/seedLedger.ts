// Shared by the reports tests: the seed as ledger rows, a round, and an agency filling its report with ExcelJS.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseTaskTable, STATUSES, trackTasks, type Status, type TrackedTask } from '../../src/model';
import {
  FIRST_TASK_ROW,
  REPORT_COLUMNS as COL,
  REPORT_SHEET,
  tasksForAgency,
  type ReportKey,
  type Round,
} from '../../src/reports';

export const WORKBOOK_ID = 'wb-7f3a0c2e-ledger';
const KEY_SECRET = Buffer.from(Array.from({ length: 32 }, (_, i) => i + 1));
/**
 * The ledger's report key: made before ROUND began, as in a ledger that has signed every round. Fixed (not
 * `createReportKey`), so a child process (the worst-case bench reads each crafted file in its own) has the same key.
 */
export const KEY: ReportKey = {
  id: createHash('sha256').update(KEY_SECRET).digest('hex').slice(0, 16),
  secret: KEY_SECRET.toString('base64'),
  createdAt: '2026-10-01T00:00:00.000Z',
};
export const ROUND: Round = {
  id: 'r-2026-11',
  name: '2026年11月',
  dueDate: '2026-11-25',
  createdAt: '2026-11-01T01:00:00.000Z',
};

export function seedRows(): TrackedTask[] {
  const text = readFileSync(
    join(import.meta.dirname, '../../seeds/guangyuan-vocational-education-key-tasks-2015.txt'),
    'utf8',
  );
  return trackTasks(parseTaskTable(text).tasks);
}

export interface Fill {
  status?: string;
  progress?: string;
  problems?: string;
  nextSteps?: string;
  by?: string;
  /** A Date (a date cell, as Excel stores it) or text. */
  date?: Date | string | number;
}

export async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<ExcelJS.Workbook['xlsx']['load']>[0]);
  return wb;
}

export async function saveWorkbook(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Fills rows of a report as an agency would in Excel: by 序号, only the input columns. */
export async function fillReport(
  bytes: Uint8Array,
  fills: ReadonlyMap<number, Fill>,
  edit?: (ws: ExcelJS.Worksheet) => void,
): Promise<Uint8Array> {
  const wb = await openWorkbook(bytes);
  const ws = wb.getWorksheet(REPORT_SHEET);
  if (!ws) throw new Error('no 填报 sheet');
  for (let r = FIRST_TASK_ROW; r <= ws.rowCount; r += 1) {
    const row = ws.getRow(r);
    const fill = fills.get(Number(row.getCell(COL.no).value));
    if (!fill) continue;
    if (fill.status !== undefined) row.getCell(COL.status).value = fill.status;
    if (fill.progress !== undefined) row.getCell(COL.progress).value = fill.progress;
    if (fill.problems !== undefined) row.getCell(COL.problems).value = fill.problems;
    if (fill.nextSteps !== undefined) row.getCell(COL.nextSteps).value = fill.nextSteps;
    if (fill.by !== undefined) row.getCell(COL.by).value = fill.by;
    if (fill.date !== undefined) row.getCell(COL.date).value = fill.date;
  }
  edit?.(ws);
  return saveWorkbook(wb);
}

/** The sheet protection ExcelJS read (its typings omit the property). */
export function sheetProtectionOf(ws: ExcelJS.Worksheet): Record<string, unknown> | null {
  return (ws as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;
}

/** The 序号 column of a report, top to bottom. */
export async function reportNumbers(bytes: Uint8Array): Promise<number[]> {
  const ws = (await openWorkbook(bytes)).getWorksheet(REPORT_SHEET);
  const nos: number[] = [];
  for (let r = FIRST_TASK_ROW; ws && r <= ws.rowCount; r += 1) {
    const v = ws.getRow(r).getCell(COL.no).value;
    if (typeof v === 'number') nos.push(v);
  }
  return nos;
}

/** The status a lead agency reports for a task: varied by 序号 so every status occurs. */
export const leadStatus = (no: number): Status => STATUSES[no % STATUSES.length] ?? '推进中';

/** Every task of the agency's report answered; supporting agencies say 推进中, leads a status by 序号. */
export function answersOf(rows: readonly TrackedTask[], agency: string): Map<number, Fill> {
  return new Map(
    tasksForAgency(rows, agency).map((t) => [
      t.no,
      {
        status: t.role === 'support' ? '推进中' : leadStatus(t.no),
        progress: `${agency}：第${t.no}项已推进`,
        nextSteps: '继续推进',
        by: `${agency}联络员`,
        date: new Date(Date.UTC(2026, 10, 20)),
      },
    ]),
  );
}
