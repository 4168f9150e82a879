/** Groups a task's agencies by role for display: leads, supporters and joint lists. */
import type { Assignment, Role } from '../../model';

export function agenciesByRole(assignments: readonly Assignment[]): Record<Role, string[]> {
  const out: Record<Role, string[]> = { lead: [], support: [], joint: [] };
  for (const a of assignments) if (!out[a.role].includes(a.agency)) out[a.role].push(a.agency);
  return out;
}
