/**
 * A value copied from a returned file, as a sentence shows it: a hostile file puts 32,767 characters in a cell, so
 * past 40 characters it is cut and marked with `…`.
 * @example shownValue('x'.repeat(50)) // 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…'
 */
export function shownValue(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
