/**
 * Reporting rounds on the file, as the Excel port keeps them: the report key in the add-in's settings part
 * (`getReportKey`'s setting, never a cell, never browser storage), rounds in the `填报轮次` table (`ReportRounds`,
 * added with its sheet on first use; on `填报轮次（新）` when a sheet of that name exists without the table).
 */
import type { Round } from '../reports';
import { parseReportKey, type ReportKey } from '../reports/reportKey';
import { ROUND_OWNED_COLUMNS, roundRowPlace } from '../ledgerLayout/roundRowPlace';
import { ROUND_TABLE_HEADERS } from '../ledgerLayout/roundTable';
import { roundToSave } from '../ledgerLayout/roundToSave';
import { settingValue } from '../ledgerLayout/settingValue';
import { REPORT_KEY_SETTING, ROUND_SHEET, ROUND_TABLE } from '../ledgerLayout/workbookNames';
import type { SaveRoundResult } from '../workbook/port';
import { appendTableRows } from './appendTableRows';
import type { LedgerFile } from './ledgerFile';
import { fileSetting, writeFileSetting } from './webExtensionSettings';

/**
 * The file's report key, made with `newKey` (and kept in the file) when there is none or it is damaged.
 * @example await reportKeyInFile(file, () => createReportKey(new Date())) // { id: '…', secret: '…', createdAt: '…' }
 */
export async function reportKeyInFile(file: LedgerFile, newKey: () => Promise<ReportKey>): Promise<ReportKey> {
  const existing = await parseReportKey(settingValue(await fileSetting(file, REPORT_KEY_SETTING)));
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
  const checked = roundToSave(round);
  if (!checked.ok) return checked;
  const { cells } = checked;
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
  const place = roundRowPlace(table.header, table.body, round.id, checked.name);
  if (!place.ok) return place;
  const { at, position } = place;
  const { block } = table;
  if (position >= 0) {
    for (let i = 0; i < ROUND_OWNED_COLUMNS; i += 1)
      block.sheet.set(block.row + 1 + position, block.col + (at[i] ?? 0), cells[i] ?? '');
    file.markWritten(block);
    return { ok: true };
  }
  const row = new Array<string | null>(block.colCount).fill(null);
  for (let i = 0; i < ROUND_OWNED_COLUMNS; i += 1) row[at[i] ?? 0] = cells[i] ?? '';
  await appendTableRows(file, ROUND_TABLE, [row]);
  return { ok: true };
}
