/**
 * The ledger's look on creation: table style, frozen header, column widths, wrapped text,
 * the 状态 drop-down, and conditional formats colouring overdue (red), due-soon (yellow) and done (green) rows.
 * @requirement ExcelApi 1.8 (data validation); also ExcelApi 1.7 (`freezePanes`), 1.6 (conditional formats), 1.2 (column width, wrap)
 */
import { STATUSES } from '../model';
import { columnLetter } from '../ledgerLayout/cellAddress';
import { LEDGER_COLUMNS, LEDGER_HEADERS } from '../ledgerLayout/ledgerColumns';
import type { LedgerColumnIndex } from '../ledgerLayout/ledgerColumnIndex';
import { rowColourRules } from '../ledgerLayout/rowColours';

/** What Excel says when a typed 状态 is not in the list: words of the workbook itself (the ledger's language), written where the file is written. */
const STATUS_ALERT_TEXT = `请选择：${STATUSES.join('、')}`;

/** Queues the 状态 drop-down (a list of the canonical statuses) on the 状态 column's body. */
export function queueStatusValidation(table: Excel.Table, statusId?: number): void {
  // By id when known: a renamed 状态 header is still the column.
  const status = table.columns.getItem(statusId ?? LEDGER_HEADERS.status).getDataBodyRange();
  status.dataValidation.clear();
  status.dataValidation.rule = { list: { inCellDropDown: true, source: STATUSES.join(',') } };
  status.dataValidation.errorAlert = {
    showAlert: true,
    style: 'Stop',
    title: '状态',
    message: STATUS_ALERT_TEXT,
  };
}

/** Queues whole-row colour rules (`[condition, fill]`) on `body`. */
export function queueRowColours(body: Excel.Range, rules: readonly [string, string][]): void {
  for (const [condition, colour] of rules) {
    const format = body.conditionalFormats.add('Custom');
    format.custom.rule.formula = `=${condition}`;
    format.custom.format.fill.color = colour;
  }
}

/**
 * Queues the formatting of a newly created ledger whose table starts at 0-based (`row`, `col`) on `sheet`; `withRule`:
 * the workbook has the warning rule's names (预警配色), so the row colours follow its preset.
 * @example
 * formatNewLedger(sheet, table, index, { row: 0, col: 0 }, true)
 */
export function formatNewLedger(
  sheet: Excel.Worksheet,
  table: Excel.Table,
  index: LedgerColumnIndex,
  origin: { row: number; col: number },
  withRule = false,
): void {
  table.style = 'TableStyleMedium2';
  sheet.freezePanes.freezeRows(origin.row + 1);
  for (const column of LEDGER_COLUMNS) {
    const at = index[column.key];
    if (at < 0) continue;
    const letter = columnLetter(origin.col + at);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = column.width;
    if (column.wrap) table.columns.getItem(column.header).getDataBodyRange().format.wrapText = true;
  }
  const body = table.getDataBodyRange();
  body.format.verticalAlignment = 'Top';
  queueStatusValidation(table);

  // Whole-row colours keyed on the 预警 cell ($column, relative row), so they follow sorting, TODAY() and 预警配色.
  queueRowColours(body, rowColourRules(`$${columnLetter(origin.col + index.warning)}${origin.row + 2}`, withRule));
  const sourceState = table.columns.getItem(LEDGER_HEADERS.sourceState).getDataBodyRange();
  sourceState.format.font.color = '#808080';
}
