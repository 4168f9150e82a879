/**
 * The selected range as a grid of text, for "读取选中区域": the selection clipped to the sheet's used
 * range (a selection of whole columns reads only the rows that hold values), refused when it is several
 * areas or more than `MAX_IMPORT_CELLS` cells. Merged cells are filled in (`readMergedAreas`, `fillMergedAreas`).
 * Syncs: 1 to measure, 1 per block of text (`loadTextBlocks`: ≤ 4 MB each), 1 for the merged areas (2 when there are some).
 * Without ExcelApi 1.13 (no `getMergedAreasOrNullObject`) the read is refused (`needs-newer-excel`): a merged 牵头单位 would
 * leave rows without their lead.
 * @requirement ExcelApi 1.7 (`getRangeByIndexes`); ExcelApi 1.4 (`getUsedRangeOrNullObject`); ExcelApi 1.1 (`getSelectedRange`, `Range.text`)
 * @optional ExcelApi 1.13 (`getMergedAreasOrNullObject`, feature `merged-cells`)
 */
import { boxAddress } from '../ledgerLayout/cellAddress';
import { fillMergedAreas } from './fillMergedAreas';
import { mergesInBox } from './mergesInBox';
import { readMergedAreas } from './readMergedAreas';
import { SUPPORTS_ALL, supportsFeature, type SupportsSet } from './requirements';
import type { ReadSelectionResult } from './port';
import { boxOf, intersectBoxes, loadTextBlocks, MAX_IMPORT_CELLS } from './sheetGrid';

/** Office.js's code when `getSelectedRange` meets a multi-area selection ("If there are multiple ranges selected, this method will throw an error", @types/office-js). */
const INVALID_SELECTION = 'InvalidSelection';

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

const RANGE_BOX = 'rowIndex,columnIndex,rowCount,columnCount';

/**
 * Reads the selection's cells as displayed text.
 * @example const read = await readSelectionGrid(context); if (read.ok) gridToTabText(read.grid.grid)
 */
export async function readSelectionGrid(
  context: Excel.RequestContext,
  supports: SupportsSet = SUPPORTS_ALL,
): Promise<ReadSelectionResult> {
  if (!supportsFeature(supports, 'merged-cells'))
    return { ok: false, error: { code: 'needs-newer-excel', params: { feature: 'merged-cells' } } };
  const selected = context.workbook.getSelectedRange();
  selected.load(RANGE_BOX);
  const sheet = selected.worksheet;
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(RANGE_BOX);
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) === INVALID_SELECTION) return { ok: false, error: { code: 'multiple-areas', params: {} } };
    throw error;
  }
  const box = used.isNullObject ? null : intersectBoxes(boxOf(selected), boxOf(used));
  if (!box) return { ok: false, error: { code: 'empty', params: {} } };
  const cells = box.rows * box.columns;
  if (cells > MAX_IMPORT_CELLS)
    return { ok: false, error: { code: 'too-large', params: { cells, limit: MAX_IMPORT_CELLS } } };
  const areas = await readMergedAreas(context, sheet, box);
  const grid = fillMergedAreas(await loadTextBlocks(context, sheet, box), box, areas);
  if (grid.every((row) => row.every((cell) => cell.trim() === '')))
    return { ok: false, error: { code: 'empty', params: {} } };
  return {
    ok: true,
    grid: {
      sheet: sheet.name,
      address: boxAddress(box.row, box.column, box.rows, box.columns),
      table: null,
      grid,
      merges: mergesInBox(box, areas),
    },
  };
}
