/**
 * A NEW ledger workbook, written with ExcelJS (never used to rewrite a user's file): the sheets, tables,
 * columns, formats and names the add-in creates in Excel (任务台账 / TaskLedger with the 预警 formula,
 * 进展记录 / ProgressLog with one blank row a table needs, 台账设置 with the warning rule's cells and names, the
 * workbook id and AgencyAliases), so Excel with the add-in opens it as its ledger and the file port reads it.
 */
import { DEFAULT_WARNING_RULE, type TaskTable } from '../model';
import { r1c1ToA1 } from '../ledgerCopy/r1c1ToA1';
import { ledgerColumnIndex } from '../ledgerLayout/ledgerColumnIndex';
import { HISTORY_COLUMNS, LEDGER_COLUMNS, NUMBER_FORMATS } from '../ledgerLayout/ledgerColumns';
import { sourceCells, type SourceCells } from '../ledgerLayout/sourceCells';
import { warningFormulaR1C1 } from '../ledgerLayout/warningFormula';
import {
  ALIAS_HEADERS,
  ALIAS_LABEL,
  ALIAS_TABLE,
  DEFAULT_WARN_DAYS,
  HISTORY_SHEET,
  LAGGING_COUNTS_CELL,
  LAGGING_COUNTS_NAME,
  LAGGING_COUNTS_NO,
  LAGGING_COUNTS_YES,
  HISTORY_TABLE,
  LEDGER_SHEET,
  LEDGER_TABLE,
  SETTINGS_SHEET,
  WARN_DAYS_NAME,
  WARN_DAYS_NOTE,
  WARN_PRESET_CELL,
  WARN_PRESET_NAME,
  WARN_RULE_NOTE,
  WORKBOOK_ID_LABEL,
} from '../ledgerLayout/workbookNames';
import { loadExcelJS } from '../reports/loadExcelJS';

type Cell = string | number | { formula: string } | null;

function ledgerRow(cells: SourceCells, row: number): Cell[] {
  const index = ledgerColumnIndex(LEDGER_COLUMNS.map((c) => c.header));
  // The formula that reads 滞后计入预警, as the Excel port writes it in a ledger with the rule's names.
  const formula = warningFormulaR1C1(
    { warning: index.warning, status: index.status, deadline: index.deadline, extensionDate: index.extensionDate },
    { lagging: true },
  );
  return LEDGER_COLUMNS.map((c): Cell => {
    if (c.key === 'warning') return { formula: r1c1ToA1(formula, row, index.warning).slice(1) };
    if (c.key === 'status') return '未启动';
    if (c.owner !== 'source') return null;
    const value = cells[c.key as keyof SourceCells];
    return value === '' ? null : value;
  });
}

type Workbook = InstanceType<Awaited<ReturnType<typeof loadExcelJS>>['Workbook']>;

/**
 * 台账设置's warning rule as the Excel port's `ensureWarnDays` lays it out: 预警天数 (B1, a number), 预警配色 (B6) and
 * 滞后计入预警 (B7) as text, each the defined name the 预警 column and the pane read, with the notes beside them.
 */
function writeRuleCells(settings: ReturnType<Workbook['addWorksheet']>, wb: Workbook): void {
  const rows: [string, string, string | number, string][] = [
    ['1', WARN_DAYS_NAME, DEFAULT_WARN_DAYS, 'General'],
    ['2', '说明', WARN_DAYS_NOTE, '@'],
    ['6', WARN_PRESET_NAME, DEFAULT_WARNING_RULE.preset, '@'],
    ['7', LAGGING_COUNTS_NAME, DEFAULT_WARNING_RULE.laggingCounts ? LAGGING_COUNTS_YES : LAGGING_COUNTS_NO, '@'],
    ['8', '说明', WARN_RULE_NOTE, '@'],
  ];
  for (const [row, label, value, format] of rows) {
    settings.getCell(`A${row}`).numFmt = '@';
    settings.getCell(`A${row}`).value = label;
    settings.getCell(`B${row}`).numFmt = format;
    settings.getCell(`B${row}`).value = value;
  }
  const absolute = (cell: string): string => `${SETTINGS_SHEET}!${cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')}`;
  wb.definedNames.add(absolute('B1'), WARN_DAYS_NAME);
  wb.definedNames.add(absolute(WARN_PRESET_CELL), WARN_PRESET_NAME);
  wb.definedNames.add(absolute(LAGGING_COUNTS_CELL), LAGGING_COUNTS_NAME);
  settings.getColumn(1).width = 10;
}

/**
 * The bytes of a new ledger for `table`, identified by `workbookId`.
 * @example const bytes = await createLedgerWorkbook(table, 'wb-1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed')
 */
export async function createLedgerWorkbook(table: TaskTable, workbookId: string): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJS();
  const wb = new Workbook();
  const ledger = wb.addWorksheet(LEDGER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const rows = table.tasks.map((t, i) => ledgerRow(sourceCells(t, table.sections), i + 1));
  ledger.addTable({
    name: LEDGER_TABLE,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: LEDGER_COLUMNS.map((c) => ({ name: c.header, filterButton: true })),
    rows: rows.length > 0 ? rows : [LEDGER_COLUMNS.map(() => null)],
  });
  LEDGER_COLUMNS.forEach((c, k) => {
    const column = ledger.getColumn(k + 1);
    column.width = Math.round(c.width / 6);
    for (let r = 2; r <= Math.max(rows.length, 1) + 1; r += 1) {
      const cell = ledger.getCell(r, k + 1);
      if (c.format !== 'general') cell.numFmt = NUMBER_FORMATS[c.format];
      if (c.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
    }
  });
  const history = wb.addWorksheet(HISTORY_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  history.addTable({
    name: HISTORY_TABLE,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: HISTORY_COLUMNS.map((c) => ({ name: c.header, filterButton: true })),
    rows: [HISTORY_COLUMNS.map(() => null)],
  });
  HISTORY_COLUMNS.forEach((c, k) => {
    history.getColumn(k + 1).width = Math.round(c.width / 6);
    // The blank row's formats are what the first entries take (text stays text, 填报日期 a date).
    history.getCell(2, k + 1).numFmt = NUMBER_FORMATS[c.format];
  });
  const settings = wb.addWorksheet(SETTINGS_SHEET);
  writeRuleCells(settings, wb);
  ['A4', 'B4', 'C4'].forEach((a) => (settings.getCell(a).numFmt = '@'));
  settings.getCell('A4').value = WORKBOOK_ID_LABEL;
  settings.getCell('B4').value = workbookId;
  settings.getCell('C4').value = '各单位报送表据此识别本台账，请勿修改';
  settings.getCell('E1').value = `${ALIAS_LABEL}（写法 → 规范名称；筛选、计数和 TASKS 公式按规范名称合并）`;
  settings.addTable({
    name: ALIAS_TABLE,
    ref: 'E2',
    headerRow: true,
    columns: ALIAS_HEADERS.map((h) => ({ name: h })),
    rows: [[null, null]],
  });
  wb.calcProperties.fullCalcOnLoad = true;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
