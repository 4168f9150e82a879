/**
 * The words for a returned file whose identity keeps it out of this ledger (`IdentityRefusal`), and for a format-1
 * file read as unauthenticated, per locale. Values the file claims are shown cut (`shownValue`).
 */
import type { Locale } from '../i18n/strings';
import type { ClaimedIdentity, IdentityPart, IdentityRefusal, UnauthenticatedWarning } from '../../reports';
import { shownValue as shown } from './shownValue';

type Edited = Extract<IdentityRefusal, { code: 'signature-mismatch' }>['params'] & { what: 'edited' };

const ALL_PARTS: readonly IdentityPart[] = ['workbook', 'round', 'agency', 'tasks'];
const RESEND_ZH = '请重新发送填报表。';
const RESEND_EN = 'send the agency a new report workbook.';

function listedZh(nos: readonly number[]): string {
  return nos.length > 10 ? `${nos.slice(0, 10).join('、')} 等 ${nos.length} 项` : nos.join('、');
}

function listedEn(nos: readonly number[]): string {
  return nos.length > 10 ? `${nos.slice(0, 10).join(', ')} and ${nos.length - 10} more` : nos.join(', ');
}

function partZh(part: IdentityPart, c: ClaimedIdentity, changedTasks: readonly number[]): string {
  switch (part) {
    case 'workbook':
      return `台账标识（文件中为“${shown(c.workbookId)}”）`;
    case 'round':
      return `填报轮次（文件中为“${shown(c.roundName)}”，截止 ${shown(c.dueDate)}）`;
    case 'agency':
      return `填报单位（文件中为“${shown(c.agency)}”）`;
    case 'tasks':
      return changedTasks.length > 0
        ? `任务清单（序号 ${listedZh(changedTasks)}）`
        : '任务清单（有任务被删去、添加或调换了顺序）';
  }
}

function partEn(part: IdentityPart, c: ClaimedIdentity, changedTasks: readonly number[]): string {
  switch (part) {
    case 'workbook':
      return `the ledger’s id (the file says “${shown(c.workbookId)}”)`;
    case 'round':
      return `the round (the file says “${shown(c.roundName)}”, due ${shown(c.dueDate)})`;
    case 'agency':
      return `the agency (the file says “${shown(c.agency)}”)`;
    case 'tasks':
      return changedTasks.length > 0
        ? `the task list (tasks ${listedEn(changedTasks)})`
        : 'the task list (tasks removed, added or reordered)';
  }
}

function everyPart(changed: readonly IdentityPart[]): boolean {
  return ALL_PARTS.every((part) => changed.includes(part));
}

function editedZh(p: Edited): string {
  const parts = p.changed.map((part) => partZh(part, p.claimed, p.changedTasks));
  const what =
    parts.length === 0
      ? '签名本身'
      : everyPart(p.changed)
        ? `识别信息整体（${parts.join('、')}），可能是用另一把密钥重新签名的伪造文件`
        : parts.join('、');
  return `填报表的识别信息被改动过：${what}。签名校验不通过，无法确认这份文件的来源，未导入。请向填报单位核实，必要时重新发送填报表。`;
}

function editedEn(p: Edited): string {
  const parts = p.changed.map((part) => partEn(part, p.claimed, p.changedTasks));
  const what =
    parts.length === 0
      ? 'the signature itself'
      : everyPart(p.changed)
        ? `the whole identity (${parts.join('; ')}): perhaps a forgery signed again with another key`
        : parts.join('; ');
  return `The report’s identity was edited: ${what}. The signature does not match, so nobody can vouch for where the file came from; not imported. Check with the agency and, if need be, send a new report workbook.`;
}

function zh(r: IdentityRefusal): string {
  switch (r.code) {
    case 'unknown-version':
      return r.params.version > r.params.newest
        ? `此填报表的格式版本为 ${r.params.version}，由较新版本的加载项生成；当前加载项只能读取版本 ${r.params.newest}。请升级加载项后再导入。`
        : `此填报表的格式版本为 ${r.params.version}，当前加载项只能读取版本 ${r.params.oldest}–${r.params.newest}。请重新发送新的填报表。`;
    case 'checksum-mismatch':
      return r.params.what === 'edited'
        ? `填报表的识别信息被改动过（校验码不符），无法确认其来源，未导入。${RESEND_ZH}`
        : `填报表的识别信息被改动过（内容不是本加载项写入的格式），无法确认这份文件的来源，未导入。${RESEND_ZH}`;
    case 'signature-mismatch':
      return r.params.what === 'edited'
        ? editedZh(r.params)
        : `填报表的识别信息被改动过（内容不是本加载项写入的格式），无法确认这份文件的来源，未导入。${RESEND_ZH}`;
    case 'unknown-key':
      return r.params.ledgerKeyId === null
        ? `本台账没有签名密钥（台账文件的加载项设置可能丢失），无法核对这份带签名的填报表，未导入。${RESEND_ZH}`
        : `这份填报表的签名密钥（${shown(r.params.fileKeyId)}）不是本台账的密钥（${r.params.ledgerKeyId}），无法确认来源，未导入。可能是台账的加载项设置丢失后生成了新密钥，或文件被伪造；${RESEND_ZH}`;
    case 'other-workbook':
      return `此填报表来自另一个台账工作簿（${shown(r.params.roundName)}，${shown(r.params.agency)}），不属于当前台账，未导入。`;
    case 'unknown-round':
      return `当前台账中没有填报轮次“${shown(r.params.roundName)}”（可能已被删除），未导入。`;
    case 'unsigned':
      return `这份填报表是旧格式、没有签名，但轮次“${shown(r.params.roundName)}”开始时本台账已使用签名，这一轮发出的填报表都带签名；这份文件可能被改动过，未导入。${RESEND_ZH}`;
  }
}

function en(r: IdentityRefusal): string {
  switch (r.code) {
    case 'unknown-version':
      return r.params.version > r.params.newest
        ? `This report is format version ${r.params.version}, made by a newer version of the add-in; this add-in reads version ${r.params.newest}. Update the add-in, then import it.`
        : `This report is format version ${r.params.version}; this add-in reads versions ${r.params.oldest}–${r.params.newest}: ${RESEND_EN}`;
    case 'checksum-mismatch':
      return r.params.what === 'edited'
        ? `The report’s identity was edited (its checksum does not match), so nobody can vouch for where it came from; not imported: ${RESEND_EN}`
        : `The report’s identity was edited (it holds what this add-in never writes), so nobody can vouch for where it came from; not imported: ${RESEND_EN}`;
    case 'signature-mismatch':
      return r.params.what === 'edited'
        ? editedEn(r.params)
        : `The report’s identity was edited (it holds what this add-in never writes), so nobody can vouch for where it came from; not imported: ${RESEND_EN}`;
    case 'unknown-key':
      return r.params.ledgerKeyId === null
        ? `This ledger has no signing key (the workbook’s add-in settings may have been lost), so a signed report cannot be checked; not imported: ${RESEND_EN}`
        : `The report was signed with key ${shown(r.params.fileKeyId)}, not this ledger’s key (${r.params.ledgerKeyId}), so nobody can vouch for where it came from; not imported. The ledger’s add-in settings may have been lost and a new key made, or the file is forged: ${RESEND_EN}`;
    case 'other-workbook':
      return `This report comes from another ledger workbook (${shown(r.params.roundName)}, ${shown(r.params.agency)}), not this one; not imported.`;
    case 'unknown-round':
      return `This ledger has no reporting round “${shown(r.params.roundName)}” (it may have been deleted); not imported.`;
    case 'unsigned':
      return `This report is in the old format, without a signature, but the ledger signed every report of round “${shown(r.params.roundName)}”; the file may have been edited; not imported: ${RESEND_EN}`;
  }
}

/**
 * An identity refusal in the pane's language.
 * @example identityRefusalText({ code: 'unknown-round', params: { roundName: '2026年11月' } }, 'en-US') // 'This ledger has no reporting round “2026年11月” (it may have been deleted); not imported.'
 */
export function identityRefusalText(refusal: IdentityRefusal, locale: Locale): string {
  return locale === 'en-US' ? en(refusal) : zh(refusal);
}

/** A format-1 file read as unauthenticated, in the pane's language. */
export function unauthenticatedText(warning: UnauthenticatedWarning, locale: Locale): string {
  const agency = shown(warning.params.agency);
  return locale === 'en-US'
    ? `This report was made by an older version of the add-in: it has a checksum but no signature, so nobody can vouch that it was not edited (agency: ${agency}). It was read in the old format; check it before applying.`
    : `这份填报表由旧版加载项生成，只有校验码、没有签名，无法确认它未被改动（填报单位：${agency}）；已按旧格式读取，请核对后再应用。`;
}
