// Ledgers for the copy's tests, the LibreOffice check and the bench: the seed parsed with parseTaskTable, and a
// synthetic table of any size with every status, extensions, removed rows and deadlines around the as-of day.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addDays,
  parseTaskTable,
  STATUSES,
  trackTasks,
  type IsoDate,
  type Section,
  type Status,
} from '../../src/model';
import type { LedgerCopyRequest, LedgerCopyRow } from '../../src/ledgerCopy';
import type { HistoryEntry } from '../../src/ledgerLayout/historyEntry';
import { sectionLabel } from '../../src/ledgerLayout/sectionLabel';

export interface Ledger {
  rows: LedgerCopyRow[];
  sections: Section[];
  history: HistoryEntry[];
}

/** The status of task `no`: varied so every status occurs, plus 已完成 on some tasks with a passed deadline. */
const statusOf = (no: number): Status => STATUSES[(no * 7) % STATUSES.length] ?? '推进中';

/** A ledger from a task table's text, with statuses, progress and history made up from each task's 序号. */
export function ledgerOf(
  text: string,
  asOf: IsoDate,
  options: { extendEvery?: number; removeEvery?: number } = {},
): Ledger {
  const table = parseTaskTable(text);
  const rows: LedgerCopyRow[] = trackTasks(table.tasks).map((t, i) => {
    const section = table.sections.find((s) => s.no === t.section);
    const extend = options.extendEvery !== undefined && i % options.extendEvery === 3;
    return {
      ...t,
      status: statusOf(t.no),
      progress: t.no % 3 === 0 ? `第${t.no}项：已召开专题会议。` : '',
      updated: t.no % 3 === 0 ? addDays(asOf, -(t.no % 20)) : null,
      reporter: t.no % 3 === 0 ? '张三' : '',
      extension: extend ? { date: addDays(asOf, (i % 11) - 5), reason: '待省厅批复' } : null,
      sectionTitle: section ? sectionLabel(section) : '',
      missing: options.removeEvery !== undefined && i % options.removeEvery === 5,
    };
  });
  const history: HistoryEntry[] = rows
    .filter((r) => r.progress !== '')
    .map((r) => ({
      time: `${r.updated ?? asOf}T09:00:00.000Z`,
      no: r.no,
      previousStatus: '未启动',
      status: r.status,
      note: r.progress,
      date: r.updated ?? asOf,
      by: r.reporter,
      agency: '',
      round: '',
      answerId: '',
    }));
  return { rows, sections: table.sections, history };
}

function seedText(): string {
  return readFileSync(
    join(import.meta.dirname, '../../seeds/guangyuan-vocational-education-key-tasks-2015.txt'),
    'utf8',
  );
}

/** The seed (24 tasks, deadlines in 2015–2016) with statuses, two extensions and one removed task. */
export function seedLedger(asOf: IsoDate): Ledger {
  return ledgerOf(seedText(), asOf, { extendEvery: 10, removeEvery: 20 });
}

const TEXTS = [
  '科学合理设置专业，健全专业随产业发展动态调整机制。',
  '实施中高职衔接推进计划。',
  '提高职业教育信息化水平。',
  '=开展调研（以等号开头的文字）',
];
const UNITS = [
  '市教育局、市人社局',
  '市教育局牵头，市发展改革委、市财政局、市人力资源和社会保障局等配合',
  '市人社局牵头，市教育局、市农业局、市扶贫和移民局、市残联等配合',
  '市财政局牵头，市发展改革委、市教育局等部门和各县区人民政府配合',
  '各县区人民政府和市级有关部门',
  '市经济和信息化委牵头，市经信委、市国资委配合',
  '市教育局牵头，市教育局配合',
  // One name inside another: counts must match whole names only.
  '市教育局教研室牵头，市教育局配合',
];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function chineseDay(iso: IsoDate): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日前`;
}

/** A table in the seed layout: `tasks` tasks in ten sections, deadlines from 40 days before to 40 after `asOf`, some ongoing or ambiguous. */
function syntheticText(tasks: number, asOf: IsoDate): string {
  const lines = ['附件', '', '重点任务分工及进度安排表', '', '\t序号', '\t工作任务', '\t负责单位', '\t时间进度', ''];
  const perSection = Math.ceil(tasks / 10);
  for (let no = 1; no <= tasks; no += 1) {
    const s = Math.floor((no - 1) / perSection);
    if ((no - 1) % perSection === 0) lines.push(`\t${NUMERALS[s] ?? '十'}、第${s + 1}部分任务`, '');
    const schedule =
      no % 13 === 0 ? '持续实施' : no % 17 === 0 ? '年内' : chineseDay(addDays(asOf, ((no * 37) % 81) - 40));
    lines.push(
      `\t${no}`,
      `\t${TEXTS[no % TEXTS.length] ?? ''}（第${no}项）`,
      `\t${UNITS[(no * 5) % UNITS.length] ?? ''}`,
      `\t${schedule}`,
      '',
    );
  }
  return lines.join('\n');
}

export function syntheticLedger(tasks: number, asOf: IsoDate): Ledger {
  return ledgerOf(syntheticText(tasks, asOf), asOf, { extendEvery: 9, removeEvery: 50 });
}

export function copyRequest(ledger: Ledger, asOf: IsoDate, extra: Partial<LedgerCopyRequest> = {}): LedgerCopyRequest {
  return {
    rows: ledger.rows,
    history: ledger.history,
    sections: ledger.sections,
    asOf,
    rolling: false,
    warnDays: 7,
    ...extra,
  };
}
