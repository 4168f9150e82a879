import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { WarningRule } from '../../src/model/warningRule';
import { buildSupervisionFiles, supervisionFileName } from '../../src/officialDocuments/buildSupervisionFiles';
import { supervisionItems } from '../../src/officialDocuments/supervisionItems';
import { paragraphTexts } from './docxXml';
import { generatedLedger } from './ledgerFixture';

const RULE: WarningRule = { preset: '蓝黄红', dueSoonDays: 7, laggingCounts: true };
const FORM = { office: '市委督查室', replyBy: '2026-07-06', replyTo: '市委督查室（电话0839-1234567）' };
const INPUT = { tasks: generatedLedger(20), asOf: '2026-06-30', rule: RULE, printedOn: '2026-07-01' };

describe('supervisionItems', () => {
  it('lists each agency of a late or nearly-due task once, lead apart from support', () => {
    const items = supervisionItems(INPUT.tasks, INPUT.asOf, RULE);
    expect(items.map((s) => s.agency)).toEqual([
      '市教育局',
      '市财政局',
      '市人力资源和社会保障局',
      '市住房城乡建设局',
      '市农业农村局',
      '市卫生健康委',
      '市生态环境局',
    ]);
    const finance = items.find((s) => s.agency === '市财政局');
    expect(finance?.lead.map((j) => j.task.no)).toEqual([2]);
    expect(finance?.support.map((j) => j.task.no)).toEqual([1]);
    expect(finance?.lead[0]?.level).toBe('overdue');
  });

  it('without 滞后 counting, a reported 滞后 far from its deadline is not chased', () => {
    const items = supervisionItems(INPUT.tasks, INPUT.asOf, { ...RULE, laggingCounts: false });
    expect(items.flatMap((s) => s.lead.map((j) => j.task.no)).sort((a, b) => a - b)).toEqual([1, 2, 4, 11, 12, 14]);
  });
});

describe('buildSupervisionFiles', () => {
  it('zips one .docx per agency, each saying what is late, since when, by when and where to reply', async () => {
    const files = await buildSupervisionFiles(INPUT, FORM);
    expect(files.kind).toBe('zip');
    if (files.kind !== 'zip') return;
    const entries = unzipSync(files.bytes);
    expect(Object.keys(entries)).toHaveLength(7);
    const finance = entries[supervisionFileName('市财政局', '2026-06-30')];
    expect(finance).toBeDefined();
    const doc = strFromU8(
      unzipSync(finance ?? new Uint8Array(), { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'] ??
        new Uint8Array(),
    );
    const texts = paragraphTexts(doc);
    expect(texts).toEqual(
      expect.arrayContaining([
        '督 办 单',
        '市财政局：',
        '一、牵头任务',
        '你单位牵头的1项（逾期1项），请切实履行牵头责任，逐项说明原因、整改措施和完成时限。',
        '二、配合任务',
        '你单位配合的1项（逾期1项），请主动对接牵头单位，按分工抓好落实。',
        '2026.6.1',
        '30',
        '请于2026年7月6日前将办理情况书面报送市委督查室（电话0839-1234567）。逾期未报的，将在督查通报中予以通报。',
      ]),
    );
  });

  it('gives one .docx when one agency is concerned, and nothing when none is', async () => {
    const one = await buildSupervisionFiles(
      {
        ...INPUT,
        tasks: generatedLedger(1).map((t) => ({ ...t, assignments: [{ agency: '市教育局', role: 'lead' as const }] })),
      },
      FORM,
    );
    expect(one.kind === 'docx' ? one.name : one.kind).toBe('督办单-市教育局（截至2026-06-30）.docx');
    expect((await buildSupervisionFiles({ ...INPUT, tasks: [] }, FORM)).kind).toBe('none');
  });
});
