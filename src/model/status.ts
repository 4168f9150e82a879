/**
 * Status words as people type them, mapped onto the four canonical statuses.
 */
import { toHalfWidth } from './numerals';
import { STATUSES, type Status } from './statuses';

/**
 * Written form → canonical status. Keys are normalised: trimmed, half-width, lower case, with
 * `-`, `_` and runs of spaces written as one space, and no spaces next to Chinese characters.
 * @example STATUS_ALIASES['in progress'] // '推进中'
 */
export const STATUS_ALIASES: Readonly<Record<string, Status>> = Object.freeze({
  未启动: '未启动',
  未开始: '未启动',
  尚未启动: '未启动',
  尚未开始: '未启动',
  'not started': '未启动',
  todo: '未启动',
  'to do': '未启动',
  推进中: '推进中',
  进行中: '推进中',
  正在办理: '推进中',
  正在推进: '推进中',
  办理中: '推进中',
  在办: '推进中',
  序时推进: '推进中',
  按序时推进: '推进中',
  正常推进: '推进中',
  按计划推进: '推进中',
  落实中: '推进中',
  正在实施: '推进中',
  'in progress': '推进中',
  ongoing: '推进中',
  doing: '推进中',
  滞后: '滞后',
  进度滞后: '滞后',
  延期: '滞后',
  已延期: '滞后',
  逾期: '滞后',
  超期: '滞后',
  behind: '滞后',
  delayed: '滞后',
  late: '滞后',
  已完成: '已完成',
  已办结: '已完成',
  完成: '已完成',
  办结: '已完成',
  已落实: '已完成',
  已销号: '已完成',
  已经完成: '已完成',
  全面完成: '已完成',
  已全面完成: '已完成',
  done: '已完成',
  completed: '已完成',
  complete: '已完成',
  finished: '已完成',
});

/** Closing punctuation typed after the word (已完成。). */
const CLOSING = new Set(['。', '.', '!']);

/** Whether `c` is a character outside ASCII (a Chinese character, or punctuation such as `、`). */
function isWide(c: string | undefined): boolean {
  return c !== undefined && c.charCodeAt(0) > 0x7f;
}

/**
 * Drops each run of whitespace that touches a non-ASCII character (已 完 成 → 已完成), in one pass:
 * the regex `\s+(?=[^\x00-\x7f])` retried the whole run from each of its spaces, quadratic on a long run.
 */
function dropSpacesBesideWide(text: string): string {
  // A global `\s+` consumes each run once and resumes after it, so this is linear.
  return text.replace(/\s+/gu, (run: string, at: number) =>
    isWide(text[at - 1]) || isWide(text[at + run.length]) ? '' : run,
  );
}

/** The lookup form of a status word: see `STATUS_ALIASES`. Every step is one linear pass. */
function statusKey(input: string): string {
  const trimmed = toHalfWidth(input).trim();
  let end = trimmed.length;
  while (end > 0 && CLOSING.has(trimmed[end - 1] ?? '')) end--; // not /[。.!]+$/: quadratic over a run of dots
  return dropSpacesBesideWide(trimmed.slice(0, end))
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/**
 * Maps a typed status (Chinese or English, any case or width) to a canonical status; null when empty
 * or unknown.
 * @example normalizeStatus(' Done ') // '已完成'
 */
export function normalizeStatus(input: unknown): Status | null {
  if (typeof input !== 'string') return null;
  const key = statusKey(input);
  if (key === '') return null;
  const alias = Object.prototype.hasOwnProperty.call(STATUS_ALIASES, key) ? STATUS_ALIASES[key] : undefined;
  if (alias !== undefined) return alias;
  return (STATUSES as readonly string[]).includes(key) ? (key as Status) : null;
}

/**
 * Whether a status means the task is done (已完成 or any of its aliases).
 * @example isDone('已办结') // true
 */
export function isDone(status: string | null | undefined): boolean {
  return normalizeStatus(status) === '已完成';
}
