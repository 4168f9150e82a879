/** The as-of date and the due-soon window (预警天数) the coordinator may set, validated where they are typed. */
import { useState } from 'react';
import { DEFAULT_WARNING_RULE, isValidIsoDate, type IsoDate, type WarningPreset, type WarningRule } from '../../model';

/** The due-soon window (days) when the workbook does not say (preview, or no 预警天数 cell) and the coordinator has not typed one. */
export const DEFAULT_WARN_DAYS = 7; // the same default as the sheet's 预警天数 and TASKS.LIGHT
export const MAX_WARN_DAYS = 365;

/** A whole number of days from 0 to 365, or null: blank, `-3`, `7.5` and `1e2` are refused, not read as something else. */
export function parseWarnDays(text: string): number | null {
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
}

/**
 * @param today the clock's day, the as-of date by default
 * @param exampleDate the embedded example's own date (`exampleAsOf`) while the pane previews it, else null: it takes
 *   today's place until the coordinator types a date
 */
export function useSettings(today: IsoDate, sheetWarnDays: number | null, exampleDate: IsoDate | null = null): Settings {
  // The rule's colours and 滞后 setting: the defaults (as a new ledger's 台账设置) until the coordinator picks others.
  const [presetChosen, setPreset] = useState<WarningPreset | null>(null);
  const [countsChosen, setLaggingCounts] = useState<boolean | null>(null);
  const preset = presetChosen ?? DEFAULT_WARNING_RULE.preset;
  const laggingCounts = countsChosen ?? DEFAULT_WARNING_RULE.laggingCounts;
  // null until the coordinator types a date: until then the box shows the default day (today or the example's date).
  const [typedAsOf, setAsOfText] = useState<string | null>(null);
  const defaultDay = exampleDate ?? today;
  const typedValid = typedAsOf !== null && isValidIsoDate(typedAsOf);
  // null until the coordinator types a window: until then the pane follows the workbook's 预警天数, as the sheet's 预警 column does.
  const [typed, setTyped] = useState<{ text: string; lastValid: number } | null>(null);
  const sheet = sheetWarnDays ?? DEFAULT_WARN_DAYS;
  const parsed = typed === null ? sheet : parseWarnDays(typed.text);
  const setWarnText = (text: string) => {
    setTyped((prev) => ({ text, lastValid: (prev === null ? sheet : (parseWarnDays(prev.text) ?? prev.lastValid)) }));
  };
  return {
    asOfText: typedAsOf ?? defaultDay,
    setAsOfText,
    asOf: typedValid ? typedAsOf : defaultDay,
    isExampleDate: !typedValid && exampleDate !== null,
    warnText: typed === null ? String(sheet) : typed.text,
    setWarnText,
    warnDays: parsed ?? typed?.lastValid ?? sheet,
    warnInvalid: parsed === null,
    preset,
    setPreset,
    laggingCounts,
    setLaggingCounts,
    rule: { preset, dueSoonDays: parsed ?? typed?.lastValid ?? sheet, laggingCounts },
  };
}
