// One warning rule everywhere, per preset: LibreOffice recalculates the ledger copy's 预警 column (the live ledger's
// formula with the copy's 预警配色 and 滞后计入预警 cells), and every row must equal warningLevel (what the pane's
// 通报与督办单 count), TASKS.LIGHT must give the preset's colour for that level, and the 督查通报 must state those counts.
// Needs `soffice` (Debian: libreoffice-calc-nogui, installed by .ci/run). Without it this test fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { light } from '../../src/functions/functions';
import { buildLedgerCopy } from '../../src/ledgerCopy';
import { effectiveDeadline, PRESET_LIGHTS, toExcelSerial, WARNING_LEVEL_TEXTS, WARNING_LEVELS, warningLevel, type WarningLevel, type WarningRule } from '../../src/model';
import { buildNoticeDocx, DEFAULT_NOTICE_FORM, noticeFacts } from '../../src/officialDocuments';
import { copyRequest, syntheticLedger } from '../ledgerCopy/ledgerFixtures';
import { readXlsx, valueAt, type XBook } from '../ledgerCopy/readXlsx';
import { docxParts, paragraphTexts } from '../officialDocuments/docxXml';

const SOFFICE_CANDIDATES = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'];
const soffice = SOFFICE_CANDIDATES.find((p) => existsSync(p)) ?? null;
const dir = mkdtempSync(join(tmpdir(), 'warning-rule-lo-'));
const AS_OF = '2026-11-29';
const PRESETS: Record<string, WarningRule> = {
  '红黄绿': { preset: '红黄绿', dueSoonDays: 7, laggingCounts: false },
  '蓝黄红': { preset: '蓝黄红', dueSoonDays: 10, laggingCounts: true },
};
const ledger = syntheticLedger(400, AS_OF);
const WORD_LEVEL = new Map<string, WarningLevel>(WARNING_LEVELS.map((level) => [WARNING_LEVEL_TEXTS[level], level]));
const LIGHT_WORD = { red: '红', yellow: '黄', green: '绿', blue: '蓝' } as const;
const books = new Map<string, XBook>();

beforeAll(async () => {
  expect(soffice, 'LibreOffice is not installed; run: apt-get install -y libreoffice-calc-nogui').not.toBeNull();
  mkdirSync(join(dir, 'in'));
  const files: string[] = [];
  for (const [name, rule] of Object.entries(PRESETS)) {
    const result = await buildLedgerCopy(copyRequest(ledger, AS_OF, { warnDays: rule.dueSoonDays, rule }));
    if (!result.ok) throw new Error(result.message);
    files.push(join(dir, 'in', `${name}.xlsx`));
    writeFileSync(files[files.length - 1]!, result.bytes);
  }
  const run = spawnSync(soffice!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', join(dir, 'out'), ...files], {
    encoding: 'utf8',
    timeout: 280_000,
  });
  expect(run.status, `soffice failed: ${run.stderr}${run.stdout}`).toBe(0);
  for (const name of Object.keys(PRESETS)) books.set(name, readXlsx(readFileSync(join(dir, 'out', `${name}.xlsx`))));
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(Object.keys(PRESETS))('the warning rule %s', (name) => {
  const rule = PRESETS[name]!;
  const levels = () => ledger.rows.map((_, i) => String(valueAt(books.get(name)!.sheet('任务台账'), `P${i + 2}`)));

  it('the 预警 column, recalculated by LibreOffice, equals warningLevel for every row', () => {
    const expected = ledger.rows.map((r) => WARNING_LEVEL_TEXTS[warningLevel({ deadline: effectiveDeadline(r), status: r.status }, AS_OF, rule)]);
    expect(levels()).toEqual(expected);
    // The case exercises the rule: 滞后 shows only where it counts.
    expect(new Set(expected).has('滞后')).toBe(rule.laggingCounts);
    expect(new Set(expected)).toEqual(expect.objectContaining({ size: rule.laggingCounts ? 5 : 4 }));
  });

  it('TASKS.LIGHT gives the preset\'s colour of the level LibreOffice computed', () => {
    const computed = levels();
    ledger.rows.forEach((r, i) => {
      const deadline = effectiveDeadline(r);
      const level = WORD_LEVEL.get(computed[i] ?? '');
      expect(level, `row ${i + 2}: ${computed[i]}`).toBeDefined();
      const got = light(deadline === null ? null : toExcelSerial(deadline), r.status, toExcelSerial(AS_OF), rule.dueSoonDays, rule.preset, rule.laggingCounts);
      expect(got, `row ${i + 2}`).toBe(LIGHT_WORD[PRESET_LIGHTS[rule.preset][level!]]);
    });
  });

  it('the notice (and the pane line built from the same facts) states the counts of the 预警 column', async () => {
    const live = ledger.rows.filter((r) => !r.missing);
    const count = (word: string) => ledger.rows.filter((r, i) => !r.missing && levels()[i] === word).length;
    const f = noticeFacts(live, AS_OF, rule);
    expect([f.done, f.overdue, f.lagging, f.dueSoon]).toEqual([count('已完成'), count('逾期'), count('滞后'), count('临期')]);
    const texts = paragraphTexts(docxParts(await buildNoticeDocx({ tasks: live, asOf: AS_OF, rule, printedOn: AS_OF }, DEFAULT_NOTICE_FORM))['word/document.xml'] ?? '');
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
