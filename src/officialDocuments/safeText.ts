/**
 * Text from the ledger or the form as a document may hold it: without the characters XML 1.0 forbids.
 */
import { stripXmlForbidden } from '../model';

/**
 * @example safeText('市财政局\u0001') // '市财政局'
 */
export function safeText(text: string): string {
  return stripXmlForbidden(text).text;
}
