/**
 * People named in a leader cell or label (责任领导, 分管市领导, 牵头负责领导：…), as written with their
 * titles (`王强副市长`), role words and trailing punctuation dropped.
 */

const SEPARATORS_RE = /[、，,；;\n\r/]+/;
const EDGE_CHAR_RE = /[\s:：。.]/;

/** Drops edge spaces and punctuation in one pass from each end (a `[…]+$` regex rescans a long inner run at every start). */
function trimEdges(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE_CHAR_RE.test(text[start] ?? '')) start += 1;
  while (end > start && EDGE_CHAR_RE.test(text[end - 1] ?? '')) end -= 1;
  return text.slice(start, end);
}
/** Role words that may follow a name in a leader cell: `张华牵头`, `李明负责`. */
const ROLE_SUFFIXES = ['牵头负责', '牵头', '负责', '分管'];

/**
 * Splits a leader cell into people; an empty cell gives none.
 * @example splitPeople('李卫东、周海燕。') // ['李卫东', '周海燕']
 */
export function splitPeople(text: string): string[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const people = new Set<string>();
  for (const part of text.split(SEPARATORS_RE)) {
    let name = trimEdges(part);
    for (const suffix of ROLE_SUFFIXES) {
      if (name.length > suffix.length + 1 && name.endsWith(suffix)) {
        name = name.slice(0, -suffix.length);
        break;
      }
    }
    if (name !== '') people.add(name);
  }
  return [...people];
}
