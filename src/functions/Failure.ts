/**
 * Why a function cannot answer, as data: the conversion helpers return a `Failure` instead of throwing,
 * and the function's edge turns it into an Excel error value with words in the user's language.
 */
import type { ExcelErrorCode } from './excelErrors';

/** Where in a range a bad cell is: 1-based row, and column when the range is wider than one. */
export interface CellPosition {
  row: number;
  column?: number;
}

/** What a cell or argument held instead of what was expected. */
export type ValueKind = 'number' | 'boolean' | 'text' | 'error' | 'other';

export type Problem =
  | { kind: 'notText'; arg: string; got: ValueKind; at?: CellPosition }
  | { kind: 'notDateOrText'; arg: string; got: ValueKind; at?: CellPosition }
  | { kind: 'badRole'; arg: string; value: string }
  | { kind: 'shapeMismatch'; a: string; b: string; aRows: number; bRows: number; aColumns: number; bColumns: number }
  | { kind: 'notRange'; arg: string }
  | { kind: 'scheduleAmbiguous'; arg: string; text: string; at?: CellPosition }
  | { kind: 'scheduleUnreadable'; arg: string; text: string; at?: CellPosition }
  | { kind: 'noDeadline'; reason: 'ongoing' | 'empty' }
  | { kind: 'badDate'; arg: string; value: string; at?: CellPosition }
  | { kind: 'badStatus'; arg: string; value: string; at?: CellPosition }
  | { kind: 'badWarnDays'; arg: string; value: string }
  | { kind: 'badPreset'; arg: string; value: string }
  | { kind: 'badYesNo'; arg: string; value: string }
  | { kind: 'needsArgument'; arg: string; whenGiven: string }
  | { kind: 'noAgencies' }
  | { kind: 'badAliases'; arg: string; columns: number }
  | { kind: 'resultTooLong'; length: number; limit: number }
  | { kind: 'internal'; detail: string };

/** A problem with the Excel error code it maps to. */
export class Failure {
  constructor(
    readonly code: ExcelErrorCode,
    readonly problem: Problem,
  ) {}
}

/** A `#VALUE!` failure: an argument is wrong. */
export function invalid(problem: Problem): Failure {
  return new Failure('#VALUE!', problem);
}

/** A `#N/A` failure: the arguments are fine but there is no answer (no deadline, no agencies). */
export function notAvailable(problem: Problem): Failure {
  return new Failure('#N/A', problem);
}

/** What kind of value Excel passed, for messages. */
export function valueKind(value: unknown): ValueKind {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'text';
  // With `allowErrorForDataTypeAny` (functions.json) a cell's error (#DIV/0!, #N/A …) arrives as an error value with its code.
  if (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    (value as { code: string }).code.startsWith('#')
  )
    return 'error';
  return 'other';
}
