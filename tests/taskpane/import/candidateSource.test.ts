/** A table found in a document, as the import view receives it: title and short caption above it, merges moved down. */
import { describe, expect, it } from 'vitest';
import { candidateSource } from '../../../src/taskpane/import/candidateSource';
import type { SourceCandidate } from '../../../src/taskpane/import/ImportSources.types';

const CANDIDATE: SourceCandidate = {
  label: '表1',
  grid: [
    ['序号', '任务', '牵头单位'],
    ['1', '修订目录', '市教育局'],
    ['2', '建设基地', '市教育局'],
  ],
  merges: [{ row: 1, col: 2, rowSpan: 2, colSpan: 1 }],
  kind: 'docx',
  title: '2026年重点任务分工方案',
  caption: '（列第一位的为牵头单位）',
  name: 'Word 文件：方案.docx',
  notes: [],
};

describe('candidateSource', () => {
  it('puts the title and a short caption above the table, moves the merges down two rows, and carries the year', () => {
    const source = candidateSource(CANDIDATE, 2026);
    expect(source.table).toEqual({
      rows: [['2026年重点任务分工方案'], ['（列第一位的为牵头单位）'], ...CANDIDATE.grid],
      merges: [{ row: 3, col: 2, rowSpan: 2, colSpan: 1 }],
      source: 'docx',
    });
    expect(source.text).toBe(
      '2026年重点任务分工方案\n（列第一位的为牵头单位）\n序号\t任务\t牵头单位\n1\t修订目录\t市教育局\n2\t建设基地\t市教育局',
    );
    expect(source.name).toBe('Word 文件：方案.docx');
    expect(source.grid).toBe(CANDIDATE.grid);
    expect(source.documentYear).toBe(2026);
  });

  it('a title the table already holds and a long paragraph are not added; no year, no documentYear', () => {
    const source = candidateSource(
      { ...CANDIDATE, title: '市教育局', caption: '为贯彻落实'.repeat(13), merges: [] },
      null,
    );
    expect(source.table?.rows).toEqual(CANDIDATE.grid);
    expect('documentYear' in source).toBe(false);
  });
});
