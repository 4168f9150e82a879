/**
 * A value the add-in keeps in the workbook's settings, as stored: Office's settings hold JSON text
 * (`settings.add(name, JSON.stringify(value))`), and the file port reads the same text from the settings part.
 */

/**
 * The stored value decoded: JSON text parsed, anything else as it is; null when the text is not JSON.
 * @example settingValue('{"id":"k1"}') // { id: 'k1' }
 */
export function settingValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}
