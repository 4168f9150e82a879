// Every exported function of src/model, found through src/model/index.ts (so the parser's new exports are
// covered once merged), run over each adversarial family at 1 KB and 100 KB: the time ratio must stay near
// the size ratio (100), far from a quadratic 10,000. Ratios of medians measured side by side, no wall clock.
import { describe, expect, it } from 'vitest';
import * as model from '../../src/model';
import type { TrackedTask } from '../../src/model';
import { discover, FAMILIES, isLinear, LARGE, measureRatio, SMALL, type Adapter } from '../linearity/harness';

/** A tracked task whose every text field is `text`, as a hostile ledger row would be. */
function taskOf(text: string, no = 1): TrackedTask {
  return {
    no,
    section: 1,
    text,
    units: text,
    assignments: [{ agency: text, role: 'lead' }],
    schedule: text,
    deadline: '2016-12-31',
    ongoing: false,
    ambiguous: false,
    leaders: [text],
    line: no,
    status: '推进中',
    progress: text,
    updated: null,
    reporter: text,
    extension: null,
  };
}

const CONTEXT = { asOf: '2026-01-01', warnDays: 7 } as const;

/** How the exports that take more than one string are fed; the rest take the text as their argument. */
const ADAPTERS: Readonly<Record<string, Adapter>> = {
  formatParseIssue: (fn, text) =>
    (fn as (...a: unknown[]) => unknown)(
      { line: 1, severity: 'warning', code: 'units-unparsed', params: { kind: 'cell', text, agency: text } },
      'zh-CN',
    ),
  findLikelyTypos: (fn, text) =>
    (fn as typeof model.findLikelyTypos)([
      { agency: text, line: 1 },
      { agency: text, line: 2 },
      { agency: `x${text.slice(1)}`, line: 3 },
      { agency: `${text}局`, line: 4 },
    ]),
  trackTasks: (fn, text) => (fn as typeof model.trackTasks)([taskOf(text), taskOf(text, 2)]),
  filterTasks: (fn, text) =>
    (fn as typeof model.filterTasks)(
      [taskOf(text), taskOf('市教育局', 2)],
      { keyword: text.slice(0, 200), agency: text },
      CONTEXT,
    ),
  countByAgency: (fn, text) => (fn as typeof model.countByAgency)([taskOf(text), taskOf(text, 2)]),
  countBySection: (fn, text) =>
    (fn as (...args: unknown[]) => unknown)([taskOf(text)], [{ no: 1, title: text, line: 1 }], CONTEXT),
  composeNotice: (fn, text) => (fn as typeof model.composeNotice)([taskOf(text), taskOf(text, 2)], '2026-01-01'),
  normalizeAgency: (fn, text) => (fn as typeof model.normalizeAgency)(text, { [text.slice(0, 50)]: '市教育局' }),
  isOverdue: (fn, text) => (fn as typeof model.isOverdue)(taskOf(text), '2026-01-01'),
  trafficLight: (fn, text) => (fn as typeof model.trafficLight)(taskOf(text), '2026-01-01', 7),
  warningLevel: (fn, text) =>
    (fn as typeof model.warningLevel)(taskOf(text), '2026-01-01', {
      preset: '蓝黄红',
      dueSoonDays: 7,
      laggingCounts: true,
    }),
  warningLight: (fn, text) =>
    (fn as typeof model.warningLight)(taskOf(text), '2026-01-01', {
      preset: '蓝黄红',
      dueSoonDays: 7,
      laggingCounts: true,
    }),
};

/** Exports that take no user text: dates as numbers or ISO strings built by the code itself. */
const NOT_TEXT = new Set([
  'columnRoleLabel',
  'lastDayOfMonth',
  'toExcelSerial',
  'fromExcelSerial',
  'daysBetween',
  'addDays',
  'daysLeft',
  'effectiveDeadline',
]);

describe('src/model: linear in the input over every adversarial family', async () => {
  const { fed, unfed } = await discover(model, ADAPTERS, NOT_TEXT);

  it('every exported function is fed text (a new export needs an adapter here or a place in NOT_TEXT)', () => {
    expect(unfed).toEqual([]);
    expect(fed.map((f) => f.name)).toEqual(
      expect.arrayContaining(['parseUnits', 'normalizeStatus', 'parseTaskTable', 'findLikelyTypos', 'filterTasks']),
    );
  });

  for (const { name, run } of fed) {
    it.each(FAMILIES.map((f) => [f.name, f] as const))(`${name}: %s`, async (_label, family) => {
      const measured = await measureRatio(run, family.make(SMALL), family.make(LARGE));
      // The ratio, not a time: ≈ 100 when linear, ≈ 10,000 when quadratic, however busy the machine is.
      expect(isLinear(measured), `${name} on ${family.name}: ${JSON.stringify(measured)}`).toBe(true);
    });
  }
});
