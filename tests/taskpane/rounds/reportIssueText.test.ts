// Every problem of a returned report is data (code + params); the pane words each code in zh-CN and en-US (#24).
import { describe, expect, it } from 'vitest';
import type { ReportIssue, ReportIssueCode } from '../../../src/reports';
import { reportIssueText } from '../../../src/taskpane/rounds/reportIssueText';
import { roundsStrings } from '../../../src/taskpane/rounds/roundsStrings';

const CJK = /[\u3400-\u9fff]/;
const claimed = { workbookId: 'wb-x', roundName: 'R', dueDate: '2026-11-25', agency: 'A' };

/** One issue of every code (and every variant of its params); values are Latin, so an English text has no CJK of theirs. */
const SAMPLES: Record<ReportIssueCode, ReportIssue[]> = {
  'empty-file': [{ code: 'empty-file', severity: 'error', params: {} }],
  truncated: [{ code: 'truncated', severity: 'error', params: {} }],
  'too-large': [
    { code: 'too-large', severity: 'error', params: { what: 'file', bytes: 20_000_000, limit: 10_485_760 } },
    { code: 'too-large', severity: 'error', params: { what: 'unpacked', bytes: 9_000_000, limit: 8_388_608 } },
    { code: 'too-large', severity: 'error', params: { what: 'zip-total', bytes: 60_000_000, limit: 52_428_800 } },
  ],
  'not-xlsx': (['not-zip', 'zip-of-files', 'legacy', 'other'] as const).map((what) => ({
    code: 'not-xlsx',
    severity: 'error',
    params: { what },
  })),
  'zip-altered': [{ code: 'zip-altered', severity: 'error', params: { reason: 'bad-name', entry: 'x.xml' } }],
  unreadable: [
    { code: 'unreadable', severity: 'error', params: { what: 'too-many-entries', entries: 5000, limit: 1000 } },
    { code: 'unreadable', severity: 'error', params: { what: 'zip-unsupported', feature: 'zip64' } },
    { code: 'unreadable', severity: 'error', params: { what: 'missing-parts' } },
    { code: 'unreadable', severity: 'error', params: { what: 'part-damaged', part: 'xl/a.xml' } },
    { code: 'unreadable', severity: 'error', params: { what: 'part-shape', part: 'xl/a.xml' } },
    { code: 'unreadable', severity: 'error', params: { what: 'workbook' } },
    { code: 'unreadable', severity: 'error', params: { what: 'content' } },
  ],
  'not-a-report': [
    { code: 'not-a-report', severity: 'error', params: { what: 'too-many-sheets', limit: 50 } },
    { code: 'not-a-report', severity: 'error', params: { what: 'no-identity' } },
    { code: 'not-a-report', severity: 'error', params: { what: 'incomplete-identity' } },
    { code: 'not-a-report', severity: 'error', params: { what: 'no-report-sheet', sheet: 'S' } },
  ],
  'unknown-version': [
    { code: 'unknown-version', severity: 'error', params: { version: 3, oldest: 1, newest: 2 } },
    { code: 'unknown-version', severity: 'error', params: { version: 0, oldest: 1, newest: 2 } },
  ],
  'checksum-mismatch': [
    { code: 'checksum-mismatch', severity: 'error', params: { what: 'edited' } },
    { code: 'checksum-mismatch', severity: 'error', params: { what: 'malformed' } },
  ],
  'signature-mismatch': [
    {
      code: 'signature-mismatch',
      severity: 'error',
      params: { what: 'edited', changed: ['agency', 'tasks'], changedTasks: [3], claimed },
    },
    { code: 'signature-mismatch', severity: 'error', params: { what: 'malformed' } },
  ],
  'unknown-key': [
    { code: 'unknown-key', severity: 'error', params: { fileKeyId: 'k-1', ledgerKeyId: 'k-2' } },
    { code: 'unknown-key', severity: 'error', params: { fileKeyId: 'k-1', ledgerKeyId: null } },
  ],
  'other-workbook': [{ code: 'other-workbook', severity: 'error', params: { roundName: 'R', agency: 'A' } }],
  'unknown-round': [{ code: 'unknown-round', severity: 'error', params: { roundName: 'R' } }],
  unsigned: [{ code: 'unsigned', severity: 'error', params: { roundName: 'R' } }],
  unauthenticated: [{ code: 'unauthenticated', severity: 'warning', params: { agency: 'A' } }],
  'missing-row': [{ code: 'missing-row', severity: 'error', row: 6, no: 3, params: {} }],
  'task-number-changed': [
    { code: 'task-number-changed', severity: 'error', row: 6, no: 3, params: { found: '99', sent: 3 } },
  ],
  'task-text-changed': [{ code: 'task-text-changed', severity: 'error', row: 6, no: 3, params: {} }],
  'unknown-task': [{ code: 'unknown-task', severity: 'error', row: 6, no: 3, params: {} }],
  'ledger-text-changed': [{ code: 'ledger-text-changed', severity: 'warning', row: 6, no: 3, params: {} }],
  'not-assigned': [{ code: 'not-assigned', severity: 'error', row: 6, no: 3, params: { agency: 'A' } }],
  'missing-status': [{ code: 'missing-status', severity: 'error', row: 6, no: 3, params: {} }],
  'invalid-status': [{ code: 'invalid-status', severity: 'error', row: 6, no: 3, params: { found: 'x' } }],
  'missing-reporter': [{ code: 'missing-reporter', severity: 'error', row: 6, no: 3, params: {} }],
  'invalid-date': [{ code: 'invalid-date', severity: 'error', row: 6, no: 3, params: { found: 'x' } }],
  'missing-date': [{ code: 'missing-date', severity: 'warning', row: 6, no: 3, params: {} }],
  'too-long': [
    { code: 'too-long', severity: 'error', row: 6, no: 3, params: { field: 'by', length: 101, limit: 100 } },
    { code: 'too-long', severity: 'error', row: 6, no: 3, params: { field: 'all', limit: 32_767 } },
  ],
  'implausible-date': [
    {
      code: 'implausible-date',
      severity: 'error',
      row: 6,
      no: 3,
      params: { date: '9999-12-31', earliest: '2026-10-01', latest: '2027-11-25' },
    },
  ],
  'extra-row': [
    { code: 'extra-row', severity: 'warning', row: 30, params: { what: 'added' } },
    { code: 'extra-row', severity: 'warning', row: 50, params: { what: 'more-added', count: 7 } },
    { code: 'extra-row', severity: 'warning', row: 90, params: { what: 'beyond-range', count: 8 } },
  ],
};

/** English text with the Chinese words it quotes on purpose taken out: the report's column headers and statuses. */
const QUOTED_ZH = /\((?:状态|填报人|填报日期|工作任务|进展情况|存在问题|下步打算)\)|未启动|推进中|已完成|滞后/g;

describe('every code of a returned report’s problems is worded in both locales', () => {
  const all = Object.values(SAMPLES).flat();

  it.each(all.map((issue) => [issue.code, JSON.stringify(issue.params), issue] as const))(
    '%s %s: zh-CN is Chinese, en-US is English',
    (_code, _params, issue) => {
      const zh = reportIssueText(issue, 'zh-CN');
      const en = reportIssueText(issue, 'en-US');
      expect(zh).toMatch(CJK);
      expect(en.replace(QUOTED_ZH, '')).not.toMatch(CJK);
      expect(en).toMatch(/^[A-Z“]/);
      expect(en).not.toBe(zh);
    },
  );

  it('each variant of a code has its own words', () => {
    for (const issues of Object.values(SAMPLES)) {
      for (const locale of ['zh-CN', 'en-US'] as const) {
        const texts = issues.map((issue) => reportIssueText(issue, locale));
        expect(new Set(texts).size).toBe(texts.length);
      }
    }
  });
});

describe('words written by hand', () => {
  it('an identity refusal names what was edited, in Chinese and in English', () => {
    const issue: ReportIssue = {
      code: 'signature-mismatch',
      severity: 'error',
      params: { what: 'edited', changed: ['agency'], changedTasks: [], claimed: { ...claimed, agency: '市人社局' } },
    };
    expect(reportIssueText(issue, 'zh-CN')).toBe(
      '填报表的识别信息被改动过：填报单位（文件中为“市人社局”）。签名校验不通过，无法确认这份文件的来源，未导入。请向填报单位核实，必要时重新发送填报表。',
    );
    expect(roundsStrings('en-US').issue('a.xlsx', issue)).toBe(
      'a.xlsx: The report’s identity was edited: the agency (the file says “市人社局”). The signature does not match, so nobody can vouch for where the file came from; not imported. Check with the agency and, if need be, send a new report workbook. (signature-mismatch)',
    );
  });

  it('a file re-signed as a whole is called a likely forgery; a long task list is cut after ten', () => {
    const issue: ReportIssue = {
      code: 'signature-mismatch',
      severity: 'error',
      params: {
        what: 'edited',
        changed: ['workbook', 'round', 'agency', 'tasks'],
        changedTasks: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        claimed: { workbookId: 'wb-x', roundName: '2026年11月', dueDate: '2026-11-25', agency: '市人社局' },
      },
    };
    expect(reportIssueText(issue, 'zh-CN')).toBe(
      '填报表的识别信息被改动过：识别信息整体（台账标识（文件中为“wb-x”）、填报轮次（文件中为“2026年11月”，截止 2026-11-25）、填报单位（文件中为“市人社局”）、任务清单（序号 1、2、3、4、5、6、7、8、9、10 等 12 项）），可能是用另一把密钥重新签名的伪造文件。签名校验不通过，无法确认这份文件的来源，未导入。请向填报单位核实，必要时重新发送填报表。',
    );
    expect(reportIssueText(issue, 'en-US')).toContain(
      'the whole identity (the ledger’s id (the file says “wb-x”); the round (the file says “2026年11月”, due 2026-11-25); the agency (the file says “市人社局”); the task list (tasks 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 2 more)): perhaps a forgery signed again with another key',
    );
  });

  it('a row’s problem says the row and the task number, then the reason', () => {
    const issue: ReportIssue = {
      code: 'task-number-changed',
      severity: 'error',
      row: 6,
      no: 3,
      params: { found: '99', sent: 3 },
    };
    expect(roundsStrings('zh-CN').issue('市教育局.xlsx', issue)).toBe(
      '市教育局.xlsx 第 6 行（序号 3）：序号被改为“99”，与发出时的 3 不符；该行未导入。（task-number-changed）',
    );
    expect(roundsStrings('en-US').issue('市教育局.xlsx', issue)).toBe(
      '市教育局.xlsx row 6, task 3: The task number was changed to “99”; 3 was sent; row not imported. (task-number-changed)',
    );
  });

  it('the unauthenticated warning and a too-long answer, in both locales', () => {
    const warning: ReportIssue = { code: 'unauthenticated', severity: 'warning', params: { agency: '市残联' } };
    expect(reportIssueText(warning, 'zh-CN')).toBe(
      '这份填报表由旧版加载项生成，只有校验码、没有签名，无法确认它未被改动（填报单位：市残联）；已按旧格式读取，请核对后再应用。',
    );
    const long: ReportIssue = {
      code: 'too-long',
      severity: 'error',
      row: 5,
      no: 2,
      params: { field: 'progress', length: 60_012, limit: 4_000 },
    };
    expect(reportIssueText(long, 'zh-CN')).toBe(
      '“进展情况”有 60012 字，超过 4000 字的上限；该行未导入，请精简后重新填报。',
    );
    expect(reportIssueText(long, 'en-US')).toBe(
      'The progress (进展情况) has 60012 characters, over the limit of 4000; row not imported: ask for a shorter answer.',
    );
  });

  it('a value copied from the file is cut to 40 characters', () => {
    const issue: ReportIssue = {
      code: 'invalid-status',
      severity: 'error',
      row: 5,
      no: 2,
      params: { found: 'y'.repeat(32_767) },
    };
    expect(reportIssueText(issue, 'en-US')).toBe(
      `The status “${'y'.repeat(40)}…” is not one of 未启动, 推进中, 滞后, 已完成; row not imported.`,
    );
  });
});

describe('a round that cannot start', () => {
  it('is worded from its params in both locales', () => {
    const dup = { code: 'duplicate-name', params: { name: '2026年11月' } } as const;
    expect(roundsStrings('zh-CN').roundRefused(dup)).toBe('已有名为“2026年11月”的填报轮次。');
    expect(roundsStrings('en-US').roundRefused(dup)).toBe('There is already a round named “2026年11月”.');
    const bad = { code: 'invalid-date', params: { dueDate: '12月25日' } } as const;
    expect(roundsStrings('en-US').roundRefused(bad)).toBe(
      'The due date “12月25日” is not a date; write it like 2026-11-25.',
    );
  });
});
