/**
 * Columns the parser did not map (cells past its layout) are shown as 'other', so the coordinator can give them a role.
 * @example widenMapping({ ...mapping, roles: ['no', 'task'] }, 3).roles // ['no', 'task', 'other']
 */
import type { ColumnMapping, ColumnRole } from '../../model';

export function widenMapping(mapping: ColumnMapping, width: number): ColumnMapping {
  if (width <= mapping.roles.length) return mapping;
  const extra = width - mapping.roles.length;
  return {
    ...mapping,
    roles: [...mapping.roles, ...Array<ColumnRole>(extra).fill('other')],
    headers: [...mapping.headers, ...Array<string | null>(extra).fill(null)],
  };
}
