/**
 * The paragraph right after a Word table, as a row under it when it is a short note stating the first-listed
 * convention (`注：责任单位中排在第一位的为牵头单位。`): the parser then reads the table under it. Any other paragraph
 * after the table (抄送, the notice's next section) stays out.
 */
import { stripFirstListedNote } from './firstListedLeads';

/** A note longer than this is the notice's text, not a note about the table. */
const MAX_NOTE = 60;

/**
 * Rows to put under the table's grid: `[[after]]` for a convention note not already in the table, else none.
 * @example noteBelowTable('注：排在第一位的为牵头单位。', [['序号', '工作任务', '责任单位']]) // [['注：排在第一位的为牵头单位。']]
 */
export function noteBelowTable(after: string, grid: readonly (readonly string[])[]): string[][] {
  const note = after.trim();
  if (note === '' || note.length > MAX_NOTE || grid.some((row) => row.includes(note))) return [];
  return stripFirstListedNote(note).scope === 'none' ? [] : [[note]];
}
