/**
 * The year a coordinator typed for year-less deadlines: four digits (half- or full-width) between 1949 and 2100,
 * else undefined (the field then says what it expects).
 * @example yearFromInput(' 2026 ') // 2026
 * @example yearFromInput('26') // undefined
 */
export function yearFromInput(value: string): number | undefined {
  const digits = value
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/年$/, '');
  if (!/^\d{4}$/.test(digits)) return undefined;
  const year = Number(digits);
  return year >= 1949 && year <= 2100 ? year : undefined;
}
