/**
 * Header roles weighed against each column's whole content (issue 19, "column roles scored, not matched"): the header
 * word is a strong prior, but a column whose cells are plainly of another kind takes that kind's role when the table
 * has no column of that role yet: a column of people is the leaders (never agencies), an unnamed column of schedules
 * the schedule, an unnamed column of agency lists the units (two side by side: 牵头 then 配合).
 */
import { classifyCell, type CellKind } from './classifyCell';
import type { Columns } from './columnsFromHeader';

/** Rows sampled after the header: enough to vote, bounded so a huge table costs the same as a big one. */
const MAX_SAMPLE = 300;
/** The share of a column's filled cells that must agree before the content overrides the header. */
const CLEAR_SHARE = 0.6;
/** Filled cells needed before a column's content counts at all. */
const MIN_FILLED = 2;

type Shares = Map<CellKind, number>;

function sharesOf(rows: readonly (readonly string[])[], k: number): Shares {
  const counts: Shares = new Map();
  let filled = 0;
  for (const cells of rows) {
    const kind = classifyCell(cells[k] ?? '');
    if (kind === 'empty') continue;
    filled += 1;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const shares: Shares = new Map();
  if (filled < MIN_FILLED) return shares;
  for (const [kind, n] of counts) shares.set(kind, n / filled);
  return shares;
}

/** The role index fields a column may hold; -1 where it holds none. */
function roleOf(columns: Columns, k: number): 'agency' | 'other' | 'fixed' {
  if (k === columns.units || k === columns.lead || k === columns.support) return 'agency';
  if (
    k === columns.no ||
    k === columns.text ||
    k === columns.schedule ||
    k === columns.leader ||
    k === columns.progress ||
    (columns.moreLeaders ?? []).includes(k) ||
    (columns.moreText ?? []).includes(k)
  )
    return 'fixed';
  if (k === columns.category || (columns.milestones ?? []).includes(k)) return 'fixed';
  return 'other';
}

/** The column's role taken away (an agency column found to hold people). */
function without(columns: Columns, k: number): Columns {
  return {
    ...columns,
    units: columns.units === k ? -1 : columns.units,
    lead: columns.lead === k ? -1 : columns.lead,
    support: columns.support === k ? -1 : columns.support,
  };
}

/**
 * The header's columns with roles the content plainly says otherwise; the same object when nothing changes.
 * @example rolesByContent(columnsFromHeader(['序号', '工作任务', '分管负责同志', '牵头单位'])!, [['1', '修订办法。', '王强', '县司法局'], ['2', '清理收费。', '李明', '县发改局']]).leader // 2
 */
export function rolesByContent(columns: Columns, rows: readonly (readonly string[])[]): Columns {
  const sample = rows.filter((cells) => cells.length === columns.count).slice(0, MAX_SAMPLE);
  if (sample.length < MIN_FILLED) return columns;
  let out = columns;
  for (let k = 0; k < columns.count; k += 1) {
    const role = roleOf(out, k);
    if (role === 'fixed') continue;
    const shares = sharesOf(sample, k);
    const clear = (kind: CellKind): boolean => (shares.get(kind) ?? 0) >= CLEAR_SHARE;
    if (out.leader < 0 && clear('person')) {
      out = { ...without(out, k), leader: k };
    } else if (clear('person')) {
      // A second column of people (`分管领导` then `责任人`, or one named as units): its people are leaders too.
      out = { ...without(out, k), moreLeaders: [...(out.moreLeaders ?? []), k] };
    } else if (role === 'other' && out.schedule < 0 && !out.milestones && clear('schedule')) {
      out = { ...out, schedule: k };
    } else if (role === 'other' && out.units < 0 && out.lead < 0 && out.support < 0 && clear('agencies')) {
      // Two such columns side by side are 牵头 then 配合, as the genre lays them out; one is the whole units text.
      const pair =
        k + 1 < columns.count &&
        roleOf(out, k + 1) === 'other' &&
        (sharesOf(sample, k + 1).get('agencies') ?? 0) >= CLEAR_SHARE;
      out = pair ? { ...out, lead: k, support: k + 1, unitsName: '牵头单位' } : { ...out, units: k };
    }
  }
  return out === columns ? out : { ...out, fromContent: changedColumns(columns, out) };
}

/** The columns whose role differs between the header's reading and the content's. */
function changedColumns(before: Columns, after: Columns): number[] {
  const roleAt = (c: Columns, k: number): string =>
    [
      k === c.units ? 'units' : '',
      k === c.lead ? 'lead' : '',
      k === c.support ? 'support' : '',
      k === c.schedule ? 'schedule' : '',
      k === c.leader || (c.moreLeaders ?? []).includes(k) ? 'leader' : '',
    ].join('');
  return Array.from({ length: after.count }, (_, k) => k).filter((k) => roleAt(before, k) !== roleAt(after, k));
}
