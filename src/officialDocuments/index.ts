/**
 * Official documents in GB/T 9704 layout: the 督查通报 and the 督办单 (written with `docx`, loaded on demand).
 */
export { buildNoticeDocx, noticeFileName } from './buildNoticeDocx';
export { buildSupervisionFiles, supervisionFileName } from './buildSupervisionFiles';
export type { SupervisionFiles } from './buildSupervisionFiles';
export { noticeFacts, percentText } from './noticeFacts';
export type { NoticeFacts, UnitCount } from './noticeFacts';
export { supervisionItems } from './supervisionItems';
export type { SupervisionItems } from './supervisionItems';
export { DEFAULT_NOTICE_FORM, DEFAULT_REQUIREMENTS } from './noticeDefaults';
export type { NoticeForm, SupervisionForm, OfficialDocumentInput } from './types';
