/**
 * Reporting rounds on the file, as the Excel port keeps them: the report key in the add-in's settings part
 * (`getReportKey`'s setting, never a cell, never browser storage), rounds in the `填报轮次` table (`ReportRounds`,
 * added with its sheet on first use; on `填报轮次（新）` when a sheet of that name exists without the table).
 */
import { isValidIsoDate } from '../model';
import type { Round } from '../reports';
import { parseReportKey, type ReportKey } from '../reports/reportKey';
import { fromCellText } from '../ledgerLayout/cellText';
import { roundToRow, ROUND_TABLE_HEADERS } from '../ledgerLayout/roundTable';
import { roundColumnIndex } from '../ledgerLayout/roundsFromValues';
import { REPORT_KEY_SETTING, ROUND_SHEET, ROUND_TABLE } from '../ledgerLayout/workbookNames';
import type { SaveRoundResult } from '../workbook/port';
import { appendTableRows } from './appendTableRows';
import type { LedgerFile } from './ledgerFile';
import { fileSetting, writeFileSetting } from './webExtensionSettings';

/** The cells `saveRound` owns: 轮次编号, 轮次名称, 截止日期, 创建时间 (not 已报送单位, which only an apply writes). */
const OWNED = 4;

/** Settings hold JSON text (`settings.add(name, JSON.stringify(key))`), saved JSON-encoded once more. */
function unwrap(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

/**
 * The file's report key, made with `newKey` (and kept in the file) when there is none or it is damaged.
 * @example await reportKeyInFile(file, () => createReportKey(new Date())) // { id: '…', secret: '…', createdAt: '…' }
 */
export async function reportKeyInFile(file: LedgerFile, newKey: () => Promise<ReportKey>): Promise<ReportKey> {
  const existing = await parseReportKey(unwrap(await fileSetting(file, REPORT_KEY_SETTING)));
  if (existing !== null) return existing;
  const key = await newKey();
  await writeFileSetting(file, REPORT_KEY_SETTING, JSON.stringify(key));
  return key;
}

/**
 * Adds the round, or updates the row with its 轮次编号; refusals as the Excel port's `saveRound`.
 * @example await saveRoundToFile(file, { id: 'r-2026-11', name: '2026年11月', dueDate: '2026-11-25', createdAt: now }) // { ok: true }
 */
export async function saveRoundToFile(file: LedgerFile, round: Round): Promise<SaveRoundResult> {
  const name = round.name.trim();
  if (round.id.trim() === '' || name === '')
    return { ok: false, code: 'invalid', problem: { code: 'round-incomplete', params: {} } };
  if (!isValidIsoDate(round.dueDate))
    return {
      ok: false,
      code: 'invalid',
      problem: { code: 'round-due-date-invalid', params: { dueDate: round.dueDate } },
    };
  const cells = roundToRow({ ...round, name }, new Map());
  let table = await file.tableValues(ROUND_TABLE);
  if (!table) {
    const sheetName = file.pkg.sheets.has(ROUND_SHEET) ? `${ROUND_SHEET}（新）` : ROUND_SHEET;
    await file.addSheet(sheetName, {
      table: { name: ROUND_TABLE, headers: ROUND_TABLE_HEADERS, style: 'TableStyleLight9' },
      widths: [22, 14, 12, 24, 48],
      frozenHeader: true,
    });
    table = await file.tableValues(ROUND_TABLE);
    if (!table)
      return {
        ok: false,
        code: 'invalid',
        problem: { code: 'write-refused', params: { table: ROUND_TABLE, reason: 'NotCreated' } },
      };
  }
  const at = roundColumnIndex(table.header);
  const missing = ROUND_TABLE_HEADERS.slice(0, OWNED).find((_, i) => (at[i] ?? -1) < 0);
  if (missing !== undefined)
    return {
      ok: false,
      code: 'invalid',
      problem: { code: 'columns-missing', params: { table: ROUND_TABLE, columns: [missing], action: 'save-round' } },
    };
  const position = table.body.findIndex((r) => fromCellText(r[at[0] ?? -1]).trim() === round.id);
  const clash = table.body.find((r, i) => i !== position && fromCellText(r[at[1] ?? -1]).trim() === name);
  if (clash !== undefined)
    return { ok: false, code: 'duplicate-name', problem: { code: 'round-name-taken', params: { name } } };
  const { block } = table;
  if (position >= 0) {
    for (let i = 0; i < OWNED; i += 1)
      block.sheet.set(block.row + 1 + position, block.col + (at[i] ?? 0), cells[i] ?? '');
    file.markWritten(block);
    return { ok: true };
  }
  const row = new Array<string | null>(block.colCount).fill(null);
  for (let i = 0; i < OWNED; i += 1) row[at[i] ?? 0] = cells[i] ?? '';
  await appendTableRows(file, ROUND_TABLE, [row]);
  return { ok: true };
}
