import { describe, expect, it, test } from 'vitest';
import { unzipSync } from 'fflate';
import { buildReportZip, readReportWorkbook, reportAgencies, reportFileName, tasksForAgency } from '../../src/reports';
import { KEY, ROUND, WORKBOOK_ID, seedRows } from './seedLedger';

const rows = seedRows();

describe('reportFileName', () => {
  test.each([
    ['2026年11月', '市教育局', '2026年11月-市教育局-进展填报.xlsx'],
    ['2026/11', '市教育局', '2026_11-市教育局-进展填报.xlsx'],
    ['第4季度', '省市场监管局（省知识产权局）', '第4季度-省市场监管局（省知识产权局）-进展填报.xlsx'],
  ])('%s + %s → %s', (name, agency, file) => {
    expect(reportFileName({ round: { name }, agency })).toBe(file);
  });
});

describe('buildReportZip', () => {
  it('packs one readable workbook per agency of the seed', async () => {
    const agencies = reportAgencies(rows);
    const zip = await buildReportZip(
      agencies.map((agency) => ({
        workbookId: WORKBOOK_ID,
        key: KEY,
        round: ROUND,
        agency,
        tasks: tasksForAgency(rows, agency),
      })),
    );
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(agencies.map((agency) => `2026年11月-${agency}-进展填报.xlsx`));
    const last = files[`2026年11月-${agencies.at(-1)}-进展填报.xlsx`]!;
    const read = await readReportWorkbook(last, {
      workbookId: WORKBOOK_ID,
      key: KEY,
      rounds: [ROUND],
      ledgerRows: rows,
    });
    expect(read.ok && read.report.agency).toBe(agencies.at(-1));
  });

  it('keeps two agencies whose names differ only in unsafe characters apart', async () => {
    const zip = await buildReportZip([
      { workbookId: WORKBOOK_ID, key: KEY, round: ROUND, agency: 'A/B', tasks: [] },
      { workbookId: WORKBOOK_ID, key: KEY, round: ROUND, agency: 'A:B', tasks: [] },
    ]);
    expect(Object.keys(unzipSync(zip))).toEqual(['2026年11月-A_B-进展填报.xlsx', '2026年11月-A_B-进展填报-2.xlsx']);
  });
});
