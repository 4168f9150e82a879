/**
 * The words for a returned file that was not read, or read and not imported (`ReportRefusal`: code + params), per
 * locale; identity refusals are worded by `identityRefusalText`. The entry a zip names is shown cut to 60 characters
 * (a hostile file can make it long).
 */
import type { NotAReportReason, ReportRefusal, UnreadableReason } from '../../reports';
import type { Locale } from '../i18n/strings';
import { identityRefusalText } from './identityRefusalText';

/** The refusals worded here: every one but the identity's. */
type FileRefusal = Exclude<ReportRefusal, { code: IdentityCode }>;
type IdentityCode =
  | 'unknown-version'
  | 'checksum-mismatch'
  | 'signature-mismatch'
  | 'unknown-key'
  | 'other-workbook'
  | 'unknown-round'
  | 'unsigned';

const RESEND_ZH = '请让填报单位在 Excel 或 WPS 中另存为 .xlsx 后重新发送。';
const RESEND_EN = 'ask the agency to save it again as .xlsx in Excel or WPS and resend it.';
const mb = (bytes: number, digits = 0): string => (bytes / 1024 / 1024).toFixed(digits);
const cut = (name: string): string => name.slice(0, 60);

function unreadableZh(p: UnreadableReason): string {
  switch (p.what) {
    case 'too-many-entries':
      return `文件内部含 ${p.entries} 个部件，超过 ${p.limit} 个的上限，不像填报表，未读取。`;
    case 'zip-unsupported':
      return `文件使用了填报表不会用到的压缩方式（${p.feature}），无法读取。${RESEND_ZH}`;
    case 'missing-parts':
      return '文件已损坏（工作簿的组成部分缺失），无法读取。请让填报单位重新发送。';
    case 'part-damaged':
      return `文件已损坏（“${cut(p.part)}”无法解压），无法读取。${RESEND_ZH}`;
    case 'part-shape':
      return `文件中的“${cut(p.part)}”结构异常（元素过多或嵌套过深），不像填报表，未读取。`;
    case 'workbook':
      return '文件已损坏，Excel 工作簿无法读取。请让填报单位在 Excel 或 WPS 中打开后另存为 .xlsx 再发送。';
    case 'content':
      return '文件无法读取（内容异常），未导入。其他文件不受影响。';
  }
}

function unreadableEn(p: UnreadableReason): string {
  switch (p.what) {
    case 'too-many-entries':
      return `The file holds ${p.entries} parts, more than the ${p.limit} a report workbook may have; not read.`;
    case 'zip-unsupported':
      return `The file uses a kind of zip a report workbook never uses (${p.feature}); not read: ${RESEND_EN}`;
    case 'missing-parts':
      return 'The file is damaged (parts of the workbook are missing); not read: ask the agency to send it again.';
    case 'part-damaged':
      return `The file is damaged (“${cut(p.part)}” does not unpack); not read: ${RESEND_EN}`;
    case 'part-shape':
      return `“${cut(p.part)}” in the file has more elements or deeper nesting than a report workbook's; not read.`;
    case 'workbook':
      return 'The file is damaged: Excel’s workbook could not be read. Ask the agency to open it in Excel or WPS, save it again as .xlsx and send it.';
    case 'content':
      return 'The file could not be read (its content is not what it should be); not imported. Other files are not affected.';
  }
}

function notAReportZh(p: NotAReportReason): string {
  switch (p.what) {
    case 'too-many-sheets':
      return `文件含有超过 ${p.limit} 个工作表，不是本台账发出的填报表，未读取。`;
    case 'no-identity':
      return '这不是本台账发出的填报表（缺少识别信息）。请使用“发送填报表”生成的文件填写。';
    case 'incomplete-identity':
      return '这不是本台账发出的填报表（识别信息不完整）。请使用“发送填报表”生成的文件填写。';
    case 'no-report-sheet':
      return `找不到“${cut(p.sheet)}”工作表（可能被删除或改名），未导入。`;
  }
}

function notAReportEn(p: NotAReportReason): string {
  switch (p.what) {
    case 'too-many-sheets':
      return `The file has more than ${p.limit} sheets: not a report workbook sent from this ledger; not read.`;
    case 'no-identity':
      return 'Not a report workbook sent from this ledger (it has no identity sheet): use the files made by “Send report workbooks”.';
    case 'incomplete-identity':
      return 'Not a report workbook sent from this ledger (its identity is incomplete): use the files made by “Send report workbooks”.';
    case 'no-report-sheet':
      return `The sheet “${cut(p.sheet)}” is missing (it may have been deleted or renamed); not imported.`;
  }
}

function zh(r: FileRefusal): string {
  switch (r.code) {
    case 'empty-file':
      return '文件是空的（0 字节），请让填报单位重新发送。';
    case 'truncated':
      return '文件已损坏或不完整（可能下载或传输中断），无法读取。请让填报单位重新发送。';
    case 'too-large':
      if (r.params.what === 'file')
        return `文件大小为 ${mb(r.params.bytes, 1)} MB，超过 ${mb(r.params.limit)} MB 的上限，未读取。填报表通常不足 100 KB，请确认是否选错了文件。`;
      if (r.params.what === 'unpacked')
        return `文件解压后超过 ${mb(r.params.limit)} MB（填报表通常不足 1 MB），可能是伪造的压缩文件，未读取。请确认是否选错了文件。`;
      return `压缩包内文件解压后合计超过 ${mb(r.params.limit)} MB，此文件及其后的文件未读取。请分批导入。`;
    case 'not-xlsx':
      if (r.params.what === 'not-zip')
        return '这不是 .xlsx 文件（可能是 .xls、.et、.csv 或其他格式）。请在 Excel 或 WPS 中“另存为”Excel 工作簿（*.xlsx）后再导入。';
      if (r.params.what === 'zip-of-files')
        return '这是压缩包而不是 Excel 工作簿（.xlsx）。如是多个填报表的压缩包，请先解压再选择其中的文件。';
      if (r.params.what === 'legacy')
        return '这是旧格式（.xls / .et）的表格，未读取。请在 Excel 或 WPS 中“另存为”Excel 工作簿（*.xlsx）后再发送。';
      return '这不是填报表（.xlsx），未读取。请使用“发送填报表”生成的文件填写。';
    case 'zip-altered':
      return `文件的压缩结构自相矛盾（${r.params.reason}${r.params.entry ? `：${cut(r.params.entry)}` : ''}），是写成之后被改动过的文件，未读取。${RESEND_ZH}`;
    case 'unreadable':
      return unreadableZh(r.params);
    case 'not-a-report':
      return notAReportZh(r.params);
  }
}

function en(r: FileRefusal): string {
  switch (r.code) {
    case 'empty-file':
      return 'The file is empty (0 bytes): ask the agency to send it again.';
    case 'truncated':
      return 'The file is damaged or incomplete (the transfer may have been cut off); not read: ask the agency to send it again.';
    case 'too-large':
      if (r.params.what === 'file')
        return `The file is ${mb(r.params.bytes, 1)} MB, over the ${mb(r.params.limit)} MB limit; not read. A report workbook is usually under 100 KB: check that the right file was chosen.`;
      if (r.params.what === 'unpacked')
        return `The file unpacks to more than ${mb(r.params.limit)} MB (a report workbook, under 1 MB); it may be a forged zip; not read.`;
      return `The workbooks in this zip unpack to more than ${mb(r.params.limit)} MB together; this one and those after it were not read. Import them in smaller batches.`;
    case 'not-xlsx':
      if (r.params.what === 'not-zip')
        return 'Not an .xlsx file (perhaps .xls, .et or .csv): save it as an Excel workbook (*.xlsx) in Excel or WPS, then import it.';
      if (r.params.what === 'zip-of-files')
        return 'A zip, not an Excel workbook (.xlsx): if it holds several report workbooks, unpack it and choose them.';
      if (r.params.what === 'legacy')
        return 'An old-format sheet (.xls / .et), not read: save it as an Excel workbook (*.xlsx) in Excel or WPS and send it again.';
      return 'Not a report workbook (.xlsx), not read: use the files made by “Send report workbooks”.';
    case 'zip-altered':
      return `The file's zip structure contradicts itself (${r.params.reason}${r.params.entry ? `: ${cut(r.params.entry)}` : ''}): it was altered after it was written; not read: ${RESEND_EN}`;
    case 'unreadable':
      return unreadableEn(r.params);
    case 'not-a-report':
      return notAReportEn(r.params);
  }
}

function isFileRefusal(r: ReportRefusal): r is FileRefusal {
  switch (r.code) {
    case 'empty-file':
    case 'truncated':
    case 'too-large':
    case 'not-xlsx':
    case 'zip-altered':
    case 'unreadable':
    case 'not-a-report':
      return true;
    default:
      return false;
  }
}

/**
 * A refused file's reason in the pane's language.
 * @example reportRefusalText({ code: 'empty-file', params: {} }, 'en-US') // 'The file is empty (0 bytes): ask the agency to send it again.'
 */
export function reportRefusalText(refusal: ReportRefusal, locale: Locale): string {
  if (!isFileRefusal(refusal)) return identityRefusalText(refusal, locale);
  return locale === 'en-US' ? en(refusal) : zh(refusal);
}
