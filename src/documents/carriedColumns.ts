/**
 * The columns of an adopted table that the ledger's source columns do not hold — 进展情况 / 完成情况 (the
 * parser's `progress` role), a 状态 column, and any other (备注, 存在问题…) — with each task's value, by 序号,
 * so that adopting a coordinator's own sheet never drops what they wrote. Columns with no value are not carried.
 */
import { normalizeStatus, toHalfWidth, type ColumnMapping } from '../model';

/** Where a carried column goes in the ledger: our 进展情况 or 状态, or a user column of its own name. */
export type CarriedTarget = 'progress' | 'status' | 'user';

export interface CarriedColumn {
  /** The header as written in the source (or `原表第N列` when it had none). */
  header: string;
  target: CarriedTarget;
  /** 序号 → the cell's text (non-empty only). */
  values: Map<number, string>;
}

const TASK_NO_RE = /^\s*[(（]?\s*(\d{1,6})\s*[)）.、．]?\s*$/;

function taskNo(cell: string): number | null {
  const m = TASK_NO_RE.exec(toHalfWidth(cell));
  return m ? Number(m[1]) : null;
}

/**
 * The columns to carry over from a grid read with `mapping`, for the tasks numbered `taskNos`.
 * @example carriedColumns([['序号', '工作任务', '备注'], ['1', '…', '重点']], mapping, [1]) // [{ header: '备注', target: 'user', values: Map { 1 => '重点' } }]
 */
export function carriedColumns(
  grid: readonly (readonly string[])[],
  mapping: ColumnMapping,
  taskNos: readonly number[],
): CarriedColumn[] {
  const noColumn = mapping.roles.indexOf('no');
  if (noColumn < 0) return [];
  const wanted = new Set(taskNos);
  const headers = mapping.headers;
  const headerRow = headers.some((h) => h !== null && h !== '')
    ? grid.findIndex((row) =>
        headers.every((h, i) => h === null || (row[i] ?? '').replace(/\s+/g, '') === h.replace(/\s+/g, '')),
      )
    : -1;
  const columns: CarriedColumn[] = mapping.roles
    .flatMap((role, i) => {
      if (role !== 'progress' && role !== 'other') return [];
      const header = (headers[i] ?? '').trim() || `原表第${i + 1}列`;
      return [
        {
          header,
          target: role === 'progress' ? ('progress' as const) : ('user' as const),
          values: new Map<number, string>(),
          index: i,
        },
      ];
    })
    .map(({ index, ...column }) => {
      const seen = new Set<number>();
      grid.forEach((row, r) => {
        if (r <= headerRow) return;
        const no = taskNo(row[noColumn] ?? '');
        if (no === null || !wanted.has(no) || seen.has(no)) return;
        seen.add(no);
        const text = (row[index] ?? '').trim();
        if (text !== '') column.values.set(no, text);
      });
      return column;
    });
  return columns
    .filter((c) => c.values.size > 0)
    .map((c) =>
      c.target === 'user' && /状态/.test(c.header) && [...c.values.values()].every((v) => normalizeStatus(v) !== null)
        ? { ...c, target: 'status' as const }
        : c,
    );
}
