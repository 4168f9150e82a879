/**
 * Columns inferred from the content of a header-less table's numbered rows (see `inferColumns`).
 */
import type { ColumnRole } from './types';
import type { Columns } from './columnsFromHeader';
import { columnsFromHeader } from './columnsFromHeader';
import { inferColumns } from './inferColumns';
import { taskNumber } from './taskNumber';
import type { Row } from './rowsFromTabs';

/** Rows and cells per row that column inference looks at: tables have a few dozen columns at most. */
const MAX_INFERENCE_ROWS = 2000;

const MAX_INFERENCE_CELLS = 40;

/**
 * Columns inferred from the numbered rows' content, when no header comes before the first of them;
 * null when the content does not tell (then the seed's four columns are assumed).
 */
export function inferredColumns(rows: readonly Row[], tabRows: boolean): Columns | null {
  const numberedRows: string[][] = [];
  // The first rows decide: a header comes early, and a sample is enough to vote on.
  for (const row of rows.slice(0, MAX_INFERENCE_ROWS)) {
    const first = row.cells[0] ?? '';
    if (row.cells.length >= 2 && taskNumber(first) === null && columnsFromHeader(row.cells) !== null) {
      if (numberedRows.length === 0) return null;
      break;
    }
    if (row.cells.length >= 3 && taskNumber(first) !== null) numberedRows.push(row.cells.slice(0, MAX_INFERENCE_CELLS));
  }
  const inferred = inferColumns(numberedRows, !tabRows);
  if (!inferred) return null;
  const at = (role: ColumnRole): number => inferred.roles.indexOf(role);
  if (at('task') < 0 || (at('units') < 0 && at('lead') < 0)) return null;
  return {
    no: at('no'),
    text: at('task'),
    units: at('units'),
    lead: at('lead'),
    support: at('support'),
    schedule: at('schedule'),
    leader: at('leader'),
    progress: at('progress'),
    count: inferred.roles.length,
    fromHeader: false,
    source: 'content',
    headers: [],
    textName: '工作任务',
    unitsName: '负责单位',
    scheduleName: '时间进度',
    ...(tabRows ? {} : { kinds: inferred.kinds }),
    uncertain: inferred.uncertain,
  };
}
