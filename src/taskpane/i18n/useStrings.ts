/** The pane's words for the current locale, provided once by App and read by every component. */
import { createContext, useContext } from 'react';
import { ZH_CN, type Strings } from './strings';

export const StringsContext = createContext<Strings>(ZH_CN);

export function useStrings(): Strings {
  return useContext(StringsContext);
}
