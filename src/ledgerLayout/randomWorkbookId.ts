/**
 * A new workbook id (`wb-<uuid v4>`) from `crypto.getRandomValues`, which every browser the page supports has
 * (`crypto.randomUUID` needs Chrome 92 and a secure context). The ports' default for a new workbook.
 * @example randomWorkbookId() // 'wb-1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed'
 */
export function randomWorkbookId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `wb-${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
