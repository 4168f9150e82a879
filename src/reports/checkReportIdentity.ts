/**
 * Decides whether a returned file belongs to this ledger, and whether anyone can vouch for it: a format-2 file's
 * signature is checked with the ledger's key (a refusal names what was edited); a format-1 file's public checksum
 * is checked and the file read as unauthenticated, unless its round began after the ledger had a key (then every
 * file of that round was signed, and an unsigned one is a downgrade).
 */
import { FIRST_TASK_ROW } from './reportLayout';
import { reportChecksum } from './reportChecksum';
import { MAX_REPORT_TASKS, type ReportMeta } from './reportMeta';
import { checkReportSeal, IDENTITY_PARTS, type IdentityPart, type ReportIdentity } from './reportSignature';
import {
  REPORT_FORMAT_VERSION,
  UNSIGNED_FORMAT_VERSION,
  type ReadExpectation,
  type ReportIssue,
  type Round,
} from './types';

/** Excel's last row: a `_meta` row number beyond it was not written by us. */
const MAX_TASK_ROW = 1_048_576;

export type IdentityCheck =
  { ok: true; round: Round; authenticated: boolean; issues: ReportIssue[] } | { ok: false; issue: ReportIssue };

function refused(code: ReportIssue['code'], message: string, extra: Partial<ReportIssue> = {}): IdentityCheck {
  return { ok: false, issue: { code, severity: 'error', message, ...extra } };
}

/** A value from the file shown in a message: hostile files put 32,767 characters in a cell. */
function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function listed(nos: readonly number[]): string {
  return nos.length > 10 ? `${nos.slice(0, 10).join('、')} 等 ${nos.length} 项` : nos.join('、');
}

function changedText(part: IdentityPart, v: Readonly<Record<string, string>>, changedTasks: readonly number[]): string {
  switch (part) {
    case 'workbook':
      return `台账标识（文件中为“${shown(v.workbookId ?? '')}”）`;
    case 'round':
      return `填报轮次（文件中为“${shown(v.roundName ?? '')}”，截止 ${shown(v.dueDate ?? '')}）`;
    case 'agency':
      return `填报单位（文件中为“${shown(v.agency ?? '')}”）`;
    case 'tasks':
      return changedTasks.length > 0
        ? `任务清单（序号 ${listed(changedTasks)}）`
        : '任务清单（有任务被删去、添加或调换了顺序）';
  }
}

function otherWorkbook(v: Readonly<Record<string, string>>): IdentityCheck {
  return refused(
    'other-workbook',
    `此填报表来自另一个台账工作簿（${shown(v.roundName ?? '')}，${shown(v.agency ?? '')}），不属于当前台账，未导入。`,
  );
}

/** The round the file names, in this ledger; or why it is not this ledger's. */
function matchRound(
  v: Readonly<Record<string, string>>,
  expected: ReadExpectation,
): { round: Round } | { refusal: IdentityCheck } {
  if (v.workbookId !== expected.workbookId) return { refusal: otherWorkbook(v) };
  const round = expected.rounds.find((r) => r.id === v.roundId);
  return round === undefined
    ? {
        refusal: refused(
          'unknown-round',
          `当前台账中没有填报轮次“${shown(v.roundName ?? '')}”（可能已被删除），未导入。`,
        ),
      }
    : { round };
}

async function checkSigned(meta: ReportMeta, expected: ReadExpectation): Promise<IdentityCheck> {
  const v = meta.values;
  const key = expected.key;
  if (key === null || v.keyId !== key.id) {
    // A file of another ledger is the likely, honest case: say that first.
    if (v.workbookId !== expected.workbookId) return otherWorkbook(v);
    return refused(
      'unknown-key',
      key === null
        ? '本台账没有签名密钥（台账文件的加载项设置可能丢失），无法核对这份带签名的填报表，未导入。请重新发送填报表。'
        : `这份填报表的签名密钥（${shown(v.keyId ?? '')}）不是本台账的密钥（${key.id}），无法确认来源，未导入。可能是台账的加载项设置丢失后生成了新密钥，或文件被伪造；请重新发送填报表。`,
    );
  }
  const identity: ReportIdentity = {
    formatVersion: meta.version,
    keyId: v.keyId,
    nonce: v.nonce ?? '',
    workbookId: v.workbookId ?? '',
    roundId: v.roundId ?? '',
    roundName: v.roundName ?? '',
    dueDate: v.dueDate ?? '',
    agency: v.agency ?? '',
    tasks: meta.tasks,
  };
  const check = await checkReportSeal(key, identity, {
    signature: v.signature ?? '',
    tags: {
      workbook: v.workbookTag ?? '',
      round: v.roundTag ?? '',
      agency: v.agencyTag ?? '',
      tasks: v.tasksTag ?? '',
    },
    taskTags: meta.taskTags,
  });
  const countEdited = Number(v.taskCount) !== meta.tasks.length || meta.tasks.length > MAX_REPORT_TASKS;
  if (!check.ok || countEdited) {
    const changed = check.ok ? [] : [...check.changed];
    if (countEdited && !changed.includes('tasks')) changed.push('tasks');
    const changedTasks = check.ok ? [] : check.changedTasks;
    const parts = changed.map((p) => changedText(p, v, changedTasks));
    const what =
      parts.length === 0
        ? '签名本身'
        : changed.length === IDENTITY_PARTS.length
          ? `识别信息整体（${parts.join('、')}），可能是用另一把密钥重新签名的伪造文件`
          : parts.join('、');
    return refused(
      'signature-mismatch',
      `填报表的识别信息被改动过：${what}。签名校验不通过，无法确认这份文件的来源，未导入。请向填报单位核实，必要时重新发送填报表。`,
      {
        changed,
        changedTasks,
      },
    );
  }
  const matched = matchRound(v, expected);
  return 'refusal' in matched ? matched.refusal : { ok: true, round: matched.round, authenticated: true, issues: [] };
}

function checkUnsigned(meta: ReportMeta, expected: ReadExpectation): IdentityCheck {
  const v = meta.values;
  const checksum = reportChecksum({
    formatVersion: meta.version,
    workbookId: v.workbookId ?? '',
    roundId: v.roundId ?? '',
    roundName: v.roundName ?? '',
    agency: v.agency ?? '',
    tasks: meta.tasks,
  });
  const rowsValid = meta.tasks.every(
    (t) => Number.isInteger(t.row) && t.row >= FIRST_TASK_ROW && t.row <= MAX_TASK_ROW,
  );
  if (checksum !== v.checksum || meta.tasks.length !== Number(v.taskCount) || !rowsValid) {
    return refused(
      'checksum-mismatch',
      '填报表的识别信息被改动过（校验码不符），无法确认其来源，未导入。请重新发送填报表。',
    );
  }
  const matched = matchRound(v, expected);
  if ('refusal' in matched) return matched.refusal;
  const round = matched.round;
  const key = expected.key;
  if (key !== null && Date.parse(round.createdAt) >= Date.parse(key.createdAt)) {
    return refused(
      'unsigned',
      `这份填报表是旧格式、没有签名，但轮次“${round.name}”开始时本台账已使用签名，这一轮发出的填报表都带签名；这份文件可能被改动过，未导入。请重新发送填报表。`,
    );
  }
  return {
    ok: true,
    round,
    authenticated: false,
    issues: [
      {
        code: 'unauthenticated',
        severity: 'warning',
        message: `这份填报表由旧版加载项生成，只有校验码、没有签名，无法确认它未被改动（填报单位：${shown(v.agency ?? '')}）；已按旧格式读取，请核对后再应用。`,
      },
    ],
  };
}

/**
 * Checks a file's identity against the ledger: refused (one issue) or matched to its round, authenticated or not.
 * @example const identity = await checkReportIdentity(readReportMeta(metaSheet), expected); if (!identity.ok) identity.issue.code
 */
export async function checkReportIdentity(meta: ReportMeta, expected: ReadExpectation): Promise<IdentityCheck> {
  const version = meta.version;
  if (!Number.isInteger(version)) {
    return refused('not-a-report', '这不是本台账发出的填报表（识别信息不完整）。请使用“发送填报表”生成的文件填写。');
  }
  if (meta.malformed) {
    // Nothing of ours looks like this; refused before anything is hashed (see ReportMeta.malformed).
    return refused(
      version === UNSIGNED_FORMAT_VERSION ? 'checksum-mismatch' : 'signature-mismatch',
      '填报表的识别信息被改动过（内容不是本加载项写入的格式），无法确认这份文件的来源，未导入。请重新发送填报表。',
      version === UNSIGNED_FORMAT_VERSION ? {} : { changed: [], changedTasks: [] },
    );
  }
  if (version === REPORT_FORMAT_VERSION) return checkSigned(meta, expected);
  if (version === UNSIGNED_FORMAT_VERSION) return checkUnsigned(meta, expected);
  return refused(
    'unknown-version',
    version > REPORT_FORMAT_VERSION
      ? `此填报表的格式版本为 ${version}，由较新版本的加载项生成；当前加载项只能读取版本 ${REPORT_FORMAT_VERSION}。请升级加载项后再导入。`
      : `此填报表的格式版本为 ${version}，当前加载项只能读取版本 ${UNSIGNED_FORMAT_VERSION}–${REPORT_FORMAT_VERSION}。请重新发送新的填报表。`,
  );
}
