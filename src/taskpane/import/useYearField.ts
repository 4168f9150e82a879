/**
 * The year for year-less deadlines: the document's (from its title or date) when a source gave one, else the year the
 * coordinator types. `field` builds the year field's state once the parse says whether a year is needed.
 */
import { useState } from 'react';
import type { YearFieldState } from './ImportPanel.types';
import { yearFromInput } from './yearFromInput';

export interface YearInput {
  /** The year the parse uses, if any. */
  year: number | undefined;
  field: (yearNeeded: boolean) => YearFieldState;
  /** A new table came in: its document's year (if any) and an empty field. */
  reset: (documentYear?: number) => void;
}

export function useYearField(): YearInput {
  const [documentYear, setDocumentYear] = useState<number | undefined>(undefined);
  const [yearText, setYearText] = useState('');
  const typed = yearFromInput(yearText);
  return {
    year: documentYear ?? typed,
    field: (yearNeeded) => ({
      shown: documentYear === undefined && (yearNeeded || yearText !== ''),
      value: yearText,
      parsed: typed,
      valid: yearText.trim() === '' || typed !== undefined,
      set: setYearText,
    }),
    reset: (next) => {
      setDocumentYear(next);
      setYearText('');
    },
  };
}
