/**
 * The highest ExcelApi requirement set the workbook layer uses; the manifest generator and the
 * validator read this constant (keep it a plain string literal on one line).
 */
export const EXCEL_API_REQUIREMENT = '1.13';
