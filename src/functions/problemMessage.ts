/**
 * Words for a `Failure`, in Chinese or English, and its conversion to the Excel error value.
 */
import { createExcelError, type FunctionError } from './excelErrors';
import { functionLanguage, type FunctionLanguage } from './displayLanguage';
import type { CellPosition, Failure, Problem, ValueKind } from './Failure';

const KIND_WORDS: Record<FunctionLanguage, Record<ValueKind, string>> = {
  zh: {
    number: '数字',
    boolean: '逻辑值（TRUE/FALSE）',
    text: '文本',
    error: '错误值（请先更正该单元格）',
    other: '无法识别的值',
  },
  en: {
    number: 'a number',
    boolean: 'a logical value (TRUE/FALSE)',
    text: 'text',
    error: 'an error value (correct that cell first)',
    other: 'an unrecognised value',
  },
};

function where(lang: FunctionLanguage, arg: string, at: CellPosition | undefined): string {
  if (!at) return lang === 'zh' ? `参数 ${arg}` : `argument ${arg}`;
  if (lang === 'zh') return `参数 ${arg} 第 ${at.row} 行${at.column === undefined ? '' : `第 ${at.column} 列`}`;
  return `argument ${arg}, row ${at.row}${at.column === undefined ? '' : `, column ${at.column}`}`;
}

/** The message for a problem, in the given language. */
function problemMessage(problem: Problem, lang: FunctionLanguage): string {
  const zh = lang === 'zh';
  switch (problem.kind) {
    case 'notText':
      return zh
        ? `${where(lang, problem.arg, problem.at)} 应为文本，实为${KIND_WORDS.zh[problem.got]}`
        : `${where(lang, problem.arg, problem.at)} must be text, not ${KIND_WORDS.en[problem.got]}`;
    case 'notDateOrText':
      return zh
        ? `${where(lang, problem.arg, problem.at)} 应为日期或时间进度文本，实为${KIND_WORDS.zh[problem.got]}`
        : `${where(lang, problem.arg, problem.at)} must be a date or schedule text, not ${KIND_WORDS.en[problem.got]}`;
    case 'badRole':
      return zh
        ? `参数 ${problem.arg} 无法识别：“${problem.value}”；可用 lead/牵头、support/配合、joint/共同、any/全部`
        : `argument ${problem.arg} not recognised: "${problem.value}"; use lead/牵头, support/配合, joint/共同 or any/全部`;
    case 'shapeMismatch':
      return zh
        ? `参数 ${problem.a}（${problem.aRows} 行 ${problem.aColumns} 列）与 ${problem.b}（${problem.bRows} 行 ${problem.bColumns} 列）大小不一致`
        : `arguments ${problem.a} (${problem.aRows}×${problem.aColumns}) and ${problem.b} (${problem.bRows}×${problem.bColumns}) differ in size`;
    case 'notRange':
      return zh ? `参数 ${problem.arg} 应为单元格区域` : `argument ${problem.arg} must be a range`;
    case 'scheduleAmbiguous':
      return zh
        ? `${where(lang, problem.arg, problem.at)}“${problem.text}”未写明具体日期，不作推测；请写明截止日期（如 2016年9月30日前）`
        : `${where(lang, problem.arg, problem.at)} "${problem.text}" names no exact day and is not guessed; write the deadline out (e.g. 2016年9月30日前)`;
    case 'scheduleUnreadable':
      return zh
        ? `${where(lang, problem.arg, problem.at)}“${problem.text}”无法识别为时间进度`
        : `${where(lang, problem.arg, problem.at)} "${problem.text}" is not a schedule that can be read`;
    case 'noDeadline':
      if (problem.reason === 'ongoing') return zh ? '持续实施的任务没有截止日期' : 'an ongoing task has no deadline';
      return zh ? '时间进度为空，没有截止日期' : 'the schedule is empty: no deadline';
    case 'badDate':
      return zh
        ? `${where(lang, problem.arg, problem.at)}“${problem.value}”不是有效日期`
        : `${where(lang, problem.arg, problem.at)} "${problem.value}" is not a valid date`;
    case 'badStatus':
      return zh
        ? `${where(lang, problem.arg, problem.at)} 状态“${problem.value}”无法识别；可用 未启动、推进中、滞后、已完成`
        : `${where(lang, problem.arg, problem.at)} status "${problem.value}" not recognised; use 未启动, 推进中, 滞后 or 已完成`;
    case 'badWarnDays':
      return zh
        ? `参数 ${problem.arg} 应为不小于 0 的整数天数，实为“${problem.value}”`
        : `argument ${problem.arg} must be a whole number of days ≥ 0, not "${problem.value}"`;
    case 'badPreset':
      return zh
        ? `参数 ${problem.arg} 应为“红黄绿”或“蓝黄红”，实为“${problem.value}”`
        : `argument ${problem.arg} must be 红黄绿 or 蓝黄红, not "${problem.value}"`;
    case 'badYesNo':
      return zh
        ? `参数 ${problem.arg} 应为 TRUE/FALSE 或 是/否，实为“${problem.value}”`
        : `argument ${problem.arg} must be TRUE/FALSE or 是/否, not "${problem.value}"`;
    case 'needsArgument':
      return zh
        ? `缺少参数 ${problem.arg}：给出 ${problem.whenGiven} 时必须同时给出`
        : `argument ${problem.arg} is missing: it is required when ${problem.whenGiven} is given`;
    case 'noAgencies':
      return zh ? '区域中没有符合条件的单位' : 'no agency in the range matches';
    case 'badAliases':
      return zh
        ? `参数 ${problem.arg} 应为两列区域（写法、规范名称），如 AgencyAliases，实为 ${problem.columns} 列`
        : `argument ${problem.arg} must be a two-column range (written form, canonical name) such as AgencyAliases, not ${problem.columns} column(s)`;
    case 'resultTooLong':
      return zh
        ? `结果有 ${problem.length} 个字符，超过 Excel 单元格 ${problem.limit} 个字符的上限（可能是单位别名过长）`
        : `the result has ${problem.length} characters, over Excel's limit of ${problem.limit} for one cell (perhaps an agency alias is too long)`;
    case 'internal':
      return zh ? `内部错误：${problem.detail}` : `internal error: ${problem.detail}`;
  }
}

/** The Excel error value for a failure, worded in the display language. */
export function toExcelError(failure: Failure): FunctionError {
  return createExcelError(failure.code, problemMessage(failure.problem, functionLanguage()));
}
