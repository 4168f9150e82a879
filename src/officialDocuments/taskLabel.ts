/**
 * How the documents name a task and its state in running text.
 */
import { WARNING_LEVEL_TEXTS } from '../model';
import type { JudgedTask } from './judgedTask';

/** Task texts in running text are cut after this many characters (the attached table has them whole). */
const SHORT_TEXT = 40;

/**
 * `第9项“……”`: the number and the task's text, cut with an ellipsis when long.
 * @example shortTask({ no: 9, text: '出台具体措施' }) // '第9项“出台具体措施”'
 */
export function shortTask(task: { no: number; text: string }): string {
  const text = task.text.replace(/\s+/g, ' ').trim();
  const chars = [...text];
  return `第${task.no}项“${chars.length > SHORT_TEXT ? `${chars.slice(0, SHORT_TEXT).join('')}……` : text}”`;
}

/**
 * The state column of the tables: 逾期 / 滞后 / 临期, and for a reported 滞后 that is also overdue, both.
 * @example stateText({ level: 'overdue', task: { status: '滞后' } }) // '逾期（报告滞后）'
 */
export function stateText(j: Pick<JudgedTask, 'level'> & { task: { status: string } }): string {
  const word = WARNING_LEVEL_TEXTS[j.level];
  return j.level === 'overdue' && j.task.status === '滞后' ? `${word}（报告滞后）` : word;
}
