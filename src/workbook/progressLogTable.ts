/**
 * An existing `ProgressLog` as the operations that append to it or read it see it: where it is, its columns by
 * identity (stored `TableColumn.id`, else header), and its body read in pieces under the 5 MB response limit.
 * @requirement ExcelApi 1.2 (`Range.getRowsBelow`, through `appendRows`); ExcelApi 1.1 (table ranges, `TableColumn.id`)
 */
import { queueTableRange, tableBox, type TableBox } from './tableBox';
import { boxAddress } from '../ledgerLayout/cellAddress';
import { resolveHeader, type ResolvedHeader } from './columnIdentity';
import { HISTORY_COLUMNS } from '../ledgerLayout/ledgerColumns';
import { payloadBytes, SYNC_BUDGET_BYTES } from './payloadBytes';

export interface LogProbe {
  header: Excel.Range;
  range: Excel.Range;
  columns: Excel.TableColumnCollection;
}

export interface LogLayout {
  box: TableBox;
  /** The header as the add-in reads it (columns found by id carry their canonical header). */
  header: string[];
  resolved: ResolvedHeader;
  /** The log's column ids, left to right, as read. */
  columnIds: number[];
  /** 0-based column of a key in the log, or -1. */
  at(key: (typeof HISTORY_COLUMNS)[number]['key']): number;
}

/**
 * Queues what `logLayout` needs (sent with the caller's next sync).
 * @example
 * const probe = queueLogProbe(table); await context.sync(); logLayout(probe, stored.ProgressLog)
 */
export function queueLogProbe(table: Excel.Table): LogProbe {
  return {
    header: table.getHeaderRowRange().load('values'),
    range: queueTableRange(table),
    columns: table.columns.load('items/id'),
  };
}

/**
 * The log's position and columns, once its probe is synced.
 * @example
 * logLayout(probe, stored.ProgressLog).at('answerId') // 9
 */
export function logLayout(probe: LogProbe, stored: Readonly<Record<string, number>> | undefined): LogLayout {
  const resolved = resolveHeader(
    probe.header.values[0] ?? [],
    probe.columns.items.map((c) => c.id),
    stored,
    HISTORY_COLUMNS,
  );
  const header = resolved.header;
  return {
    box: tableBox(probe.range),
    header,
    resolved,
    columnIds: probe.columns.items.map((c) => c.id),
    at: (key) => header.indexOf(HISTORY_COLUMNS.find((c) => c.key === key)?.header ?? ''),
  };
}

/**
 * Reads some columns of every body row, in row chunks that keep each response under the budget; one sync per chunk.
 * @example
 * const [ids] = await readLogColumns(context, sheet, layout.box, [layout.at('answerId')])
 */
export async function readLogColumns(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  box: TableBox,
  columns: readonly number[],
  budget: number = SYNC_BUDGET_BYTES,
): Promise<unknown[][]> {
  const bodyRows = box.rowCount - 1;
  const out: unknown[][] = columns.map(() => []);
  const wanted = columns.filter((c) => c >= 0);
  if (bodyRows <= 0 || wanted.length === 0)
    return columns.map(() => new Array<unknown>(Math.max(0, bodyRows)).fill(''));
  // A first guess of 300 bytes per cell, then what the rows read so far weigh (with a margin: later notes may be longer).
  let bytesPerRow = 300 * wanted.length;
  for (let start = 0; start < bodyRows;) {
    const count = Math.min(bodyRows - start, Math.max(1, Math.floor(budget / (bytesPerRow * 1.5))));
    const ranges = columns.map((c) =>
      c < 0 ? null : sheet.getRange(boxAddress(box.row + 1 + start, box.col + c, count, 1)).load('values'),
    );
    await context.sync();
    let bytes = 0;
    ranges.forEach((range, i) => {
      const values = range ? (range.values as unknown[][]) : [];
      bytes += range ? payloadBytes(values) : 0;
      for (let r = 0; r < count; r += 1) out[i]?.push(range ? values[r]?.[0] : '');
    });
    bytesPerRow = Math.max(10, bytes / count);
    start += count;
  }
  return out;
}
