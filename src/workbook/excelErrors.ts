/**
 * Recognising Excel's errors at the edge: `getItem` of a missing table fails the sync with `ItemNotFound`.
 */

/**
 * Whether an error thrown by `context.sync()` says an item (table, sheet) does not exist.
 * @example
 * isItemNotFound({ code: 'ItemNotFound' }) // true
 */
export function isItemNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ItemNotFound';
}
