/**
 * What the coordinator fills in before exporting a 督查通报 or the 督办单 (the rest comes from the ledger).
 */
import type { IsoDate, TrackedTask, WarningRule } from '../model';

export interface NoticeForm {
  /** 期数: the issue number of 督查通报 (第N期). */
  issue: string;
  /** The issuing office (督查室), in the masthead and the 版记. */
  office: string;
  /** 主送: the addressees, e.g. 各县区人民政府，市直各有关部门. */
  addressees: string;
  /** 抄送 in the 版记; empty leaves the line out. */
  copyTo: string;
  /** 四、下步要求: one paragraph a line. */
  requirements: string;
}

export interface SupervisionForm {
  office: string;
  /** The day replies are asked for. */
  replyBy: IsoDate;
  /** Where to reply: an office, a phone number, a mailbox. */
  replyTo: string;
}

export interface OfficialDocumentInput {
  tasks: readonly TrackedTask[];
  asOf: IsoDate;
  rule: WarningRule;
  /** The printing date (印发日期): the day of export. */
  printedOn: IsoDate;
}
