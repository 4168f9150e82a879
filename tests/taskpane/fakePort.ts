/**
 * A typed in-memory WorkbookPort for component tests (and the browser fixture): it keeps rows and history like the
 * workbook would, checks row versions, and records every call so tests can assert what reached the workbook layer.
 */
import {
  parseTaskTable,
  trackTasks,
  type AgencyAliases,
  type AgencyGroups,
  type ColumnRole,
  type IsoDate,
  type StatusUpdate,
  type TaskFilter,
  type TaskTable,
  type WarningPreset,
  type WarningRule,
} from '../../src/model';
import { createReportKey, type ReportKey } from '../../src/reports/reportKey';
import { recordAnswered } from '../../src/ledgerLayout/roundTable';
import type {
  HistoryEntry,
  LedgerChange,
  ImportMeta,
  LedgerRow,
  LedgerSnapshot,
  MergeSummary,
  RoundRecord,
  SummaryResult,
  WorkbookPort,
  WriteStatusResult,
} from '../../src/workbook/port';

export type PortCall =
  | { method: 'loadLedger'; table: TaskTable; source: { name: string; text: string } }
  | { method: 'readLedger' }
  | { method: 'writeStatus'; no: number; update: StatusUpdate; expectedVersion: string | undefined }
  | { method: 'readHistory'; no: number }
  | { method: 'readAllHistory' }
  | { method: 'applyFilter'; filter: TaskFilter; asOf: IsoDate; warnDays: number }
  | { method: 'clearFilter' }
  | { method: 'buildSummary'; asOf: IsoDate }
  | { method: 'writeWarningRule'; rule: WarningRule };

export interface FakePort extends WorkbookPort {
  calls: PortCall[];
  rows: LedgerRow[];
  history: HistoryEntry[];
  /** Simulates someone editing the sheet: changes a row and fires onLedgerChanged. */
  editInSheet(no: number, change: Partial<LedgerRow>): void;
  /** Makes the next writeStatus answer with this failure instead of writing. */
  failNextWrite(result: Extract<WriteStatusResult, { ok: false }>): void;
  listeners(): number;
  /** The reporting rounds as the 填报轮次 table would hold them. */
  rounds: RoundRecord[];
  workbookId: string;
  /** The workbook's report key (made on first `getReportKey` or `saveRound`, as the Excel port does); null before. */
  reportKey: ReportKey | null;
  /** The workbook's 预警天数 as `readLedger` reports it; undefined: not reported. */
  warnDays: number | undefined;
  /** The workbook's 预警配色 and 滞后计入预警 as `readLedger` reports them; undefined: not reported (a ledger without those cells, which `writeWarningRule` then refuses). */
  warningPreset: WarningPreset | undefined;
  laggingCounts: boolean | undefined;
  /** The workbook's AgencyAliases table as `readLedger` reports it. */
  aliases: AgencyAliases;
  /** Groups whose members the AgencyAliases table lists, as `readLedger` reports them. */
  groups: AgencyGroups;
  /** The column-role corrections as the workbook's add-in settings would hold them. */
  columnRoles: Record<string, readonly ColumnRole[]>;
}

function versionOf(row: Pick<LedgerRow, 'status' | 'progress' | 'updated' | 'reporter' | 'extension'>): string {
  return JSON.stringify([row.status, row.progress, row.updated, row.reporter, row.extension]);
}

export function rowsFromText(text: string): LedgerRow[] {
  const table = parseTaskTable(text);
  const titles = new Map(table.sections.map((s) => [s.no, `${s.numeral}、${s.title}`]));
  return trackTasks(table.tasks).map((t) => {
    const row = {
      ...t,
      sectionTitle: t.section === null ? '' : (titles.get(t.section) ?? ''),
      missing: false,
      version: '',
    };
    return { ...row, version: versionOf(row) };
  });
}

export function createFakePort(initialRows: LedgerRow[] = [], options: { now?: () => string } = {}): FakePort {
  const now = options.now ?? (() => '2026-11-29T08:00:00.000Z');
  const handlers = new Set<(change: LedgerChange) => void>();
  let nextFailure: Extract<WriteStatusResult, { ok: false }> | null = null;
  let meta: ImportMeta | null =
    initialRows.length > 0 ? { source: 'fake', hash: '0', importedAt: now(), taskCount: initialRows.length } : null;
  // A change a user makes in the sheet: the ledger, from this pane's workbook (not a co-author's).
  const fire = () => handlers.forEach((h) => h({ ledger: true, history: false, rounds: false, remote: false }));

  const port: FakePort = {
    calls: [],
    rows: initialRows.map((r) => ({ ...r })),
    history: [],
    loadLedger(table, source) {
      port.calls.push({ method: 'loadLedger', table, source });
      const before = new Map(port.rows.map((r) => [r.no, r]));
      const incoming = rowsFromText(source.text);
      const summary: MergeSummary = { added: [], changed: [], unchanged: [], missing: [] };
      const merged: LedgerRow[] = incoming.map((row) => {
        const old = before.get(row.no);
        if (!old) {
          summary.added.push(row.no);
          return row;
        }
        (old.text === row.text && old.units === row.units && old.schedule === row.schedule
          ? summary.unchanged
          : summary.changed
        ).push(row.no);
        return {
          ...row,
          status: old.status,
          progress: old.progress,
          updated: old.updated,
          reporter: old.reporter,
          extension: old.extension,
          version: old.version,
        };
      });
      for (const old of port.rows) {
        if (!incoming.some((r) => r.no === old.no)) {
          summary.missing.push(old.no);
          merged.push({ ...old, missing: true });
        }
      }
      port.rows = merged;
      meta = { source: source.name, hash: String(source.text.length), importedAt: now(), taskCount: incoming.length };
      fire();
      return Promise.resolve(summary);
    },
    readLedger() {
      port.calls.push({ method: 'readLedger' });
      const snapshot: LedgerSnapshot = {
        rows: port.rows.map((r) => ({ ...r })),
        issues: [],
        meta,
        aliases: { ...port.aliases },
        groups: { ...port.groups },
        ...(port.warnDays === undefined ? {} : { warnDays: port.warnDays }),
        ...(port.warningPreset === undefined ? {} : { warningPreset: port.warningPreset }),
        ...(port.laggingCounts === undefined ? {} : { laggingCounts: port.laggingCounts }),
      };
      return Promise.resolve(snapshot);
    },
    writeWarningRule(rule) {
      port.calls.push({ method: 'writeWarningRule', rule });
      if (port.warningPreset === undefined || port.laggingCounts === undefined) {
        return Promise.resolve({ ok: false, code: 'no-rule-cells', params: { missing: ['预警配色', '滞后计入预警'] } });
      }
      port.warnDays = rule.dueSoonDays;
      port.warningPreset = rule.preset;
      port.laggingCounts = rule.laggingCounts;
      return Promise.resolve({ ok: true });
    },
    writeStatus(no, update, expectedVersion) {
      port.calls.push({ method: 'writeStatus', no, update, expectedVersion });
      if (nextFailure) {
        const failure = nextFailure;
        nextFailure = null;
        return Promise.resolve(failure);
      }
      const index = port.rows.findIndex((r) => r.no === no);
      const row = port.rows[index];
      if (!row)
        return Promise.resolve({ ok: false, code: 'not-found', problem: { code: 'task-gone', params: { no } } });
      if (expectedVersion !== undefined && expectedVersion !== row.version) {
        return Promise.resolve({
          ok: false,
          code: 'conflict',
          problem: { code: 'row-edited', params: { no, status: row.status, reporter: row.reporter } },
        });
      }
      const changed = {
        ...row,
        status: update.status,
        progress: update.note,
        updated: update.date,
        reporter: update.by,
        extension: update.extension ?? row.extension,
      };
      const next: LedgerRow = { ...changed, version: versionOf(changed) };
      port.rows[index] = next;
      port.history.push({
        time: now(),
        no,
        previousStatus: row.status,
        status: update.status,
        note: update.note,
        date: update.date,
        by: update.by,
        agency: '',
        round: '',
        answerId: '',
      });
      fire();
      return Promise.resolve({ ok: true, row: next });
    },
    readHistory(no) {
      port.calls.push({ method: 'readHistory', no });
      return Promise.resolve(port.history.filter((h) => h.no === no).map((h) => ({ ...h })));
    },
    readAllHistory() {
      port.calls.push({ method: 'readAllHistory' });
      return Promise.resolve(port.history.map((h) => ({ ...h })));
    },
    applyFilter(filter, asOf, warnDays) {
      port.calls.push({ method: 'applyFilter', filter, asOf, warnDays });
      return Promise.resolve();
    },
    clearFilter() {
      port.calls.push({ method: 'clearFilter' });
      return Promise.resolve();
    },
    buildSummary(asOf) {
      port.calls.push({ method: 'buildSummary', asOf });
      const result: SummaryResult = { notice: `截至${asOf}，共${port.rows.length}项任务（汇总表）。` };
      return Promise.resolve(result);
    },
    onLedgerChanged(handler) {
      handlers.add(handler);
      return Promise.resolve(() => {
        handlers.delete(handler);
        return Promise.resolve();
      });
    },
    editInSheet(no, change) {
      port.rows = port.rows.map((r) => {
        if (r.no !== no) return r;
        const edited = { ...r, ...change };
        return { ...edited, version: versionOf(edited) };
      });
      fire();
    },
    failNextWrite(result) {
      nextFailure = result;
    },
    listeners: () => handlers.size,
    rounds: [],
    workbookId: 'wb-00000000-fake-port',
    reportKey: null,
    warnDays: undefined,
    warningPreset: undefined,
    laggingCounts: undefined,
    aliases: {},
    groups: {},
    columnRoles: {},
    readColumnRoles() {
      return Promise.resolve({ ...port.columnRoles });
    },
    rememberColumnRoles(key, roles) {
      const next = { ...port.columnRoles };
      if (roles) next[key] = [...roles];
      else delete next[key];
      port.columnRoles = next;
      return Promise.resolve();
    },
    getWorkbookId() {
      return Promise.resolve(port.workbookId);
    },
    async getReportKey() {
      port.reportKey ??= await createReportKey(new Date(now()));
      return port.reportKey;
    },
    readRounds() {
      return Promise.resolve({
        rounds: port.rounds.map((r) => ({ round: { ...r.round }, answered: new Map(r.answered) })),
        issues: [],
      });
    },
    async saveRound(round) {
      // As the Excel port: the key exists before the round, and counts from it at the latest.
      port.reportKey ??= await createReportKey(new Date(Math.min(Date.parse(round.createdAt), Date.parse(now()))));
      if (port.rounds.some((r) => r.round.id !== round.id && r.round.name === round.name)) {
        return Promise.resolve({
          ok: false,
          code: 'duplicate-name',
          problem: { code: 'round-name-taken', params: { name: round.name } },
        });
      }
      const at = port.rounds.findIndex((r) => r.round.id === round.id);
      if (at >= 0) port.rounds[at] = { round: { ...round }, answered: port.rounds[at]?.answered ?? new Map() };
      else port.rounds.push({ round: { ...round }, answered: new Map() });
      return Promise.resolve({ ok: true });
    },
    readAppliedAnswerIds() {
      return Promise.resolve(new Set(port.history.map((h) => h.answerId).filter((id) => id !== '')));
    },
    applyReportPlan(plan) {
      const applied = new Set(port.history.map((h) => h.answerId));
      const fresh = plan.history.filter((h) => !applied.has(h.answerId) && applied.add(h.answerId));
      const freshIds = new Set(fresh.map((h) => h.answerId));
      const updated: number[] = [];
      const notFound: number[] = [];
      for (const change of plan.changes.filter((c) => freshIds.has(c.source.answerId))) {
        const index = port.rows.findIndex((r) => r.no === change.no);
        const row = port.rows[index];
        if (!row) {
          notFound.push(change.no);
          continue;
        }
        const changed = {
          ...row,
          status: change.newStatus,
          progress: change.progress,
          updated: change.date,
          reporter: change.by,
        };
        port.rows[index] = { ...changed, version: versionOf(changed) };
        updated.push(change.no);
      }
      for (const h of fresh) {
        port.history.push({
          time: now(),
          no: h.no,
          previousStatus: h.previousStatus,
          status: h.status,
          note: h.note,
          date: h.date,
          by: h.by,
          agency: h.agency,
          round: h.roundName,
          answerId: h.answerId,
        });
      }
      port.rounds = port.rounds.map((r) => ({
        round: r.round,
        answered: recordAnswered(r.answered, r.round.id, plan.answered),
      }));
      if (fresh.length > 0) fire();
      return Promise.resolve({
        ok: true,
        applied: fresh.length,
        skipped: plan.skipped.length + plan.history.length - fresh.length,
        updated,
        notFound,
      });
    },
  };
  return port;
}
