/** The as-of date and the due-soon window (预警天数) the coordinator may set, validated where they are typed. */
import { useCallback, useMemo, useState } from 'react';
import { DEFAULT_WARNING_RULE, isValidIsoDate, type IsoDate, type WarningPreset, type WarningRule } from '../../model';

/** The due-soon window (days) when the workbook does not say (preview, or no 预警天数 cell) and the coordinator has not typed one. */
const DEFAULT_WARN_DAYS = 7; // the same default as the sheet's 预警天数 and TASKS.LIGHT
export const MAX_WARN_DAYS = 365;

/** A whole number of days from 0 to 365, or null: blank, `-3`, `7.5` and `1e2` are refused, not read as something else. */
function parseWarnDays(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n <= MAX_WARN_DAYS ? n : null;
}

export interface Settings {
  asOfText: string;
  setAsOfText: (text: string) => void;
  /** The day the list and summary are computed for: the typed date, or the default day while the box holds no valid date. */
  asOf: IsoDate;
  /** The day in use is the example's own date (the preview of the embedded example, nothing typed). */
  isExampleDate: boolean;
  warnText: string;
  setWarnText: (text: string) => void;
  /** The window in use: the typed one when valid, else the last valid one (the workbook's until the coordinator types). */
  warnDays: number;
  /** The typed window is not a whole number from 0 to 365 (the field says so; `warnDays` keeps the last valid one). */
  warnInvalid: boolean;
  preset: WarningPreset;
  setPreset: (preset: WarningPreset) => void;
  laggingCounts: boolean;
  setLaggingCounts: (counts: boolean) => void;
  /** The one warning rule in use: colours, the window above, whether 滞后 counts. */
  rule: WarningRule;
  /** The coordinator has changed a part of the rule in the pane since the workbook last changed it (the pane writes it). */
  chosen: boolean;
  /** The workbook now holds `written` (the pane wrote it and read it back): the pane follows the workbook again. */
  settle: (written: WarningRule) => void;
}

/** The workbook's rule as `readLedger` reported it; null parts are unknown (preview, or a ledger made before those cells). */
export interface SheetRule {
  warnDays: number | null;
  preset: WarningPreset | null;
  laggingCounts: boolean | null;
}

const NO_SHEET_RULE: SheetRule = { warnDays: null, preset: null, laggingCounts: null };

/**
 * A choice made in the pane over a value the workbook holds. The last change wins: the pane's choice (which the pane
 * writes into the workbook) until the workbook's value changes to one this pane did not choose (a co-author, or a cell
 * edited in Excel, seen on the next read). `mine` keeps the values chosen since, so a read that returns an earlier write
 * of ours (still on its way while the coordinator types on) never undoes the newer choice.
 */
interface Choice<T> {
  value: T;
  sheetAt: T | null;
  mine: T[];
}

function current<T>(choice: Choice<T> | null, sheet: T | null): Choice<T> | null {
  return choice !== null && (sheet === choice.sheetAt || (sheet !== null && choice.mine.includes(sheet)))
    ? choice
    : null;
}

function useChoice<T>(sheet: T | null): [Choice<T> | null, (value: T) => void, (written: T) => void] {
  const [choice, setChoice] = useState<Choice<T> | null>(null);
  const live = current(choice, sheet);
  const choose = (value: T): void =>
    setChoice((prev) => {
      const kept = current(prev, sheet);
      return kept ? { ...kept, value, mine: [...kept.mine, value] } : { value, sheetAt: sheet, mine: [value] };
    });
  // Once the workbook holds what was chosen, the pane follows the workbook again (unless a newer choice is pending).
  const settle = useCallback(
    (written: T): void => setChoice((prev) => (prev !== null && prev.value === written ? null : prev)),
    [],
  );
  return [live, choose, settle];
}

/**
 * @param today the clock's day, the as-of date by default
 * @param sheetRule the workbook's own rule (台账设置), which the pane follows; a bare number is its 预警天数 alone
 * @param exampleDate the embedded example's own date (`exampleAsOf`) while the pane previews it, else null: it takes
 *   today's place until the coordinator types a date
 */
export function useSettings(
  today: IsoDate,
  sheetRule: SheetRule | number | null,
  exampleDate: IsoDate | null = null,
): Settings {
  const sheetOf: SheetRule =
    typeof sheetRule === 'number' ? { ...NO_SHEET_RULE, warnDays: sheetRule } : (sheetRule ?? NO_SHEET_RULE);
  // The rule's colours and 滞后 setting: the workbook's (else the defaults, as a new ledger's 台账设置) until the coordinator picks others.
  const [presetChoice, setPreset, settlePreset] = useChoice<WarningPreset>(sheetOf.preset);
  const [countsChoice, setLaggingCounts, settleCounts] = useChoice<boolean>(sheetOf.laggingCounts);
  const preset = presetChoice?.value ?? sheetOf.preset ?? DEFAULT_WARNING_RULE.preset;
  const laggingCounts = countsChoice?.value ?? sheetOf.laggingCounts ?? DEFAULT_WARNING_RULE.laggingCounts;
  // null until the coordinator types a date: until then the box shows the default day (today or the example's date).
  const [typedAsOf, setAsOfText] = useState<string | null>(null);
  const defaultDay = exampleDate ?? today;
  const typedValid = typedAsOf !== null && isValidIsoDate(typedAsOf);
  // The typed window (text, and the last valid number), as a choice over the workbook's 预警天数 like the others.
  const [typedState, setTypedState] = useState<{ text: string; lastValid: number; choice: Choice<number> } | null>(
    null,
  );
  const sheet = sheetOf.warnDays ?? DEFAULT_WARN_DAYS;
  const typed = typedState && current(typedState.choice, sheetOf.warnDays) ? typedState : null;
  const parsed = typed === null ? sheet : parseWarnDays(typed.text);
  const setWarnText = (text: string) => {
    setTypedState((prev) => {
      const kept = prev && current(prev.choice, sheetOf.warnDays) ? prev : null;
      const lastValid = kept === null ? sheet : (parseWarnDays(kept.text) ?? kept.lastValid);
      const value = parseWarnDays(text) ?? lastValid;
      const choice = kept
        ? { ...kept.choice, value, mine: [...kept.choice.mine, value] }
        : { value, sheetAt: sheetOf.warnDays, mine: [value] };
      return { text, lastValid, choice };
    });
  };
  const warnDays = parsed ?? typed?.lastValid ?? sheet;
  // One object per rule, so memoised rows and effects see a change only when the rule changes.
  const rule = useMemo<WarningRule>(
    () => ({ preset, dueSoonDays: warnDays, laggingCounts }),
    [preset, warnDays, laggingCounts],
  );
  const settle = useCallback(
    (written: WarningRule): void => {
      settlePreset(written.preset);
      settleCounts(written.laggingCounts);
      setTypedState((prev) =>
        prev !== null && prev.choice.value === written.dueSoonDays && parseWarnDays(prev.text) === written.dueSoonDays
          ? null
          : prev,
      );
    },
    [settlePreset, settleCounts],
  );
  return {
    asOfText: typedAsOf ?? defaultDay,
    setAsOfText,
    asOf: typedValid ? typedAsOf : defaultDay,
    isExampleDate: !typedValid && exampleDate !== null,
    warnText: typed === null ? String(sheet) : typed.text,
    setWarnText,
    warnDays,
    warnInvalid: parsed === null,
    preset,
    setPreset,
    laggingCounts,
    setLaggingCounts,
    rule,
    chosen: presetChoice !== null || countsChoice !== null || typed !== null,
    settle,
  };
}
