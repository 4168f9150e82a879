/** The rounds panel's words in the pane's language: the same hook pattern as useStrings, for the panel's own table. */
import { useStrings } from '../i18n/useStrings';
import { roundsStrings, type RoundsStrings } from './roundsStrings';

export function useRoundsStrings(): RoundsStrings {
  return roundsStrings(useStrings().locale);
}
