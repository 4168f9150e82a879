/**
 * The model's public entry: everything outside `src/model` imports from here only.
 * Pure TypeScript — no Office, React, DOM or clock.
 */
export * from './types';
export * from './schemas';
export { toExcelSerial, fromExcelSerial, daysBetween, addDays, isValidIsoDate, lastDayOfMonth } from './dates';
export { parseChineseNumber, toHalfWidth } from './numerals';
export { parseSchedule } from './parseSchedule';
export { normalizeStatus, isDone, STATUS_ALIASES } from './status';
export { isOverdue, daysLeft, trafficLight } from './overdue';
export { normalizeAgency, BUILTIN_AGENCY_ALIASES } from './normalizeAgency';
export { agencyKind } from './agencyKind';
export type { AgencyKind } from './agencyKind';
export { memberListOf } from './agencyGroups';
export type { AgencyGroups } from './agencyGroups';
export { parseUnits, analyzeUnits } from './parseUnits';
export type { UnitsAnalysis, ParseUnitsOptions } from './parseUnits';
export { findLikelyTypos } from './findLikelyTypos';
export type { LikelyTypo } from './findLikelyTypos';
export { parseTaskTable } from './parseTaskTable';
export { parseTaskGrid } from './parseTaskGrid';
export { formatParseIssue, columnRoleLabel } from './formatParseIssue';
export type { IssueLocale } from './formatParseIssue';
export { gridToTabText } from './gridToTabText';
export { noteBelowTable } from './noteBelowTable';
export type { Grid, GridMerge, GridSource } from './grid';
export { recordFromPairs } from './recordFromPairs';
export { stripXmlForbidden, xmlSafeText } from './xmlSafeText';
export type { XmlSafeText } from './xmlSafeText';
export { splitPeople } from './splitPeople';
export type { ParseTaskTableOptions, ParsedTaskTable, SubHeading } from './parseTaskTable';
export { trackTasks, effectiveDeadline, filterTasks, countByAgency, countBySection, agencyNormalizer } from './queries';
export type { QueryContext, AgencyCount, SectionCount } from './queries';
export { composeNotice } from './composeNotice';
export type { NoticeOptions } from './composeNotice';
export {
  WARNING_PRESETS,
  WARNING_LEVELS,
  WARNING_LEVEL_TEXTS,
  DEFAULT_WARNING_RULE,
  PRESET_LIGHTS,
  warningLevel,
  warningLight,
  isLateLevel,
  warningPresetOf,
} from './warningRule';
export type { WarningPreset, WarningLevel, WarningRule } from './warningRule';
