/**
 * One header name from the cells of a column in a header of several rows, top to bottom: `责任单位` over `牵头单位`
 * is `牵头单位`; over a bare role word (`牵头`, `配合`, `协同`) the word takes the parent's noun (`牵头单位`); a cell merged
 * down through the header is named once.
 */
import { looseHeaderKey } from './columnsFromHeader';

const NOUN_RE = /(单位|部门|主体)$/;

/**
 * @example foldHeaderCells(['责任单位', '牵头']) // '牵头单位'
 * @example foldHeaderCells(['完成时限', '完成时限']) // '完成时限'
 */
export function foldHeaderCells(cells: readonly string[]): string {
  const names: string[] = [];
  for (const cell of cells) {
    const name = cell.trim();
    if (name !== '' && !names.includes(name)) names.push(name);
  }
  if (names.length <= 1) return names[0] ?? '';
  const child = names[names.length - 1] ?? '';
  const parent = names.slice(0, -1).join('');
  const noun = NOUN_RE.exec(parent)?.[1] ?? '';
  const candidates = [child, noun !== '' && !NOUN_RE.test(child) ? `${child}${noun}` : '', `${parent}${child}`];
  return candidates.find((c) => c !== '' && looseHeaderKey(c) !== null) ?? child;
}
