/**
 * One agency's 督办单 as blocks: what is late or nearly due (as lead, and apart as support), since when, by when to
 * reply and where. Chinese by design.
 */
import { chineseDate } from '../reports/chineseDate';
import type { DocumentBlock } from './documentBlocks';
import type { SupervisionItems } from './supervisionItems';
import type { SupervisionForm } from './types';

function counts(items: SupervisionItems['lead']): string {
  const overdue = items.filter((j) => j.level === 'overdue').length;
  const lagging = items.filter((j) => j.level === 'lagging').length;
  const dueSoon = items.filter((j) => j.level === 'dueSoon').length;
  const parts = [
    overdue > 0 ? `逾期${overdue}项` : '',
    lagging > 0 ? `滞后${lagging}项` : '',
    dueSoon > 0 ? `临期${dueSoon}项` : '',
  ].filter((p) => p !== '');
  return `${items.length}项（${parts.join('、')}）`;
}

/**
 * The blocks of one agency's 督办单.
 * @example supervisionBlocks(items, form, '2026-11-29', '2026-11-30')[2] // { kind: 'addressees', text: '市教育局：' }
 */
export function supervisionBlocks(
  s: SupervisionItems,
  form: SupervisionForm,
  asOf: string,
  printedOn: string,
): DocumentBlock[] {
  const date = chineseDate(printedOn);
  const role = (title: string, note: string, items: SupervisionItems['lead']): DocumentBlock[] =>
    items.length === 0
      ? []
      : [
          { kind: 'heading1', text: title },
          { kind: 'body', text: note },
          { kind: 'itemTable', items },
        ];
  const lead = role(
    '一、牵头任务',
    `你单位牵头的${counts(s.lead)}，请切实履行牵头责任，逐项说明原因、整改措施和完成时限。`,
    s.lead,
  );
  const support = role(
    s.lead.length === 0 ? '一、配合任务' : '二、配合任务',
    `你单位配合的${counts(s.support)}，请主动对接牵头单位，按分工抓好落实。`,
    s.support,
  );
  return [
    { kind: 'masthead', name: '督 办 单', issue: '', office: form.office, date },
    { kind: 'title', text: '重点任务督办单' },
    { kind: 'addressees', text: `${s.agency}：` },
    { kind: 'body', text: `截至${chineseDate(asOf)}，你单位承担的以下重点任务已逾期、进度滞后或即将到期，现予督办。` },
    ...lead,
    ...support,
    {
      kind: 'body',
      text: `请于${chineseDate(form.replyBy)}前将办理情况书面报送${form.replyTo.trim()}。逾期未报的，将在督查通报中予以通报。`,
    },
    { kind: 'signature', office: form.office, date },
  ];
}
