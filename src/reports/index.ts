/**
 * Reporting rounds (填报轮次): report workbooks out to agencies, returned workbooks read back,
 * validated and planned for the ledger. Knows no Office API; ExcelJS and fflate load lazily.
 * The pane should import this module with `import('../reports')` as well, so none of it is in the first load.
 */
export * from './types';
export { tasksForAgency, reportAgencies, roleOf } from './tasksForAgency';
export { sendList } from './sendList';
export type { SendList } from './sendList';
export { createRound } from './createRound';
export type { CreateRoundProblem, CreateRoundResult } from './createRound';
export { buildReportWorkbook, reportInstructions } from './buildReportWorkbook';
export { buildReportZip, reportFileName } from './buildReportZip';
export { readReportWorkbook } from './readReportWorkbook';
export { createReportKey, parseReportKey } from './reportKey';
export type { ReportKey } from './reportKey';
export type { IdentityPart } from './reportSignature';
export type { NotAReportReason, ReportRefusal, UnreadableReason } from './reportRefusal';
export type { ClaimedIdentity, IdentityRefusal, UnauthenticatedWarning } from './identityRefusal';
export type { AnswerField, RowProblem } from './rowProblem';
export { planApply, answerId } from './planApply';
export type { ApplyPlan, TaskChange, ReportHistoryEntry, SkippedAnswer, PlanIssue, PlanOptions } from './planApply';
export { chaseList } from './chaseList';
export { chineseDate } from './chineseDate';
export type { ChaseList } from './chaseList';
export { roundNotice } from './roundNotice';
export {
  REPORT_SHEET,
  META_SHEET,
  HEADERS as REPORT_HEADERS,
  FIRST_TASK_ROW,
  COL as REPORT_COLUMNS,
} from './reportLayout';
export { applyPlan } from './applyPlan';
export { readReportFiles } from './readReportFiles';
export type { ReturnedFile, FileReadResult } from './readReportFiles';
export { ROUND_TABLE_HEADERS, roundToRow, roundFromRow, recordAnswered } from '../ledgerLayout/roundTable';
export type { AnsweredAgencies, RoundRowResult } from '../ledgerLayout/roundTable';
