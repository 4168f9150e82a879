// Every exported function of src/reports (found through src/reports/index.ts) that takes text, run over each
// adversarial family at 1 KB and 100 KB: the time ratio stays near the size ratio. The readers of whole
// files (ExcelJS, fflate) are measured on crafted report files in bench/worstCase.bench.ts instead.
import { describe, expect, it } from 'vitest';
import * as reports from '../../src/reports';
import type { ReadResult, ReportLedgerRow, Round } from '../../src/reports';
import { discover, FAMILIES, isLinear, LARGE, measureRatio, SMALL, type Adapter } from '../linearity/harness';

const roundOf = (text: string): Round => ({
  id: 'r-1',
  name: text,
  dueDate: '2026-12-31',
  createdAt: '2026-11-01T00:00:00Z',
});

function rowOf(text: string, no = 1): ReportLedgerRow {
  return {
    no,
    text,
    assignments: [{ agency: text, role: 'lead' }],
    status: '推进中',
    progress: text,
    deadline: '2026-12-31',
    schedule: text,
  };
}

function resultOf(text: string): ReadResult {
  return {
    ok: true,
    report: {
      formatVersion: 2,
      authenticated: true,
      workbookId: 'wb',
      roundId: 'r-1',
      roundName: text,
      agency: text,
      answers: [1, 2].map((no) => ({
        no,
        status: '推进中',
        progress: text,
        problems: text,
        nextSteps: text,
        by: text,
        date: '2026-11-20',
        row: no + 3,
      })),
      issues: [],
      unanswered: [],
    },
  };
}

type Any = (...args: unknown[]) => unknown;

const ADAPTERS: Readonly<Record<string, Adapter>> = {
  tasksForAgency: (fn, text) => (fn as Any)([rowOf(text), rowOf('市教育局', 2)], text),
  reportAgencies: (fn, text) => (fn as Any)([rowOf(text), rowOf(`${text}局`, 2)]),
  roleOf: (fn, text) => (fn as Any)(rowOf(text), text),
  createRound: (fn, text) => (fn as Any)(text, '2026-12-31', '2026-11-01T00:00:00Z', [roundOf(text)]),
  reportInstructions: (fn, text) => (fn as Any)({ round: roundOf(text), agency: text }),
  reportFileName: (fn, text) => (fn as Any)({ round: roundOf(text), agency: text }),
  answerId: (fn, text) =>
    (fn as Any)(
      { workbookId: text, roundId: text, agency: text },
      { no: 1, status: '推进中', progress: text, problems: text, nextSteps: text, by: text, date: null, row: 4 },
    ),
  planApply: (fn, text) =>
    (fn as Any)([resultOf(text)], [rowOf(text), rowOf(text, 2)], new Set<string>(), { receivedOn: '2026-11-29' }),
  chaseList: (fn, text) =>
    (fn as Any)(roundOf(text), [text, `${text}局`], new Map([[text, '2026-11-20']]), '2026-11-28'),
  roundNotice: (fn, text) =>
    (fn as Any)(
      roundOf(text),
      reports.chaseList(roundOf(text), [text, `${text}局`], new Map([[text, '2026-11-20']]), '2026-11-28'),
      '2026-11-28',
    ),
  roundToRow: (fn, text) => (fn as Any)(roundOf(text), new Map([[text, '2026-11-20']])),
  roundFromRow: (fn, text) => (fn as Any)([text, text, text, text, text]),
  recordAnswered: (fn, text) => (fn as Any)(new Map(), 'r-1', [{ roundId: 'r-1', agency: text, date: '2026-11-20' }]),
  parseReportKey: (fn, text) => (fn as Any)({ id: text, secret: text, createdAt: text }),
  applyPlan: (fn, text) => {
    const plan = reports.planApply([resultOf(text)], [rowOf(text), rowOf(text, 2)], new Set<string>(), {
      receivedOn: '2026-11-29',
    });
    return (fn as Any)([{ no: 1, status: '推进中', progress: text, updated: null, reporter: text }], plan);
  },
};

/** Whole-file readers and writers: measured on crafted files, with peak heap, in bench/worstCase.bench.ts. */
const FILE_LEVEL = ['buildReportWorkbook', 'buildReportZip', 'readReportWorkbook', 'readReportFiles'];
/** …and what takes no user text: a Date. */
const KEYS = ['createReportKey'];
const NOT_TEXT = new Set([...FILE_LEVEL, ...KEYS, 'chineseDate']);

describe('src/reports: linear in the input over every adversarial family', async () => {
  const { fed, unfed } = await discover(reports, ADAPTERS, NOT_TEXT);

  it('every exported function is fed text (a new export needs an adapter here or a place in NOT_TEXT)', () => {
    expect(unfed).toEqual([]);
    expect(fed.map((f) => f.name)).toEqual(expect.arrayContaining(['planApply', 'tasksForAgency', 'roundFromRow']));
  });

  for (const { name, run } of fed) {
    it.each(FAMILIES.map((f) => [f.name, f] as const))(`${name}: %s`, async (_label, family) => {
      const measured = await measureRatio(run, family.make(SMALL), family.make(LARGE));
      expect(isLinear(measured), `${name} on ${family.name}: ${JSON.stringify(measured)}`).toBe(true);
    });
  }
});
