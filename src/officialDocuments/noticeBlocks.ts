/**
 * The 督查通报 as blocks: masthead, title, addressees, 一、总体情况, 二、进展较快的, 三、进展滞后的, 四、下步要求, the
 * signature, the attached table of late items and the 版记. Chinese by design: it is an official document.
 */
import { chineseDate } from '../reports/chineseDate';
import type { DocumentBlock } from './documentBlocks';
import type { JudgedTask } from './judgedTask';
import { leadAgencies } from './judgedTask';
import type { NoticeFacts, UnitCount } from './noticeFacts';
import { shortTask } from './taskLabel';
import type { NoticeForm } from './types';

/** How many late items running text names before it points to the attachment. */
const ITEMS_IN_TEXT = 20;
/** How many units a list names before it ends with 等N个单位. */
const UNITS_IN_TEXT = 15;

function unitList(units: readonly UnitCount[], what: string): string {
  const shown = units
    .slice(0, UNITS_IN_TEXT)
    .map((u) => `${u.agency}（${what}${u.count}项）`)
    .join('、');
  return units.length > UNITS_IN_TEXT ? `${shown}等${units.length}个单位` : shown;
}

function overview(f: NoticeFacts): string {
  const lateParts = [`逾期${f.overdue}项`, ...(f.rule.laggingCounts ? [`单位报告滞后${f.lagging}项`] : [])];
  return (
    `截至${chineseDate(f.asOf)}，共有重点任务${f.total}项。其中，已完成${f.done}项，占${f.donePercent}%；` +
    `正在推进${f.inProgress}项（其中临期${f.dueSoon}项，即${f.rule.dueSoonDays}天内到期）；` +
    `滞后或逾期${f.late.length}项（${lateParts.join('、')}）。`
  );
}

function itemSentence(j: JudgedTask, index: number): string {
  const leads = leadAgencies(j.task);
  const who = leads.length > 0 ? `（${leads.join('、')}牵头）` : '';
  const due = j.deadline === null ? '' : `，完成时限${chineseDate(j.deadline)}`;
  const state = j.level === 'overdue' ? `，已逾期${j.daysOverdue}天` : '，单位报告进度滞后';
  return `${index + 1}. ${shortTask(j.task)}${who}${due}${state}。`;
}

function lateSection(title: string, items: readonly JudgedTask[], units: readonly UnitCount[]): DocumentBlock[] {
  if (items.length === 0)
    return [
      { kind: 'heading2', text: title },
      { kind: 'body', text: '本期无。' },
    ];
  const blocks: DocumentBlock[] = [
    { kind: 'heading2', text: title },
    { kind: 'body', text: `共${items.length}项，涉及${unitList(units, '牵头')}。` },
    ...items.slice(0, ITEMS_IN_TEXT).map((j, i): DocumentBlock => ({ kind: 'body', text: itemSentence(j, i) })),
  ];
  if (items.length > ITEMS_IN_TEXT)
    blocks.push({ kind: 'body', text: `其余${items.length - ITEMS_IN_TEXT}项详见附件。` });
  return blocks;
}

function unitsOf(items: readonly JudgedTask[]): UnitCount[] {
  const counts = new Map<string, number>();
  for (const j of items)
    for (const agency of new Set(leadAgencies(j.task))) counts.set(agency, (counts.get(agency) ?? 0) + 1);
  return [...counts]
    .map(([agency, count]) => ({ agency, count }))
    .sort((a, b) => b.count - a.count || a.agency.localeCompare(b.agency, 'zh-CN'));
}

function behindBlocks(f: NoticeFacts): DocumentBlock[] {
  const overdue = f.late.filter((j) => j.level === 'overdue');
  const lagging = f.late.filter((j) => j.level === 'lagging');
  const blocks = lateSection('（一）逾期未完成事项', overdue, unitsOf(overdue));
  if (f.rule.laggingCounts) blocks.push(...lateSection('（二）单位报告进度滞后事项', lagging, unitsOf(lagging)));
  const n = f.rule.laggingCounts ? '（三）' : '（二）';
  blocks.push({ kind: 'heading2', text: `${n}未报送进展的单位` });
  const silent = f.notReported;
  blocks.push({
    kind: 'body',
    text:
      silent.length === 0
        ? '各牵头单位均已报送进展。'
        : `以下${silent.length}个单位牵头的任务尚未报送进展：${silent.join('、')}。`,
  });
  return blocks;
}

/**
 * The notice's blocks for the facts and the coordinator's form.
 * @example noticeBlocks(facts, DEFAULT_NOTICE_FORM, '2026-11-30')[1] // { kind: 'title', text: '关于重点任务推进情况的通报' }
 */
export function noticeBlocks(f: NoticeFacts, form: NoticeForm, printedOn: string): DocumentBlock[] {
  const date = chineseDate(printedOn);
  const ahead =
    f.ahead.length === 0
      ? '本期暂无牵头任务全部按期推进且有完成事项的单位。'
      : `${unitList(f.ahead, '完成')}牵头的任务推进较快，已完成事项较多且无滞后、逾期事项，予以通报表扬。`;
  const requirements = form.requirements
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return [
    { kind: 'masthead', name: '督查通报', issue: `第${form.issue.trim()}期`, office: form.office, date },
    { kind: 'title', text: '关于重点任务推进情况的通报' },
    { kind: 'addressees', text: `${form.addressees.trim()}：` },
    { kind: 'body', text: `为推动重点任务落地落实，现将截至${chineseDate(f.asOf)}的推进情况通报如下。` },
    { kind: 'heading1', text: '一、总体情况' },
    { kind: 'body', text: overview(f) },
    { kind: 'heading1', text: '二、进展较快的' },
    { kind: 'body', text: ahead },
    { kind: 'heading1', text: '三、进展滞后的' },
    ...behindBlocks(f),
    { kind: 'heading1', text: '四、下步要求' },
    ...requirements.map((text): DocumentBlock => ({ kind: 'body', text })),
    { kind: 'body', text: '附件：重点任务滞后逾期事项清单' },
    { kind: 'signature', office: form.office, date },
    { kind: 'attachment', label: '附件', title: '重点任务滞后逾期事项清单', items: f.late },
    { kind: 'imprint', copyTo: form.copyTo.trim(), office: form.office, date },
  ];
}
