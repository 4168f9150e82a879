/**
 * Users' own agency aliases as the `AgencyAliases` table on 台账设置 holds them (写法 → 规范名称), from the table's body
 * values: the model's `AgencyAliases`, with a warning for each row that cannot be used (no canonical name, no written
 * form, or a written form given two different canonical names: the first row wins). Both ports read the table with it.
 */
import { memberListOf, type AgencyAliases, type AgencyGroups, type ParseIssue } from '../model';
import { columnLetter } from './cellAddress';
import { fromCellText } from './cellText';

export interface AgencyAliasesRead {
  aliases: AgencyAliases;
  /** Groups whose members a row lists (`各乡镇 | 东坝镇、西城镇`): memberships, kept out of `aliases`. */
  groups: AgencyGroups;
  /** Warnings with `line` 0 (they are not about a task); the message names the cell. */
  issues: ParseIssue[];
}

export const NO_AGENCY_ALIASES: AgencyAliasesRead = { aliases: {}, groups: {}, issues: [] };

/**
 * The aliases in the table's body values; `origin` is the body's top-left cell (0-based), for messages.
 * @example
 * agencyAliasesFromValues([['教育局', '市教育局']], { row: 2, col: 4 }).aliases // { 教育局: '市教育局' }
 */
export function agencyAliasesFromValues(
  values: readonly (readonly unknown[])[],
  origin: { row: number; col: number },
): AgencyAliasesRead {
  const aliases: Record<string, string> = {};
  const groups: Record<string, readonly string[]> = {};
  const issues: ParseIssue[] = [];
  const warn = (code: 'alias-no-name' | 'alias-no-written' | 'alias-conflict', params: ParseIssue['params']): void => {
    issues.push({ line: 0, severity: 'warning', code, params });
  };
  values.forEach((cells, position) => {
    const row = origin.row + position + 1;
    const written = fromCellText(cells[0]).trim();
    const canonical = fromCellText(cells[1]).trim();
    const at = `${columnLetter(origin.col)}${row}:${columnLetter(origin.col + 1)}${row}`;
    if (written === '' && canonical === '') return;
    if (canonical === '') {
      warn('alias-no-name', { row, cell: at, written });
      return;
    }
    if (written === '') {
      warn('alias-no-written', { row, cell: at, canonical });
      return;
    }
    const members = memberListOf(written, canonical);
    if (members) {
      groups[written] = members;
      return;
    }
    const before = aliases[written];
    if (before !== undefined && before !== canonical) {
      warn('alias-conflict', { row, cell: at, written, before, canonical });
      return;
    }
    aliases[written] = canonical;
  });
  return { aliases, groups, issues };
}
