/**
 * The merged areas of a box of a sheet, for an import from the workbook: a 牵头单位 merged down several task
 * rows holds its text only in its top-left cell, so the reader must know the areas to give every row its lead.
 * `Range.getMergedAreasOrNullObject` (ExcelApi 1.13) "returns a `RangeAreas` object that represents the merged areas
 * in this range… if the merged areas count in this range is more than 512, then this method will fail" (@types/office-js);
 * a box that fails is read again in halves. It returns only the areas whose top-left cell is in the range
 * (OfficeDev/office-js#3611, by design): an area that begins above the box is not seen.
 * Syncs: 1 when the box has no merged cells; 2 when it has (more when a box with over 512 areas is halved).
 * Callers check the feature first (`supportsFeature(supports, 'merged-cells')`).
 * @requirement ExcelApi 1.9 (`RangeAreas.areas`); ExcelApi 1.7 (`getRangeByIndexes`)
 * @optional ExcelApi 1.13 (`Range.getMergedAreasOrNullObject`, feature `merged-cells`)
 */
import { boxOf, type CellBox } from './sheetGrid';

/**
 * The merged areas whose top-left cell lies in the box, as boxes of the sheet.
 * @example await readMergedAreas(context, sheet, { row: 0, column: 0, rows: 30, columns: 5 }) // [{ row: 4, column: 2, rows: 3, columns: 1 }]
 */
export async function readMergedAreas(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  box: CellBox,
): Promise<CellBox[]> {
  const merged = sheet.getRangeByIndexes(box.row, box.column, box.rows, box.columns).getMergedAreasOrNullObject();
  merged.load('areaCount');
  try {
    await context.sync();
  } catch (error) {
    // Over 512 areas: the halves, each on its own (a single row that still fails is a real failure).
    if (box.rows === 1) throw error;
    const half = Math.ceil(box.rows / 2);
    const top = await readMergedAreas(context, sheet, { ...box, rows: half });
    const bottom = await readMergedAreas(context, sheet, { ...box, row: box.row + half, rows: box.rows - half });
    return top.concat(bottom);
  }
  if (merged.isNullObject || merged.areaCount === 0) return [];
  const areas = merged.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount');
  await context.sync();
  return areas.items.map(boxOf);
}
