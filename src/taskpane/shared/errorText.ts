import { LedgerRefusal } from '../../workbook/LedgerRefusal';
import { fileUnsupportedText, isFileUnsupported } from '../i18n/fileUnsupportedText';
import { formatWorkbookProblem } from '../i18n/formatWorkbookProblem';
import type { Locale } from '../i18n/strings';

/**
 * The words of anything a promise rejected with, for showing to the user: a workbook refusal (`LedgerRefusal`) in the
 * pane's locale, an operation the offline page's file port refuses (`file-unsupported`) likewise, else the message of an Error, Office's OfficeExtension.Error, or a bare value (Excel's own words).
 * The locale is required: a default once gave the English pane Chinese refusals wherever a caller left it out.
 */
export function errorText(error: unknown, locale: Locale): string {
  if (error instanceof LedgerRefusal) return formatWorkbookProblem(error.problem, locale);
  if (isFileUnsupported(error)) return fileUnsupportedText(error, locale);
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return String(error);
}
