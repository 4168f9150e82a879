/**
 * The defaults of the 导出通报 form: a coordinator keeps or edits them.
 */
import type { NoticeForm } from './types';

/** The 下步要求 a coordinator would write most months. */
const DEFAULT_REQUIREMENTS = [
  '各责任单位要对照任务分工，逐项梳理滞后事项，明确整改措施和完成时限，确保按期完成。',
  '牵头单位要切实履行牵头责任，加强与配合单位的沟通协调；配合单位要主动对接，形成工作合力。',
  '各单位要按时报送工作进展情况，市委督查室将持续跟踪督办，对进展缓慢、推进不力的进行通报。',
].join('\n');

export const DEFAULT_NOTICE_FORM: NoticeForm = Object.freeze({
  issue: '1',
  office: '市委督查室',
  addressees: '各县（市、区）人民政府，市直各有关部门',
  copyTo: '市委、市政府领导',
  requirements: DEFAULT_REQUIREMENTS,
});
