/**
 * Official documents in GB/T 9704 layout: the 督查通报 and the 督办单 (written with `docx`, loaded on demand).
 */
export { buildNoticeDocx, noticeFileName } from './buildNoticeDocx';
export { buildSupervisionFiles } from './buildSupervisionFiles';
export { noticeFacts } from './noticeFacts';
export { DEFAULT_NOTICE_FORM } from './noticeDefaults';
