// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../../src/taskpane/tasks/useFilters';
import { useVisibleTasks } from '../../../src/taskpane/tasks/useVisibleTasks';
import type { LedgerRow } from '../../../src/workbook/port';
import { rowsFromText } from '../fakePort';

const TABLE = [
  '序号\t工作任务\t负责单位\t时间进度',
  '1\t建设实训基地\t市职教中心牵头，市财政局配合\t持续实施',
  '2\t修订专业目录\t市职业教育中心\t持续实施',
  '3\t其他\t市财政局\t持续实施',
].join('\n');
const CTX = { asOf: '2026-11-29', warnDays: 7 };

function shown(rows: readonly LedgerRow[], agency: string, aliases?: Record<string, string>): number[] {
  const state = { ...NO_FILTER, agency, role: 'any' as const };
  const { result } = renderHook(() => useVisibleTasks(rows, state, aliases ? { ...CTX, aliases } : CTX));
  return result.current.visible.map((r) => r.no);
}

describe('useVisibleTasks with the workbook aliases', () => {
  const rows = rowsFromText(TABLE);

  it('a filter by the canonical agency finds a task written with the alias', () => {
    expect(shown(rows, '市职业教育中心')).toEqual([2]);
    expect(shown(rows, '市职业教育中心', { 市职教中心: '市职业教育中心' })).toEqual([1, 2]);
  });

  it('the written form filters to the same tasks, and other agencies are untouched', () => {
    expect(shown(rows, '市职教中心', { 市职教中心: '市职业教育中心' })).toEqual([1, 2]);
    expect(shown(rows, '市财政局', { 市职教中心: '市职业教育中心' })).toEqual([1, 3]);
  });
});
