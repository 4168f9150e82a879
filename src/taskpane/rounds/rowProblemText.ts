/**
 * The words for a problem in one row of a returned report (`RowProblem`), per locale; the row and task number are
 * said by the caller (`roundsStrings().issue`). Text copied from a cell is shown cut (`shownValue`).
 */
import { STATUSES } from '../../model';
import type { AnswerField, RowProblem } from '../../reports';
import type { Locale } from '../i18n/strings';
import { shownValue as shown } from './shownValue';

/** The answer columns by their headers in the report workbook (Chinese, as the agency saw them). */
const FIELD_ZH: Record<AnswerField, string> = {
  progress: '进展情况',
  problems: '存在问题',
  nextSteps: '下步打算',
  by: '填报人',
};
const FIELD_EN: Record<AnswerField, string> = {
  progress: 'progress',
  problems: 'problems',
  nextSteps: 'next steps',
  by: 'reporter',
};

function zh(p: RowProblem): string {
  switch (p.code) {
    case 'missing-row':
      return '序号为空，该行可能被删除或移动；未导入。';
    case 'task-number-changed':
      return `序号被改为“${shown(p.params.found)}”，与发出时的 ${p.params.sent} 不符；该行未导入。`;
    case 'task-text-changed':
      return '“工作任务”内容与发出时不一致（被改动过）；该行未导入，请核实后让填报单位重新填报。';
    case 'unknown-task':
      return '台账中没有这项任务（可能已被删除或重新编号）；该行未导入。';
    case 'ledger-text-changed':
      return '发出填报表后，台账中这项任务的内容已修改；按序号导入，请留意核对。';
    case 'not-assigned':
      return `台账中这项任务的负责单位没有${p.params.agency}，该单位的填报不能写入；该行未导入。如分工已调整，请重新发送填报表。`;
    case 'missing-status':
      return '已填写内容但未选择“状态”；该行未导入。';
    case 'invalid-status':
      return `状态“${shown(p.params.found)}”无效，应为：${STATUSES.join('、')}；该行未导入。`;
    case 'missing-reporter':
      return '未填写“填报人”；该行未导入。';
    case 'invalid-date':
      return `填报日期“${shown(p.params.found)}”无法识别，应如 2026-11-25；该行未导入。`;
    case 'missing-date':
      return '未填写“填报日期”，按导入当天记录。';
    case 'too-long':
      return p.params.field === 'all'
        ? `各栏合计超过 Excel 单元格 ${p.params.limit} 字的上限；该行未导入。`
        : `“${FIELD_ZH[p.params.field]}”有 ${p.params.length} 字，超过 ${p.params.limit} 字的上限；该行未导入，请精简后重新填报。`;
    case 'implausible-date':
      return `填报日期 ${p.params.date} 不在本轮填报的合理范围（${p.params.earliest} 至 ${p.params.latest}）内；该行未导入，请核实后重新填报。`;
    case 'extra-row':
      if (p.params.what === 'added') return '这一行不是发出的任务（可能是自行添加的），已忽略。';
      if (p.params.what === 'more-added') return `自此行起另有 ${p.params.count} 行不是发出的任务，均已忽略。`;
      return `自此行起另有 ${p.params.count} 行超出填报表的范围，未读取。`;
  }
}

function en(p: RowProblem): string {
  switch (p.code) {
    case 'missing-row':
      return 'The task number is empty (the row may have been deleted or moved); row not imported.';
    case 'task-number-changed':
      return `The task number was changed to “${shown(p.params.found)}”; ${p.params.sent} was sent; row not imported.`;
    case 'task-text-changed':
      return 'The task text (工作任务) differs from what was sent (it was edited); row not imported: check, then ask the agency to report it again.';
    case 'unknown-task':
      return 'The ledger has no such task (it may have been deleted or renumbered); row not imported.';
    case 'ledger-text-changed':
      return 'The ledger’s text of this task changed after the report was sent; imported by task number: check it.';
    case 'not-assigned':
      return `The ledger does not name ${p.params.agency} as responsible for this task, so its answer cannot be written; row not imported. If the division of work changed, send new report workbooks.`;
    case 'missing-status':
      return 'Filled in without a status (状态); row not imported.';
    case 'invalid-status':
      return `The status “${shown(p.params.found)}” is not one of ${STATUSES.join(', ')}; row not imported.`;
    case 'missing-reporter':
      return 'No reporter (填报人) named; row not imported.';
    case 'invalid-date':
      return `The report date “${shown(p.params.found)}” could not be read (write it like 2026-11-25); row not imported.`;
    case 'missing-date':
      return 'No report date (填报日期): recorded as of the day of import.';
    case 'too-long':
      return p.params.field === 'all'
        ? `The answers together are over Excel’s limit of ${p.params.limit} characters in a cell; row not imported.`
        : `The ${FIELD_EN[p.params.field]} (${FIELD_ZH[p.params.field]}) has ${p.params.length} characters, over the limit of ${p.params.limit}; row not imported: ask for a shorter answer.`;
    case 'implausible-date':
      return `The report date ${p.params.date} is outside this round’s plausible range (${p.params.earliest} to ${p.params.latest}); row not imported: check it, then ask for the report again.`;
    case 'extra-row':
      if (p.params.what === 'added')
        return 'This row is not a task that was sent (the agency may have added it); ignored.';
      if (p.params.what === 'more-added')
        return `From this row on, ${p.params.count} more rows are not tasks that were sent; all ignored.`;
      return `From this row on, ${p.params.count} more rows lie beyond the report’s range; not read.`;
  }
}

/**
 * A row's problem in the pane's language.
 * @example rowProblemText({ code: 'missing-reporter', params: {} }, 'en-US') // 'No reporter (填报人) named; row not imported.'
 */
export function rowProblemText(problem: RowProblem, locale: Locale): string {
  return locale === 'en-US' ? en(problem) : zh(problem);
}
