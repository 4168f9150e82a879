import { describe, expect, it } from 'vitest';
import type { WarningRule } from '../../src/model/warningRule';
import { buildNoticeDocx, noticeFileName } from '../../src/officialDocuments/buildNoticeDocx';
import { DEFAULT_NOTICE_FORM } from '../../src/officialDocuments/noticeDefaults';
import { docxParts, paragraphTexts, paragraphWith } from './docxXml';
import { generatedLedger, seedLedger } from './ledgerFixture';

const RULE: WarningRule = { preset: '红黄绿', dueSoonDays: 7, laggingCounts: true };
const FORM = {
  ...DEFAULT_NOTICE_FORM,
  issue: '12',
  office: '市委督查室',
  addressees: '各县区人民政府',
  copyTo: '市委办公室',
};

describe('buildNoticeDocx', async () => {
  const parts = docxParts(
    await buildNoticeDocx({ tasks: seedLedger(), asOf: '2026-11-29', rule: RULE, printedOn: '2026-11-30' }, FORM),
  );
  const doc = parts['word/document.xml'] ?? '';
  const texts = paragraphTexts(doc);

  it('lays out the GB/T 9704 page: A4, 37 mm top, 28 mm binding margin, 156 × 225 mm, a 22-line grid', () => {
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(doc).toMatch(/<w:pgMar w:top="2098" w:right="1475" w:bottom="1984" w:left="1587"/);
    expect(doc).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
    // 28 characters of 3号 condensed by 0.25 pt each fit 156 mm.
    expect(parts['word/styles.xml']).toMatch(/<w:spacing w:val="-5"\/>/);
  });

  it("has the notice's parts in order, with the counts of the ledger", () => {
    expect(texts).toEqual(
      expect.arrayContaining([
        '督查通报',
        '第12期',
        '市委督查室\t2026年11月30日',
        '关于重点任务推进情况的通报',
        '各县区人民政府：',
        '一、总体情况',
        '截至2026年11月29日，共有重点任务24项。其中，已完成4项，占16.7%；正在推进10项（其中临期0项，即7天内到期）；滞后或逾期10项（逾期8项、单位报告滞后2项）。',
        '二、进展较快的',
        '三、进展滞后的',
        '（一）逾期未完成事项',
        '（二）单位报告进度滞后事项',
        '（三）未报送进展的单位',
        '四、下步要求',
        '附件',
        '重点任务滞后逾期事项清单',
        '抄送：市委办公室。',
        '市委督查室\u3000\u30002026年11月30日印发',
      ]),
    );
    expect(texts.indexOf('一、总体情况')).toBeLessThan(texts.indexOf('四、下步要求'));
  });

  it('names fonts and sizes as the standard does', () => {
    expect(paragraphWith(doc, '关于重点任务推进情况的通报')).toMatch(
      /w:eastAsia="方正小标宋简体"[\s\S]*<w:sz w:val="44"\/>/,
    );
    expect(paragraphWith(doc, '一、总体情况')).toMatch(/w:eastAsia="黑体"[\s\S]*<w:sz w:val="32"\/>/);
    expect(paragraphWith(doc, '（一）逾期未完成事项')).toMatch(/w:eastAsia="楷体_GB2312"/);
    expect(paragraphWith(doc, '四、下步要求')).toContain('w:line="579" w:lineRule="exact"');
    expect(parts['word/styles.xml']).toMatch(/w:eastAsia="仿宋_GB2312"[\s\S]*<w:sz w:val="32"\/>/);
    expect(parts['word/fontTable.xml'] ?? '').not.toContain('w:embed');
  });

  it('numbers pages — 1 — in 4号 宋体, odd pages right and even pages left', () => {
    const footers = Object.entries(parts)
      .filter(([name]) => /^word\/footer\d+\.xml$/.test(name))
      .map(([, xml]) => xml);
    expect(footers).toHaveLength(2);
    for (const f of footers) expect(f).toMatch(/— [\s\S]*PAGE[\s\S]* —[\s\S]*/);
    expect(footers.join()).toMatch(/w:eastAsia="宋体"[\s\S]*<w:sz w:val="28"\/>/);
    expect(footers.some((f) => f.includes('<w:jc w:val="right"/>'))).toBe(true);
    expect(footers.some((f) => f.includes('<w:jc w:val="left"/>'))).toBe(true);
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
  });

  it("puts the 版记 in one frame ending on the text block's last line, between rules", () => {
    const imprint = paragraphWith(doc, '抄送：市委办公室。') ?? '';
    expect(imprint).toMatch(/<w:framePr[^>]*w:y="11598"/);
    expect(imprint).toMatch(/<w:top w:val="single"/);
    expect(paragraphWith(doc, '市委督查室\u3000\u30002026年11月30日印发')).toMatch(
      /<w:bottom w:val="single" w:color="000000" w:sz="8"/,
    );
  });

  it('lists every late item in the attached table and at most 20 in the text', async () => {
    const big = docxParts(
      await buildNoticeDocx(
        { tasks: generatedLedger(1000), asOf: '2026-06-30', rule: RULE, printedOn: '2026-07-01' },
        FORM,
      ),
    );
    const bigTexts = paragraphTexts(big['word/document.xml'] ?? '');
    expect(bigTexts).toContain('其余180项详见附件。');
    expect(bigTexts).toContain('其余80项详见附件。');
    expect((big['word/document.xml'] ?? '').match(/<w:tr>|<w:tr /g)).toHaveLength(1 + 300);
  });

  it('keeps a leading = as text and drops characters XML forbids', async () => {
    const tasks = seedLedger().map((t) => (t.no === 9 ? { ...t, text: '=SUM(A1)\u0001改造' } : t));
    const xml =
      docxParts(await buildNoticeDocx({ tasks, asOf: '2026-11-29', rule: RULE, printedOn: '2026-11-30' }, FORM))[
        'word/document.xml'
      ] ?? '';
    expect(xml).toContain('（第9项）=SUM(A1)改造');
  });

  it('names the file after the issue and the day', () => {
    expect(noticeFileName(' 12 ', '2026-11-29')).toBe('督查通报第12期（截至2026-11-29）.docx');
  });
});
