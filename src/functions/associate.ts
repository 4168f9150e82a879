/**
 * Which implementation answers each custom-function id. The ids are permanent (they are stored in
 * users' workbooks); a test checks they match the ids and parameters in the generated metadata.
 */
import {
  agencies,
  agencyCount,
  daysLeft,
  deadline,
  isOngoing,
  isOverdue,
  lead,
  light,
  normalize,
  overdueCount,
  support,
} from './functions';

export const FUNCTIONS = {
  DEADLINE: deadline,
  ISONGOING: isOngoing,
  ISOVERDUE: isOverdue,
  DAYSLEFT: daysLeft,
  LIGHT: light,
  AGENCYCOUNT: agencyCount,
  OVERDUECOUNT: overdueCount,
  AGENCIES: agencies,
  LEAD: lead,
  SUPPORT: support,
  NORMALIZE: normalize,
} as const;

export type FunctionId = keyof typeof FUNCTIONS;

/** Registers every function with the runtime (`CustomFunctions.associate`), or with a test double. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the runtime's associate takes any function
export function registerFunctions(associate: (id: string, fn: Function) => void): void {
  for (const [id, fn] of Object.entries(FUNCTIONS)) associate(id, fn);
}
