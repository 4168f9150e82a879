/**
 * Column roles inferred from the cells of a whole table when it has no header (LAYOUTS A2–A5), and
 * rows aligned to those columns by content: one agency per line joins one cell, a missing cell is
 * skipped where the content says so (a schedule is never read as an agency).
 */
import { classifyCell, type CellKind } from './classifyCell';
import type { ColumnRole } from './types';

export interface InferredColumns {
  roles: ColumnRole[];
  /** The kind of content each column holds, for aligning rows. */
  kinds: CellKind[];
  /** Fewer than two rows agreed, or a column's kind had no clear majority. */
  uncertain: boolean;
}

interface Run {
  kind: CellKind;
  cells: string[];
}

/** Kinds whose consecutive cells are one cell written over several lines. */
const JOINABLE = new Set<CellKind>(['agencies', 'progress', 'person', 'task']);
/** Rows looked at: enough to vote, few enough to keep inference cheap on huge tables. */
const MAX_SAMPLE_ROWS = 400;

function runsOf(cells: readonly string[], join: boolean): Run[] {
  const runs: Run[] = [];
  for (const cell of cells) {
    const kind = classifyCell(cell);
    const last = runs[runs.length - 1];
    if (join && last && last.kind === kind && JOINABLE.has(kind)) last.cells.push(cell);
    else runs.push({ kind, cells: [cell] });
  }
  return runs;
}

function roleOfKind(kind: CellKind, seenTask: boolean): ColumnRole {
  switch (kind) {
    case 'number':
      return 'no';
    case 'task':
      return seenTask ? 'other' : 'task';
    case 'agencies':
      return 'units';
    case 'schedule':
      return 'schedule';
    case 'person':
      return 'leader';
    case 'progress':
      return 'progress';
    case 'empty':
      return 'other';
  }
}

/**
 * Infers one role per column from numbered rows (each a list of cells, the number first). `cellPerLine`
 * rows (a Word table dumped one cell per line) may spread one cell over several lines.
 * @example inferColumns([['3', '建立企业诉求直通车制度。', '市营商办', '市工信局、市市场监管局', '9月底前']], false)?.roles
 * // ['no', 'task', 'lead', 'support', 'schedule']
 */
export function inferColumns(rows: readonly (readonly string[])[], cellPerLine: boolean): InferredColumns | null {
  const sample = rows.slice(0, MAX_SAMPLE_ROWS);
  if (sample.length === 0) return null;
  // Vote on the sequence of kinds (runs joined), then on how many agency cells a row has.
  const votes = new Map<string, { count: number; runs: Run[][] }>();
  for (const cells of sample) {
    const runs = runsOf(cells, cellPerLine);
    while (runs.length > 0 && runs[runs.length - 1]?.kind === 'empty') runs.pop();
    const key = runs.map((r) => r.kind).join(',');
    const vote = votes.get(key) ?? { count: 0, runs: [] };
    vote.count += 1;
    vote.runs.push(runs);
    votes.set(key, vote);
  }
  let best: { count: number; runs: Run[][]; key: string } | null = null;
  for (const [key, vote] of votes) {
    const width = key.split(',').length;
    const bestWidth = best ? best.key.split(',').length : 0;
    if (!best || vote.count > best.count || (vote.count === best.count && width > bestWidth)) best = { ...vote, key };
  }
  if (!best) return null;
  const kinds = best.key.split(',') as CellKind[];
  if (kinds[0] !== 'number' || !kinds.includes('task')) return null;

  const roles: ColumnRole[] = [];
  const columnKinds: CellKind[] = [];
  let seenTask = false;
  kinds.forEach((kind, k) => {
    if (kind === 'agencies' && cellPerLine) {
      // Two agency cells in most rows, never more: separate 牵头 and 配合 columns; else one list per line.
      const counts = best.runs.map((runs) => runs[k]?.cells.length ?? 0);
      const twos = counts.filter((c) => c === 2).length;
      if (twos * 2 >= counts.length && counts.every((c) => c <= 2)) {
        roles.push('lead', 'support');
        columnKinds.push('agencies', 'agencies');
        return;
      }
    }
    roles.push(roleOfKind(kind, seenTask));
    columnKinds.push(kind);
    if (kind === 'task') seenTask = true;
  });
  // Positional rows (tabs): two adjacent agency columns are 牵头 then 配合.
  for (let k = 0; k + 1 < roles.length; k += 1) {
    if (roles[k] === 'units' && roles[k + 1] === 'units') [roles[k], roles[k + 1]] = ['lead', 'support'];
  }
  // Rows disagree, or one row (or a guessed schedule) gives a layout other than the genre's default four.
  // A row agrees when its kinds match the template, an empty cell matching any column.
  const agreeing = [...votes.entries()]
    .filter(([key]) => {
      const ks = key.split(',');
      return ks.length <= kinds.length && ks.every((k, i) => k === kinds[i] || k === 'empty');
    })
    .reduce((n, [, vote]) => n + vote.count, 0);
  let uncertain = agreeing * 2 < sample.length;
  const isDefault = (rs: readonly ColumnRole[]): boolean => rs.join(',') === 'no,task,units,schedule';
  // The genre puts the schedule last: an unreadable last column after the units is one, unsure.
  const last = roles.length - 1;
  if (
    !roles.includes('schedule') &&
    last >= 3 &&
    roles[last] === 'other' &&
    roles.slice(0, last).some((r) => r === 'units' || r === 'support')
  ) {
    roles[last] = 'schedule';
    columnKinds[last] = 'schedule';
    uncertain = uncertain || !isDefault(roles);
  }
  if (agreeing < 2 && !isDefault(roles)) uncertain = true;
  return { roles, kinds: columnKinds, uncertain };
}

/** The kinds a header's roles imply, for aligning cell-per-line rows under a header. */
export function kindsOfRoles(roles: readonly ColumnRole[]): CellKind[] {
  return roles.map((role) => {
    switch (role) {
      case 'no':
        return 'number';
      case 'task':
        return 'task';
      case 'units':
      case 'lead':
      case 'support':
      case 'joint':
        return 'agencies';
      case 'leader':
        return 'person';
      case 'schedule':
        return 'schedule';
      case 'progress':
        return 'progress';
      case 'other':
        return 'empty';
    }
  });
}

export interface AlignedRow {
  cells: string[];
  /** Columns the row has no cell for (skipped by content). */
  missing: number[];
  /** Columns of no kind left empty (a category merged down the rows, given on its first row only). */
  skipped?: number[];
}

/**
 * Aligns a cell-per-line row to the columns: consecutive cells of one kind join (`\n`), two adjacent
 * agency columns take the first cell and the rest, and a column whose kind the next cell does not have
 * is left empty when a later column has that kind. Nothing is dropped: leftovers stay at the end.
 * @example alignCells(['14', '建立检查制度。', '市司法局', '10月底前'], ['number', 'task', 'agencies', 'agencies', 'schedule']).cells
 * // ['14', '建立检查制度。', '市司法局', '', '10月底前']
 */
export function alignCells(cells: readonly string[], kinds: readonly CellKind[]): AlignedRow {
  const runs = runsOf(cells, true);
  const out: string[] = [];
  const missing: number[] = [];
  const skipped: number[] = [];
  let r = 0;
  for (let j = 0; j < kinds.length && r < runs.length; j += 1) {
    const run = runs[r];
    const kind = kinds[j];
    if (!run || kind === undefined) break;
    // A column of no kind (a category merged down the rows) that the row is short of: its cell was given once, above.
    const skipOther =
      kind === 'empty' &&
      run.kind !== 'empty' &&
      runs.length - r < kinds.length - j &&
      kinds.indexOf(run.kind, j + 1) > j;
    if (skipOther) {
      out.push('');
      skipped.push(j);
      continue;
    }
    const fits = run.kind === kind || run.kind === 'empty' || kind === 'empty';
    if (fits) {
      if (kind === 'agencies' && kinds[j + 1] === 'agencies' && run.kind === 'agencies') {
        out.push(run.cells[0] ?? '', run.cells.slice(1).join('\n'));
        j += 1;
        // A lone lead followed by an empty cell: that empty cell is the support column.
        if (run.cells.length === 1 && runs[r + 1]?.kind === 'empty') r += 1;
      } else {
        out.push(run.cells.join('\n'));
      }
      r += 1;
      continue;
    }
    // Skip this column only when the row is short of cells and the cell's kind belongs to a later column.
    if (runs.length - r < kinds.length - j && kinds.indexOf(run.kind, j + 1) > j) {
      out.push('');
      missing.push(j);
      continue;
    }
    out.push(run.cells.join('\n'));
    r += 1;
  }
  for (; r < runs.length; r += 1) for (const cell of runs[r]?.cells ?? []) out.push(cell);
  return { cells: out, missing, ...(skipped.length > 0 ? { skipped } : {}) };
}
