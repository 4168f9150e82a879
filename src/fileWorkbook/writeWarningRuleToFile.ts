/**
 * The warning rule into the ledger file, as the Excel port writes it (`writeWarningRule`): 预警天数 (a number), 预警配色
 * (红黄绿 / 蓝黄红) and 滞后计入预警 (是 / 否), each into the cell its defined name points at (台账设置!B1, B6, B7 as the
 * add-in makes them; wherever a user moved them). The 预警 column and its row colours read the same names, so Excel, WPS
 * and LibreOffice compute them from the new rule when they open the saved file (`fullCalcOnLoad`).
 * Refused as data, nothing written: a bad window (`invalid-rule`), names the workbook lacks (`no-rule-cells`), a name
 * that is not one cell of a sheet (`rule-write-refused`, `InvalidReference`), or a protected sheet (`AccessDenied`, as
 * Excel refuses a write to a locked cell; cells are locked unless unlocked, and this port does not read cell styles).
 */
import { LAGGING_COUNTS_NAME, WARN_DAYS_NAME, WARN_PRESET_NAME } from '../ledgerLayout/workbookNames';
import type { WarningRule } from '../model';
import type { WarningRuleWriteResult } from '../workbook/port';
import { ruleCells, ruleRefusal } from '../ledgerLayout/warningRuleCells';
import type { LedgerFile } from './ledgerFile';
import { parseCellRef, type SheetXml } from './sheetXml';

const RULE_NAMES = [WARN_DAYS_NAME, WARN_PRESET_NAME, LAGGING_COUNTS_NAME] as const;

/** A one-cell reference on a sheet, as a defined name holds it. */
export interface NamedCell {
  sheet: string;
  row: number;
  col: number;
}

/**
 * The sheet and 0-based cell of a defined name's reference, or null when it is not one cell of a sheet (a range, a
 * formula, `#REF!`).
 * @example namedCell("'台账设置'!$B$6") // { sheet: '台账设置', row: 5, col: 1 }
 */
export function namedCell(ref: string): NamedCell | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!:[\]]+))!(\$?[A-Za-z]{1,3}\$?\d+)$/.exec(ref.trim());
  if (!m) return null;
  const cell = parseCellRef(m[3] ?? '');
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
  return cell ? { sheet, ...cell } : null;
}

/** Whether a worksheet part protects its sheet (`<sheetProtection sheet="1">`). */
function isProtected(xml: string): boolean {
  const tag = /<(?:\w+:)?sheetProtection\b([^>]*)\/?>/.exec(xml);
  return tag !== null && /\ssheet\s*=\s*["'](?:1|true)["']/.test(tag[1] ?? '');
}

interface RuleTarget {
  name: string;
  sheet: SheetXml;
  part: string;
  row: number;
  col: number;
}

/** The cells the rule's names point at, parsed, or the refusal. */
async function ruleTargets(
  file: LedgerFile,
): Promise<{ ok: true; targets: RuleTarget[] } | Exclude<WarningRuleWriteResult, { ok: true }>> {
  const refs = await Promise.all(RULE_NAMES.map(async (name) => ({ name, ref: await file.definedName(name) })));
  const missing = refs.filter((r) => r.ref === null).map((r) => r.name);
  if (missing.length > 0) return { ok: false, code: 'no-rule-cells', params: { missing } };
  const targets: RuleTarget[] = [];
  for (const { name, ref } of refs) {
    const cell = namedCell(ref ?? '');
    const part = cell ? file.pkg.sheets.get(cell.sheet) : undefined;
    const sheet = cell ? await file.sheet(cell.sheet) : null;
    if (!cell || part === undefined || !sheet)
      return { ok: false, code: 'rule-write-refused', params: { reason: 'InvalidReference' } };
    if (isProtected((await file.part(part)) ?? ''))
      return { ok: false, code: 'rule-write-refused', params: { reason: 'AccessDenied' } };
    targets.push({ name, sheet, part, row: cell.row, col: cell.col });
  }
  return { ok: true, targets };
}

/**
 * Writes `rule` into the file's rule cells (saved with the file); a refusal writes nothing.
 * @example await writeWarningRuleToFile(file, { preset: '蓝黄红', dueSoonDays: 10, laggingCounts: true }) // { ok: true }
 */
export async function writeWarningRuleToFile(file: LedgerFile, rule: WarningRule): Promise<WarningRuleWriteResult> {
  const invalid = ruleRefusal(rule);
  if (invalid) return invalid;
  const found = await ruleTargets(file);
  if (!found.ok) return found;
  const values = new Map(ruleCells(rule).map((c) => [c.name, c.value]));
  for (const target of found.targets) {
    // Text goes in as an inline string (text whatever it says), the window as a number; the cell keeps its style.
    target.sheet.set(target.row, target.col, values.get(target.name) ?? null);
    file.markWritten({ sheetPart: target.part });
  }
  return { ok: true };
}
