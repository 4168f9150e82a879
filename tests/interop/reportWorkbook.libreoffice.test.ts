// A real spreadsheet program opens a generated report workbook: LibreOffice (headless) re-saves it as
// .xlsx and exports CSV; the drop-down, the formula, the protection and the identity must survive.
// Needs `soffice` (Debian: libreoffice-calc-nogui, installed by .ci/run). Without it this test fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser } from '@xmldom/xmldom';
import { STATUSES } from '../../src/model';
import { REPORT_SHEET, buildReportWorkbook, readReportWorkbook, tasksForAgency } from '../../src/reports';
import { KEY, ROUND, WORKBOOK_ID, fillReport, openWorkbook, seedRows, sheetProtectionOf } from '../reports/seedLedger';

const SOFFICE_CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
];
const soffice = SOFFICE_CANDIDATES.find((p) => existsSync(p)) ?? null;

const rows = seedRows();
const tasks = tasksForAgency(rows, '市教育局');
const last = 4 + tasks.length;
const dir = mkdtempSync(join(tmpdir(), 'reports-lo-'));

function convert(to: string, outDir: string, files: string[]): void {
  const result = spawnSync(
    soffice!,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      to,
      '--outdir',
      outDir,
      ...files,
    ],
    { encoding: 'utf8', timeout: 150_000 },
  );
  expect(result.status, `soffice --convert-to ${to} failed: ${result.stderr}${result.stdout}`).toBe(0);
  for (const f of files) {
    const out = join(outDir, f.replace(/^.*\//, '').replace(/\.xlsx$/, to.startsWith('csv') ? '.csv' : '.xlsx'));
    expect(existsSync(out), `soffice wrote no ${out}: ${result.stderr}${result.stdout}`).toBe(true);
  }
}

/** Fails (never skips) when LibreOffice is missing, with what to install. */
function needSoffice(): void {
  expect(
    soffice,
    `LibreOffice is not installed (looked for ${SOFFICE_CANDIDATES.join(', ')}); run: apt-get install -y libreoffice-calc-nogui`,
  ).not.toBeNull();
}

let pristine: ExcelJS.Worksheet;
let filledBytes: Uint8Array;
let csv: string;
let sheetXml: string;
let stylesXml: string;

/** Whether a cell of the re-saved sheet is locked, from its style's <protection> (locked by default). */
function isLocked(address: string): boolean {
  const cell = new RegExp(`<c r="${address}"[^>]*>`).exec(sheetXml);
  const styleIndex = Number(/ s="(\d+)"/.exec(cell?.[0] ?? '')?.[1] ?? 0);
  const doc = new DOMParser().parseFromString(stylesXml, 'text/xml');
  const cellXfs = doc.getElementsByTagName('cellXfs')[0];
  const xf = cellXfs?.getElementsByTagName('xf')[styleIndex];
  const locked = xf?.getElementsByTagName('protection')[0]?.getAttribute('locked');
  return !(locked === '0' || locked === 'false');
}

beforeAll(async () => {
  if (soffice === null) return;
  const generated = await buildReportWorkbook({
    workbookId: WORKBOOK_ID,
    key: KEY,
    round: ROUND,
    agency: '市教育局',
    tasks,
  });
  const filled = await fillReport(
    generated,
    new Map([
      [2, { status: '已完成', progress: '已印发', by: '王五', date: new Date(Date.UTC(2026, 10, 20)) }],
      [3, { status: '推进中', progress: '起草中', by: '王五', date: new Date(Date.UTC(2026, 10, 21)) }],
    ]),
  );
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'generated.xlsx'), generated);
  writeFileSync(join(dir, 'in', 'filled.xlsx'), filled);
  convert('xlsx', join(dir, 'xlsx'), [join(dir, 'in', 'generated.xlsx'), join(dir, 'in', 'filled.xlsx')]);
  // 44 = comma, 34 = double quote, 76 = UTF-8, 1 = start at row 1.
  convert('csv:Text - txt - csv (StarCalc):44,34,76,1', join(dir, 'csv'), [join(dir, 'in', 'filled.xlsx')]);
  pristine = (await openWorkbook(readFileSync(join(dir, 'xlsx', 'generated.xlsx')))).getWorksheet(REPORT_SHEET)!;
  filledBytes = readFileSync(join(dir, 'xlsx', 'filled.xlsx'));
  const parts = unzipSync(readFileSync(join(dir, 'xlsx', 'generated.xlsx')));
  sheetXml = strFromU8(parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
  stylesXml = strFromU8(parts['xl/styles.xml'] ?? new Uint8Array());
  csv = readFileSync(join(dir, 'csv', 'filled.csv'), 'utf8');
}, 300_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('a report workbook opened and re-saved by LibreOffice', () => {
  it('keeps the status drop-down on every 状态 cell and the date check on 填报日期', () => {
    needSoffice();
    for (let r = 5; r <= last; r += 1) {
      const dv = pristine.getCell(`G${r}`).dataValidation;
      expect(dv?.type).toBe('list');
      expect(dv?.formulae?.[0]).toBe(`"${STATUSES.join(',')}"`);
      expect(pristine.getCell(`L${r}`).dataValidation?.type).toBe('date');
    }
  });

  it('keeps the progress formula', () => {
    needSoffice();
    const value = pristine.getCell('B3').value as { formula?: string };
    expect(value.formula).toContain(`COUNTIF(G5:G${last},"已完成")`);
    expect(value.formula).toContain(`COUNTA(G5:G${last})`);
  });

  it('keeps the sheet protected, the task cells locked and the input cells unlocked', () => {
    needSoffice();
    // ExcelJS reads only sheet="1"; LibreOffice writes the equally valid sheet="true": check the XML itself.
    expect(sheetProtectionOf(pristine)).not.toBeNull();
    expect(sheetXml).toMatch(/<sheetProtection [^>]*sheet="(1|true)"/);
    // ExcelJS reads only locked="0"; LibreOffice writes locked="false": read the styles XML itself.
    for (const col of ['G', 'H', 'I', 'J', 'K', 'L']) expect(isLocked(`${col}5`), `${col}5`).toBe(false);
    for (const col of ['A', 'B', 'C', 'D', 'E', 'F']) expect(isLocked(`${col}5`), `${col}5`).toBe(true);
    expect(isLocked(`G${last}`)).toBe(false);
    expect(isLocked('A1')).toBe(true);
  });

  it('computes the formula: the CSV shows 2 answered of 22, 1 done', () => {
    needSoffice();
    const lines = csv.split(/\r?\n/);
    expect(lines[0]).toBe('"2026年11月重点任务进展填报表（市教育局）",,,,,,,,,,,');
    expect(csv).toContain(`"填报进度","已填报2项，共${tasks.length}项，其中已完成1项","报送截止","2026-11-25"`);
  });

  it('still reads back as the same report with its answers, its signature intact after LibreOffice re-saved _meta', async () => {
    needSoffice();
    const result = await readReportWorkbook(filledBytes, {
      workbookId: WORKBOOK_ID,
      key: KEY,
      rounds: [ROUND],
      ledgerRows: rows,
    });
    expect(result.ok && result.report.agency).toBe('市教育局');
    expect(result.ok && result.report.authenticated).toBe(true);
    expect(result.ok && result.report.issues).toEqual([]);
    expect(result.ok && result.report.answers.map((a) => [a.no, a.status, a.progress, a.by, a.date])).toEqual([
      [2, '已完成', '已印发', '王五', '2026-11-20'],
      [3, '推进中', '起草中', '王五', '2026-11-21'],
    ]);
  });
});
