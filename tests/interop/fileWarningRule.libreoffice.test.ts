// The warning rule written by the file port (the offline page's settings), recalculated by LibreOffice: a new ledger
// file (createLedgerWorkbook) gets statuses through the file port, then the rule through `writeWarningRule`, and is
// saved; LibreOffice opens it (fullCalcOnLoad), computes the 预警 column from today (its TODAY()) and the rule's cells
// on 台账设置, and every row must equal the words written here by hand. The default rule is reached by writing another
// rule first and saving, then writing the default over it, so each file's rule comes from a write.
// Needs `soffice` (Debian: libreoffice-calc-nogui, installed by .ci/run). Without it this test fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFilePort, createLedgerWorkbook, LedgerFile } from '../../src/fileWorkbook';
import { addDays, type IsoDate, type Status, type WarningRule } from '../../src/model';
import { makeTask } from '../workbook/ledgerFixtures';
import { readXlsx, valueAt, type XBook } from '../ledgerCopy/readXlsx';

const SOFFICE_CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
];
const soffice = SOFFICE_CANDIDATES.find((p) => existsSync(p)) ?? null;
const dir = mkdtempSync(join(tmpdir(), 'file-rule-lo-'));

function localToday(): IsoDate {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
const TODAY = localToday();

/** [序号, deadline in days from today (null: none), 状态 entered through the file port]. */
const TASKS: [number, number | null, Status][] = [
  [1, -5, '推进中'],
  [2, 3, '推进中'],
  [3, 30, '推进中'],
  [4, 3, '滞后'],
  [5, 30, '滞后'],
  [6, -5, '滞后'],
  [7, null, '滞后'],
  [8, -5, '已完成'],
  [9, 8, '推进中'],
  [10, 0, '未启动'],
  [11, 12, '推进中'],
];

const RULES: Record<string, WarningRule> = {
  default: { preset: '红黄绿', dueSoonDays: 7, laggingCounts: false },
  blue: { preset: '蓝黄红', dueSoonDays: 10, laggingCounts: true },
};
// By hand. default: 7 days, 滞后 not counted (task 4, due in 3 days, is 临期; 5 and 7 正常; 9, in 8 days, 正常).
// blue: 10 days, 滞后 counted (4, 5 and 7 show 滞后; 6 stays 逾期, a passed date first; 9 is 临期; 11, in 12, 正常).
const WORDS: Record<string, string[]> = {
  default: ['逾期', '临期', '正常', '临期', '正常', '逾期', '正常', '已完成', '正常', '临期', '正常'],
  blue: ['逾期', '临期', '正常', '滞后', '滞后', '逾期', '滞后', '已完成', '临期', '临期', '正常'],
};

async function open(bytes: Uint8Array): Promise<LedgerFile> {
  const opened = await LedgerFile.open(bytes);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  return opened.file;
}

/** A new ledger file with the statuses entered and `rules` written in turn (saved and reopened between them). */
async function ledgerWithRule(rules: readonly WarningRule[]): Promise<Uint8Array> {
  const tasks = TASKS.map(([no, due]) =>
    makeTask(no, `任务${no}`, {
      deadline: due === null ? null : addDays(TODAY, due),
      ongoing: due === null,
      schedule: due === null ? '长期坚持' : '按期完成',
    }),
  );
  const table = { title: '', sections: [{ no: 1, numeral: '一', title: '测试' }], tasks, issues: [] };
  let bytes = await createLedgerWorkbook(table, 'wb-00000000-1111-2222-3333-555555555555');
  const file = await open(bytes);
  const port = createFilePort(file);
  for (const [no, , status] of TASKS) {
    if (status === '未启动') continue;
    const entry = await port.writeStatus(no, { status, note: '进展', date: TODAY, by: '测试' });
    expect(entry.ok, `status of task ${no}`).toBe(true);
  }
  bytes = await file.save();
  for (const rule of rules) {
    const next = await open(bytes);
    expect(await createFilePort(next).writeWarningRule!(rule)).toEqual({ ok: true });
    bytes = await next.save();
  }
  return bytes;
}

const books = new Map<string, XBook>();

beforeAll(async () => {
  expect(soffice, 'LibreOffice is not installed; run: apt-get install -y libreoffice-calc-nogui').not.toBeNull();
  mkdirSync(join(dir, 'in'));
  const files = [join(dir, 'in', 'default.xlsx'), join(dir, 'in', 'blue.xlsx')];
  writeFileSync(files[0]!, await ledgerWithRule([RULES.blue!, RULES.default!]));
  writeFileSync(files[1]!, await ledgerWithRule([RULES.blue!]));
  const run = spawnSync(
    soffice!,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      join(dir, 'out'),
      ...files,
    ],
    { encoding: 'utf8', timeout: 280_000 },
  );
  expect(run.status, `soffice failed: ${run.stderr}${run.stdout}`).toBe(0);
  for (const name of Object.keys(RULES)) books.set(name, readXlsx(readFileSync(join(dir, 'out', `${name}.xlsx`))));
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(Object.keys(RULES))('a rule the file port wrote (%s)', (name) => {
  const rule = RULES[name]!;

  it('台账设置 holds the rule, as LibreOffice reads the saved file', () => {
    const settings = books.get(name)!.sheet('台账设置');
    expect([valueAt(settings, 'B1'), valueAt(settings, 'B6'), valueAt(settings, 'B7')]).toEqual([
      rule.dueSoonDays,
      rule.preset,
      rule.laggingCounts ? '是' : '否',
    ]);
  });

  it('LibreOffice computes the 预警 column from it as written by hand', () => {
    const ledger = books.get(name)!.sheet('任务台账');
    // 状态 in L, 预警 in P; task n on row n + 1.
    expect(TASKS.map((_, i) => String(valueAt(ledger, `L${i + 2}`)))).toEqual(TASKS.map(([, , s]) => s));
    expect(TASKS.map((_, i) => String(valueAt(ledger, `P${i + 2}`)))).toEqual(WORDS[name]);
  });
});
