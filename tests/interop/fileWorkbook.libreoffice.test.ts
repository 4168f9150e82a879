// The file port against LibreOffice: a ledger our creator wrote is re-saved by LibreOffice (so the package is
// LibreOffice's: its own part names, styles, shared strings and table parts), then opened by the file port, given
// status entries and saved. Every part that is not the ledger's must be byte-identical, and LibreOffice must open
// the result, read the entries and recompute the 预警 column from them (fullCalcOnLoad).
// Needs `soffice` (Debian: libreoffice-calc-nogui). Without it this test fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createFilePort, LedgerFile } from '../../src/fileWorkbook';
import { readXlsx, valueAt } from '../ledgerCopy/readXlsx';
import { inventedLedger, partsOf } from '../fileWorkbook/ledgerFiles';

const SOFFICE_CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
];
const soffice = SOFFICE_CANDIDATES.find((p) => existsSync(p)) ?? null;
const dir = mkdtempSync(join(tmpdir(), 'file-port-lo-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** LibreOffice's re-save of an .xlsx (opened, recalculated, written as .xlsx). */
function resave(bytes: Uint8Array, name: string): Uint8Array {
  expect(soffice, 'LibreOffice is not installed; run: apt-get install -y libreoffice-calc-nogui').not.toBeNull();
  const input = join(dir, `${name}.xlsx`);
  writeFileSync(input, bytes);
  const out = join(dir, `out-${name}`);
  const run = spawnSync(
    soffice ?? '',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      out,
      input,
    ],
    { encoding: 'utf8', timeout: 280_000 },
  );
  expect(run.status, `soffice failed: ${run.stderr}${run.stdout}`).toBe(0);
  return new Uint8Array(readFileSync(join(out, `${name}.xlsx`)));
}

it('patches a LibreOffice-saved ledger: other parts byte-identical, and LibreOffice recomputes 预警 from the entries', async () => {
  const libre = resave(await inventedLedger(), 'ledger');
  const opened = await LedgerFile.open(libre);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  const port = createFilePort(opened.file, { now: () => new Date('2026-11-29T03:00:00.000Z') });
  expect((await port.readLedger()).rows.map((r) => r.no)).toEqual([1, 2, 3]);
  expect((await port.writeStatus(2, { status: '已完成', note: '已建成', date: '2026-11-28', by: '张三' })).ok).toBe(
    true,
  );
  expect((await port.writeStatus(1, { status: '推进中', note: '施工中', date: '2026-11-28', by: '李四' })).ok).toBe(
    true,
  );
  const saved = await opened.file.save();

  const before = partsOf(libre);
  const after = partsOf(saved);
  const ours = new Set([
    opened.file.pkg.sheets.get('任务台账'),
    opened.file.pkg.sheets.get('进展记录'),
    opened.file.pkg.tables.get('ProgressLog')?.part,
    'xl/workbook.xml',
  ]);
  for (const name of Object.keys(before)) {
    if (ours.has(name)) continue;
    expect(Buffer.from(after[name] ?? []).equals(Buffer.from(before[name] ?? [])), `${name} changed`).toBe(true);
  }

  const book = readXlsx(resave(saved, 'patched'));
  const ledger = book.sheet('任务台账');
  // Row 3 is task 2 (header in row 1): 状态 L, 进展情况 M, 填报人 O, 预警 P.
  expect([valueAt(ledger, 'L3'), valueAt(ledger, 'M3'), valueAt(ledger, 'O3'), valueAt(ledger, 'P3')]).toEqual([
    '已完成',
    '已建成',
    '张三',
    '已完成',
  ]);
  expect(valueAt(ledger, 'L2')).toBe('推进中');
  const log = book.sheet('进展记录');
  expect([valueAt(log, 'B2'), valueAt(log, 'D2'), valueAt(log, 'B3'), valueAt(log, 'D3')]).toEqual([
    2,
    '已完成',
    1,
    '推进中',
  ]);
});

it('LibreOffice computes the 汇总 the file port writes (native functions only) to the model’s numbers', async () => {
  const opened = await LedgerFile.open(await inventedLedger());
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  const port = createFilePort(opened.file, { now: () => new Date('2026-11-29T03:00:00.000Z') });
  // Task 1 done, task 2 in progress past its deadline (2026-06-30), task 3 lagging (ongoing, no deadline).
  await port.writeStatus(1, { status: '已完成', note: '', date: '2026-11-28', by: '甲' });
  await port.writeStatus(2, { status: '推进中', note: '', date: '2026-11-28', by: '乙' });
  await port.writeStatus(3, { status: '滞后', note: '', date: '2026-11-28', by: '丙' });
  const { notice } = await port.buildSummary('2026-11-29');
  // A round too: its new sheet and table, and the report key's settings part, must not stop LibreOffice opening the file.
  expect(
    await port.saveRound({
      id: 'r-2026-11',
      name: '2026年11月',
      dueDate: '2026-11-25',
      createdAt: '2026-11-01T08:00:00.000Z',
    }),
  ).toEqual({ ok: true });
  const book = readXlsx(resave(await opened.file.save(), 'summary'));
  expect([valueAt(book.sheet('填报轮次'), 'A1'), valueAt(book.sheet('填报轮次'), 'B2')]).toEqual([
    '轮次编号',
    '2026年11月',
  ]);
  const summary = book.sheet('汇总');
  // Section row 6: 已完成, 推进中, 滞后, 未启动, 任务数, 逾期 (judged from B2), 完成率.
  expect(['B6', 'C6', 'D6', 'E6', 'F6', 'G6'].map((a) => valueAt(summary, a))).toEqual([1, 1, 1, 0, 3, 1]);
  expect(valueAt(summary, 'H7')).toBeCloseTo(1 / 3, 6);
  // The notice formula says what the model's notice says, without its item lists.
  expect(valueAt(summary, 'B3')).toBe(
    '截至2026年11月29日，3项任务中已完成1项，占33.3%；推进中1项；滞后1项；未启动0项；逾期1项。',
  );
  // (the model's notice also lists the lagging and overdue items after a colon)
  expect(notice.replace(/：[^；。]*/g, '')).toBe(valueAt(summary, 'B3'));
  // Agencies (row 10 on): 市教育局 leads all three, 市财政局 supports all three; 牵头逾期 reads 预警 (task 2 is past due).
  expect([
    valueAt(summary, 'A10'),
    valueAt(summary, 'B10'),
    valueAt(summary, 'C10'),
    valueAt(summary, 'E10'),
    valueAt(summary, 'F10'),
    valueAt(summary, 'H10'),
  ]).toEqual(['市教育局', 3, 0, 3, 1, 1]);
  expect([valueAt(summary, 'A11'), valueAt(summary, 'B11'), valueAt(summary, 'C11'), valueAt(summary, 'E11')]).toEqual([
    '市财政局',
    0,
    3,
    3,
  ]);
});
