// LibreOffice Writer (headless) opens the 督查通报 and a 督办单 we write and converts them to PDF; poppler's pdftotext
// and pdfinfo read back the page, the margins, the 22-line grid, the sizes of the title and the body, and the counts.
// Needs `soffice` with Writer and poppler-utils (both installed by .ci/run). Without them this test fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WarningRule } from '../../src/model';
import { buildNoticeDocx, buildSupervisionFiles, DEFAULT_NOTICE_FORM, noticeFacts } from '../../src/officialDocuments';
import { generatedLedger, seedLedger } from '../officialDocuments/ledgerFixture';

const SOFFICE_CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
];
const soffice = SOFFICE_CANDIDATES.find((p) => existsSync(p)) ?? null;
const dir = mkdtempSync(join(tmpdir(), 'official-lo-'));
const RULE: WarningRule = { preset: '红黄绿', dueSoonDays: 7, laggingCounts: true };
const MM = 72 / 25.4;

function toPdf(name: string, bytes: Uint8Array): string {
  writeFileSync(join(dir, `${name}.docx`), bytes);
  const result = spawnSync(
    soffice!,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      join(dir, `${name}.docx`),
    ],
    { encoding: 'utf8', timeout: 240_000 },
  );
  expect(result.status, `soffice failed: ${result.stderr}${result.stdout}`).toBe(0);
  return join(dir, `${name}.pdf`);
}

function run(cmd: string, args: string[]): string {
  const result = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(result.status, `${cmd} failed: ${result.stderr}`).toBe(0);
  return result.stdout;
}

/** The PDF's text without spaces, line breaks and the punctuation a line may hang or drop at its end. */
function flatText(pdf: string): string {
  return bare(run('pdftotext', [pdf, '-']));
}

function bare(text: string): string {
  return text.replace(/[\s，。；、：]+/g, '');
}

interface Word {
  x: number;
  y: number;
  yMax: number;
  h: number;
  text: string;
}

function words(pdf: string, page: number): Word[] {
  const html = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-']);
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
    (m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      yMax: Number(m[3]),
      h: Number(m[3]) - Number(m[2]),
      text: m[4] ?? '',
    }),
  );
}

function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);
}

let seedPdf = '';
let bigPdf = '';

beforeAll(async () => {
  expect(soffice, 'LibreOffice is not installed; run: apt-get install -y libreoffice-writer-nogui').not.toBeNull();
  const form = { ...DEFAULT_NOTICE_FORM, issue: '3' };
  seedPdf = toPdf(
    'seed',
    await buildNoticeDocx({ tasks: seedLedger(), asOf: '2026-11-29', rule: RULE, printedOn: '2026-11-30' }, form),
  );
  bigPdf = toPdf(
    'big',
    await buildNoticeDocx(
      { tasks: generatedLedger(1000), asOf: '2026-06-30', rule: RULE, printedOn: '2026-07-01' },
      form,
    ),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the 督查通报 converted by LibreOffice', () => {
  it('is A4', () => {
    expect(run('pdfinfo', [seedPdf])).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it("states the model's counts for the seed (24 tasks, 4 done, 10 late: 8 overdue, 2 reported 滞后)", () => {
    const f = noticeFacts(seedLedger(), '2026-11-29', RULE);
    expect([f.total, f.done, f.overdue, f.lagging]).toEqual([24, 4, 8, 2]);
    expect(flatText(seedPdf)).toContain(
      bare(
        `共有重点任务${f.total}项。其中，已完成${f.done}项，占${f.donePercent}%；正在推进${f.inProgress}项（其中临期${f.dueSoon}项，即7天内到期）；滞后或逾期${f.late.length}项（逾期${f.overdue}项、单位报告滞后${f.lagging}项）。`,
      ),
    );
  });

  it("states the model's counts for 1,000 tasks and lists every late one in the attached table", () => {
    const f = noticeFacts(generatedLedger(1000), '2026-06-30', RULE);
    expect([f.total, f.done, f.overdue, f.lagging, f.dueSoon]).toEqual([1000, 100, 200, 100, 100]);
    const text = flatText(bigPdf);
    expect(text).toContain(
      bare(
        '共有重点任务1000项。其中，已完成100项，占10%；正在推进600项（其中临期100项，即7天内到期）；滞后或逾期300项（逾期200项、单位报告滞后100项）。',
      ),
    );
    expect(text).toContain('重点任务滞后逾期事项清单');
    // Read in layout mode, each row's task cell starts with its （第N项）, whatever the columns beside it hold.
    const layout = run('pdftotext', ['-layout', bigPdf, '-']);
    const table = layout.slice(layout.lastIndexOf('重点任务滞后逾期事项清单'));
    const listed = [...table.matchAll(/（第\s*(\d+)\s*项）/g)].map((m) => Number(m[1]));
    expect(listed).toEqual(f.late.map((j) => j.task.no));
  });

  it('keeps the margins: text from 28 mm at the left and 37 mm at the top, within the 156 × 225 mm block', () => {
    const page = words(bigPdf, 2).filter((w) => !w.text.includes('—') && !/^\d+$/.test(w.text));
    const left = Math.min(...page.map((w) => w.x));
    const top = Math.min(...page.map((w) => w.y));
    const bottom = Math.max(...page.map((w) => w.yMax));
    expect(left).toBeGreaterThanOrEqual(28 * MM - 1);
    expect(left).toBeLessThan(28 * MM + 2);
    expect(top).toBeGreaterThanOrEqual(37 * MM - 1);
    expect(top).toBeLessThan(37 * MM + 10);
    expect(bottom).toBeLessThanOrEqual((37 + 225) * MM + 1);
    expect(Math.max(...page.map((w) => w.x + 0))).toBeLessThan((28 + 156) * MM);
  });

  it('sets 22 lines on a full page of text, the page number below them', () => {
    for (const n of [2, 3]) {
      const lines = new Set(
        words(bigPdf, n)
          .filter((w) => w.yMax <= (37 + 225) * MM + 1)
          .map((w) => Math.round(w.y)),
      );
      expect(lines.size, `page ${n}`).toBe(22);
      expect(words(bigPdf, n).some((w) => w.text === String(n) && w.y > (37 + 225) * MM)).toBe(true);
    }
  });

  it('sets the title in 2号 and the body in 3号 (22 : 16)', () => {
    const first = words(seedPdf, 1);
    const title = first.find((w) => w.text.startsWith('关于重点任务'));
    const body = first.find((w) => w.text.startsWith('各县'));
    expect(title && body).toBeTruthy();
    expect((title?.h ?? 0) / (body?.h ?? 1)).toBeCloseTo(22 / 16, 1);
  });

  it('ends with the 版记 on the last page', () => {
    const last = run('pdftotext', [
      '-f',
      String(pageCount(bigPdf)),
      '-l',
      String(pageCount(bigPdf)),
      bigPdf,
      '-',
    ]).replace(/\s+/g, '');
    expect(bare(last)).toContain(bare('抄送：市委、市政府领导。'));
    expect(last).toContain('市委督查室2026年7月1日印发');
  });
});

describe('a 督办单 converted by LibreOffice', () => {
  it('names the agency, its late tasks, since when and the reply date', async () => {
    const files = await buildSupervisionFiles(
      { tasks: generatedLedger(20), asOf: '2026-06-30', rule: RULE, printedOn: '2026-07-01' },
      { office: '市委督查室', replyBy: '2026-07-06', replyTo: '市委督查室' },
    );
    if (files.kind !== 'zip') throw new Error(`expected a zip, got ${files.kind}`);
    const entry = Object.entries(unzipSync(files.bytes)).find(([name]) => name.includes('市财政局'));
    expect(entry).toBeDefined();
    const text = flatText(toPdf('finance', entry?.[1] ?? new Uint8Array()));
    expect(text).toContain('市财政局');
    expect(text).toContain(bare('一、牵头任务'));
    expect(text).toContain(bare('二、配合任务'));
    expect(text).toContain('2026.6.1');
    expect(text).toContain(bare('请于2026年7月6日前将办理情况书面报送市委督查室。'));
  });
});
