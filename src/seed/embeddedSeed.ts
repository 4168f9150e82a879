/**
 * The embedded default data set: the seed table, byte-for-byte, bundled by Vite as a string.
 */
import seedText from '../../seeds/guangyuan-vocational-education-key-tasks-2015.txt?raw';

export const EMBEDDED_SEED_NAME = '内置示例：重点任务分工及进度安排表（职业教育）';
export const EMBEDDED_SEED_TEXT: string = seedText;
