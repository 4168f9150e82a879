/**
 * The tables of the active sheet as grids of text, for "读取当前工作表的表格"; a sheet without an Excel table
 * gives its used range instead. Tables over `MAX_IMPORT_CELLS` cells are named, not read. Syncs: 1 to list the
 * tables and measure them, then 1 per block of text read (≤ 4 MB each; bounded, the cells read are capped), and 1 for
 * the sheet's merged areas (2 when there are some), filled into every grid.
 * Without ExcelApi 1.13 (no `getMergedAreasOrNullObject`) the read is refused (`needs-newer-excel`).
 * @requirement ExcelApi 1.7 (`getRangeByIndexes`); ExcelApi 1.4 (`getUsedRangeOrNullObject`); ExcelApi 1.1 (`getActiveWorksheet`, `Worksheet.tables`)
 * @optional ExcelApi 1.13 (`getMergedAreasOrNullObject`, feature `merged-cells`)
 */
import { boxAddress } from '../ledgerLayout/cellAddress';
import { fillMergedAreas } from './fillMergedAreas';
import { mergesInBox } from './mergesInBox';
import { readMergedAreas } from './readMergedAreas';
import { SUPPORTS_ALL, supportsFeature, type SupportsSet } from './requirements';
import type { ReadSheetTablesResult, SheetGrid } from './port';
import { boxOf, loadTextBlocks, MAX_IMPORT_CELLS, type CellBox } from './sheetGrid';
import { ALIAS_TABLE, HISTORY_TABLE, LEDGER_TABLE, ROUND_TABLE } from '../ledgerLayout/workbookNames';

/** Tables listed at most (a sheet rarely holds more than a few). */
const MAX_TABLES = 20;
const OWN_TABLES: ReadonlySet<string> = new Set([LEDGER_TABLE, HISTORY_TABLE, ALIAS_TABLE, ROUND_TABLE]);
const RANGE_BOX = 'rowIndex,columnIndex,rowCount,columnCount';

/**
 * Reads the active sheet's tables (the add-in's own last) or, without any, its used range.
 * @example const read = await readSheetTables(context); if (read.ok) read.grids[0]?.table // '表1'
 */
export async function readSheetTables(
  context: Excel.RequestContext,
  supports: SupportsSet = SUPPORTS_ALL,
): Promise<ReadSheetTablesResult> {
  if (!supportsFeature(supports, 'merged-cells'))
    return { ok: false, error: { code: 'needs-newer-excel', params: { feature: 'merged-cells' } } };
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name');
  // `load` with `items/…` is how a collection's members are loaded in one round trip.
  const tables = sheet.tables.load('items/name');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(RANGE_BOX);
  await context.sync();
  const listed = tables.items.slice(0, MAX_TABLES);
  const ranges = listed.map((t) => t.getRange().load(RANGE_BOX));
  if (ranges.length > 0) await context.sync();
  const found: { name: string | null; box: CellBox }[] =
    listed.length > 0
      ? listed.map((t, i) => ({ name: t.name, box: boxOf(ranges[i] as Excel.Range) }))
      : used.isNullObject
        ? []
        : [{ name: null, box: boxOf(used) }];
  if (found.length === 0) return { ok: false, error: { code: 'empty', params: {} } };
  const ordered = [
    ...found.filter((f) => !OWN_TABLES.has(f.name ?? '')),
    ...found.filter((f) => OWN_TABLES.has(f.name ?? '')),
  ];
  const grids: SheetGrid[] = [];
  const tooLarge: string[] = [];
  let budget = MAX_IMPORT_CELLS;
  let merged: CellBox[] | null = null;
  for (const { name, box } of ordered) {
    const cells = box.rows * box.columns;
    if (cells > budget) {
      if (name === null) return { ok: false, error: { code: 'too-large', params: { cells, limit: MAX_IMPORT_CELLS } } };
      tooLarge.push(name);
      continue;
    }
    budget -= cells;
    const text = await loadTextBlocks(context, sheet, box);
    // The sheet's merged areas are read once, for every grid (an area with text begins inside the used range).
    merged ??= used.isNullObject ? [] : await readMergedAreas(context, sheet, boxOf(used));
    grids.push({
      sheet: sheet.name,
      address: boxAddress(box.row, box.column, box.rows, box.columns),
      table: name,
      grid: fillMergedAreas(text, box, merged),
      merges: mergesInBox(box, merged),
    });
  }
  if (grids.length === 0 && tooLarge.length > 0)
    return {
      ok: false,
      error: { code: 'too-large', params: { cells: MAX_IMPORT_CELLS + 1, limit: MAX_IMPORT_CELLS } },
    };
  return { ok: true, sheet: sheet.name, grids, tooLarge };
}
