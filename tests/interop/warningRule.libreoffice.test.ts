// One warning rule everywhere, per preset: LibreOffice recalculates the ledger copy's 预警 column (the live ledger's
// formula with the copy's 预警配色 and 滞后计入预警 cells), and every row must equal warningLevel (what the pane's
// 通报与督办单 count), TASKS.LIGHT must give the preset's colour for that level, and the 督查通报 must state those counts.
// The live workbook too: the ledger as our Office.js double holds it after `loadLedger` and `writeWarningRule` (its 预警
// formulas, 台账设置 cells and defined names) is written to .xlsx and recalculated by LibreOffice from today, for each
// preset with 滞后 counting or not; the 预警 column, TASKS.LIGHT, the pane's judgement, the notice and the ledger copy
// built from the same rows must all equal values written here by hand.
// Needs `soffice` (Debian: libreoffice-calc-nogui, installed by .ci/run). Without it this test fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { light } from '../../src/functions/functions';
import { buildLedgerCopy } from '../../src/ledgerCopy';
import { r1c1ToA1 } from '../../src/ledgerCopy/r1c1ToA1';
import {
  addDays,
  effectiveDeadline,
  PRESET_LIGHTS,
  toExcelSerial,
  WARNING_LEVEL_TEXTS,
  WARNING_LEVELS,
  warningLevel,
  type IsoDate,
  type WarningLevel,
  type WarningRule,
} from '../../src/model';
import { loadExcelJS } from '../../src/reports/loadExcelJS';
import { deadlineInfo } from '../../src/taskpane/shared/deadlineInfo';
import { ZH_CN } from '../../src/taskpane/i18n/strings';
import { loadLedger } from '../../src/workbook/loadLedger';
import type { LedgerRow } from '../../src/workbook/port';
import { readLedger } from '../../src/workbook/readLedger';
import { writeWarningRule } from '../../src/workbook/writeWarningRule';
import { createFakeExcel, type FakeExcel } from '../workbook/fakeExcel';
import { makeTask } from '../workbook/ledgerFixtures';
import { buildNoticeDocx, DEFAULT_NOTICE_FORM, noticeFacts } from '../../src/officialDocuments';
import { copyRequest, syntheticLedger } from '../ledgerCopy/ledgerFixtures';
import { readXlsx, valueAt, type XBook } from '../ledgerCopy/readXlsx';
import { docxParts, paragraphTexts } from '../officialDocuments/docxXml';

const SOFFICE_CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
];
const soffice = SOFFICE_CANDIDATES.find((p) => existsSync(p)) ?? null;
const dir = mkdtempSync(join(tmpdir(), 'warning-rule-lo-'));
const AS_OF = '2026-11-29';
const PRESETS: Record<string, WarningRule> = {
  红黄绿: { preset: '红黄绿', dueSoonDays: 7, laggingCounts: false },
  蓝黄红: { preset: '蓝黄红', dueSoonDays: 10, laggingCounts: true },
};
const ledger = syntheticLedger(400, AS_OF);
const WORD_LEVEL = new Map<string, WarningLevel>(WARNING_LEVELS.map((level) => [WARNING_LEVEL_TEXTS[level], level]));
const LIGHT_WORD = { red: '红', yellow: '黄', green: '绿', blue: '蓝' } as const;
const books = new Map<string, XBook>();

// —— The live workbook: 14 tasks judged from today (LibreOffice's TODAY()), a 7-day window. ——
function localToday(): IsoDate {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
const TODAY = localToday();
/** [序号, deadline in days from today (null: none), 状态, 延期至 in days from today (null: none)]. */
const LIVE_TASKS: [number, number | null, string, number | null][] = [
  [1, -5, '推进中', null],
  [2, 3, '推进中', null],
  [3, 30, '推进中', null],
  [4, 3, '滞后', null],
  [5, 30, '滞后', null],
  [6, -5, '滞后', null],
  [7, null, '滞后', null],
  [8, -5, '已完成', null],
  [9, -5, '推进中', 3],
  [10, 3, '未启动', null],
  [11, 7, '推进中', null],
  [12, 8, '推进中', null],
  [13, 0, '推进中', null],
  [14, -1, '滞后', null],
];
// By hand: 滞后 shows only when it counts, and never over a passed date; the window's last day (7) is still 临期.
const LIVE_WORDS: Record<'counts' | 'not', string[]> = {
  not: [
    '逾期',
    '临期',
    '正常',
    '临期',
    '正常',
    '逾期',
    '正常',
    '已完成',
    '临期',
    '临期',
    '临期',
    '正常',
    '临期',
    '逾期',
  ],
  counts: [
    '逾期',
    '临期',
    '正常',
    '滞后',
    '滞后',
    '逾期',
    '滞后',
    '已完成',
    '临期',
    '临期',
    '临期',
    '正常',
    '临期',
    '逾期',
  ],
};
// By hand, from the presets: 红黄绿 — 逾期 and 滞后 red, 临期 yellow; 蓝黄红 — 逾期 red, 滞后 yellow, 临期 blue.
const LIVE_COLOURS: Record<'红黄绿' | '蓝黄红', Record<string, string>> = {
  红黄绿: { 逾期: '红', 滞后: '红', 临期: '黄', 正常: '绿', 已完成: '绿' },
  蓝黄红: { 逾期: '红', 滞后: '黄', 临期: '蓝', 正常: '绿', 已完成: '绿' },
};
const PANE_TONE: Record<string, string> = { 红: 'danger', 黄: 'warning', 蓝: 'brand', 绿: 'success' };
const LIVE_RULES: Record<string, WarningRule> = {
  '红黄绿-not': { preset: '红黄绿', dueSoonDays: 7, laggingCounts: false },
  '红黄绿-counts': { preset: '红黄绿', dueSoonDays: 7, laggingCounts: true },
  '蓝黄红-not': { preset: '蓝黄红', dueSoonDays: 7, laggingCounts: false },
  '蓝黄红-counts': { preset: '蓝黄红', dueSoonDays: 7, laggingCounts: true },
};
const liveRows = new Map<string, LedgerRow[]>();

/** The live ledger in the double: loaded, statuses and extensions typed in, the rule written by the pane's path. */
async function liveLedger(rule: WarningRule): Promise<FakeExcel> {
  const fake = createFakeExcel();
  const tasks = LIVE_TASKS.map(([no, due]) =>
    makeTask(no, `任务${no}`, {
      deadline: due === null ? null : addDays(TODAY, due),
      ongoing: due === null,
      schedule: due === null ? '长期坚持' : '按期完成',
    }),
  );
  await loadLedger(
    fake.context,
    { title: '', sections: [{ no: 1, numeral: '一', title: '测试' }], tasks, issues: [] },
    { name: '手写', text: 'x' },
    { importedAt: '2026-12-01T00:00:00.000Z' },
  );
  for (const [no, , status, extension] of LIVE_TASKS) {
    const at = fake.model.rowOf('TaskLedger', no);
    fake.model.setTableCell('TaskLedger', at, '状态', status);
    if (extension !== null)
      fake.model.setTableCell('TaskLedger', at, '延期至', toExcelSerial(addDays(TODAY, extension)));
  }
  expect(await writeWarningRule(fake.context, rule)).toEqual({ ok: true });
  return fake;
}

/** Every sheet of the double as .xlsx: values, number formats, formulas (R1C1 turned into A1 for their cell), defined names. */
async function doubleToXlsx(fake: FakeExcel): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJS();
  const wb = new Workbook();
  for (const sheet of fake.model.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(',').map(Number) as [number, number];
      const target = ws.getCell(row + 1, col + 1);
      if (cell.formulaR1C1) target.value = { formula: r1c1ToA1(cell.formulaR1C1, row, col).slice(1) };
      else if (cell.formula) target.value = { formula: cell.formula.slice(1) };
      else if (cell.value !== '') target.value = cell.value;
      if (cell.numberFormat !== 'General') target.numFmt = cell.numberFormat;
    }
  }
  for (const [name, at] of fake.model.names)
    wb.definedNames.add(`${at.sheet}!${at.address.replace(/([A-Z]+)(\d+)/, '$$$1$$$2')}`, name);
  wb.calcProperties = { fullCalcOnLoad: true };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  expect(soffice, 'LibreOffice is not installed; run: apt-get install -y libreoffice-calc-nogui').not.toBeNull();
  mkdirSync(join(dir, 'in'));
  const files: string[] = [];
  for (const [name, rule] of Object.entries(PRESETS)) {
    const result = await buildLedgerCopy(copyRequest(ledger, AS_OF, { warnDays: rule.dueSoonDays, rule }));
    if (!result.ok) throw new Error(result.problem.code);
    files.push(join(dir, 'in', `${name}.xlsx`));
    writeFileSync(files[files.length - 1]!, result.bytes);
  }
  for (const [name, rule] of Object.entries(LIVE_RULES)) {
    const fake = await liveLedger(rule);
    files.push(join(dir, 'in', `live-${name}.xlsx`));
    writeFileSync(files[files.length - 1]!, await doubleToXlsx(fake));
    const { rows } = await readLedger(fake.context);
    liveRows.set(name, rows);
    // The ledger copy of the same rows, judged from today (its 截至日期 is =TODAY()).
    const copy = await buildLedgerCopy({
      rows,
      history: [],
      sections: [{ no: 1, numeral: '一', title: '测试' }],
      asOf: TODAY,
      rolling: true,
      warnDays: rule.dueSoonDays,
      rule,
    });
    if (!copy.ok) throw new Error(copy.problem.code);
    files.push(join(dir, 'in', `copy-${name}.xlsx`));
    writeFileSync(files[files.length - 1]!, copy.bytes);
  }
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
    {
      encoding: 'utf8',
      timeout: 280_000,
    },
  );
  expect(run.status, `soffice failed: ${run.stderr}${run.stdout}`).toBe(0);
  for (const name of Object.keys(PRESETS)) books.set(name, readXlsx(readFileSync(join(dir, 'out', `${name}.xlsx`))));
  for (const name of Object.keys(LIVE_RULES)) {
    books.set(`live-${name}`, readXlsx(readFileSync(join(dir, 'out', `live-${name}.xlsx`))));
    books.set(`copy-${name}`, readXlsx(readFileSync(join(dir, 'out', `copy-${name}.xlsx`))));
  }
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(Object.keys(PRESETS))('the warning rule %s', (name) => {
  const rule = PRESETS[name]!;
  const levels = () => ledger.rows.map((_, i) => String(valueAt(books.get(name)!.sheet('任务台账'), `P${i + 2}`)));

  it('the 预警 column, recalculated by LibreOffice, equals warningLevel for every row', () => {
    const expected = ledger.rows.map(
      (r) => WARNING_LEVEL_TEXTS[warningLevel({ deadline: effectiveDeadline(r), status: r.status }, AS_OF, rule)],
    );
    expect(levels()).toEqual(expected);
    // The case exercises the rule: 滞后 shows only where it counts.
    expect(new Set(expected).has('滞后')).toBe(rule.laggingCounts);
    expect(new Set(expected)).toEqual(expect.objectContaining({ size: rule.laggingCounts ? 5 : 4 }));
  });

  it("TASKS.LIGHT gives the preset's colour of the level LibreOffice computed", () => {
    const computed = levels();
    ledger.rows.forEach((r, i) => {
      const deadline = effectiveDeadline(r);
      const level = WORD_LEVEL.get(computed[i] ?? '');
      expect(level, `row ${i + 2}: ${computed[i]}`).toBeDefined();
      const got = light(
        deadline === null ? null : toExcelSerial(deadline),
        r.status,
        toExcelSerial(AS_OF),
        rule.dueSoonDays,
        rule.preset,
        rule.laggingCounts,
      );
      expect(got, `row ${i + 2}`).toBe(LIGHT_WORD[PRESET_LIGHTS[rule.preset][level!]]);
    });
  });

  it('the notice (and the pane line built from the same facts) states the counts of the 预警 column', async () => {
    const live = ledger.rows.filter((r) => !r.missing);
    const count = (word: string) => ledger.rows.filter((r, i) => !r.missing && levels()[i] === word).length;
    const f = noticeFacts(live, AS_OF, rule);
    expect([f.done, f.overdue, f.lagging, f.dueSoon]).toEqual([
      count('已完成'),
      count('逾期'),
      count('滞后'),
      count('临期'),
    ]);
    const texts = paragraphTexts(
      docxParts(await buildNoticeDocx({ tasks: live, asOf: AS_OF, rule, printedOn: AS_OF }, DEFAULT_NOTICE_FORM))[
        'word/document.xml'
      ] ?? '',
    );
    const late = count('逾期') + count('滞后');
    const overview = texts.find((t) => t.startsWith('截至2026年11月29日，共有重点任务'));
    expect(overview).toContain(`已完成${count('已完成')}项`);
    expect(overview).toContain(`其中临期${count('临期')}项，即${rule.dueSoonDays}天内到期`);
    expect(overview).toContain(`滞后或逾期${late}项（逾期${count('逾期')}项`);
  });

  it('the copy carries the rule on 汇总 (预警配色, 滞后计入预警) and colours rows by it', () => {
    const summary = books.get(name)!.sheet('汇总');
    expect(valueAt(summary, 'B7')).toBe(rule.preset);
    expect(valueAt(summary, 'D7')).toBe(rule.laggingCounts ? '是' : '否');
  });
});

describe.each(Object.keys(LIVE_RULES))('the live workbook under %s', (name) => {
  const rule = LIVE_RULES[name]!;
  const words = LIVE_WORDS[rule.laggingCounts ? 'counts' : 'not'];
  const column = (book: string) =>
    LIVE_TASKS.map((_, i) => String(valueAt(books.get(book)!.sheet('任务台账'), `P${i + 2}`)));

  it('台账设置 holds the rule the pane wrote, and LibreOffice computes the 预警 column from it as written by hand', () => {
    const settings = books.get(`live-${name}`)!.sheet('台账设置');
    expect([valueAt(settings, 'B1'), valueAt(settings, 'B6'), valueAt(settings, 'B7')]).toEqual([
      7,
      rule.preset,
      rule.laggingCounts ? '是' : '否',
    ]);
    expect(column(`live-${name}`)).toEqual(words);
  });

  it('the ledger copy of the same rows computes the same 预警 column', () => {
    expect(column(`copy-${name}`)).toEqual(words);
  });

  it("TASKS.LIGHT gives the preset's colour of each word, and the pane judges each task alike", () => {
    const rows = liveRows.get(name)!;
    LIVE_TASKS.forEach(([no], i) => {
      const row = rows.find((r) => r.no === no)!;
      const deadline = effectiveDeadline(row);
      const colour = LIVE_COLOURS[rule.preset][words[i]!];
      expect(
        light(
          deadline === null ? null : toExcelSerial(deadline),
          row.status,
          toExcelSerial(TODAY),
          rule.dueSoonDays,
          rule.preset,
          rule.laggingCounts,
        ),
        `task ${no}`,
      ).toBe(colour);
      expect(WARNING_LEVEL_TEXTS[warningLevel({ deadline, status: row.status }, TODAY, rule)], `task ${no}`).toBe(
        words[i],
      );
      // The list's badge: the colour of the level (a task with no date and not 滞后 keeps its neutral tone).
      if (deadline !== null || words[i] === '滞后')
        expect(deadlineInfo(row, TODAY, rule, ZH_CN).tone, `task ${no}`).toBe(PANE_TONE[colour!]);
    });
  });

  it('the notice counts what the 预警 column shows', () => {
    const f = noticeFacts(liveRows.get(name)!, TODAY, rule);
    // By hand from the words above: 逾期 1, 6, 14; 已完成 8; 滞后 4, 5, 7 only when it counts (else 4 is 临期).
    expect({ done: f.done, overdue: f.overdue, lagging: f.lagging, dueSoon: f.dueSoon }).toEqual(
      rule.laggingCounts
        ? { done: 1, overdue: 3, lagging: 3, dueSoon: 5 }
        : { done: 1, overdue: 3, lagging: 0, dueSoon: 6 },
    );
  });
});
