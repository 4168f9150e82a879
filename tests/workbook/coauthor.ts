/**
 * A co-author in the double: what another coordinator (or Excel on their behalf) does to a shared workbook while one of
 * our operations runs. Each action changes the model directly, as a remote edit merged into the workbook would; tests
 * run it between two syncs of an operation (`FakeExcel.betweenSyncs`), at every gap in turn.
 */
import type { FakeExcel, FakeTableModel, FakeWorkbookModel } from './fakeExcel';

/** What a co-author does; `task` is the task the operation under test writes (for the actions aimed at it). */
export interface CoauthorAction {
  name: string;
  /** The cells (table, 序号, header) the co-author typed: they must hold the co-author's value at the end. */
  edits?: readonly { table: string; no: number; header: string; value: string }[];
  act: (model: FakeWorkbookModel) => void;
}

function table(model: FakeWorkbookModel, name: string): FakeTableModel {
  const t = model.table(name);
  if (!t) throw new Error(`coauthor: no table ${name}`);
  return t;
}

/** The body row (0-based) whose 序号 (or first column, for tables keyed so) is `key`. */
function rowOfKey(model: FakeWorkbookModel, name: string, keyHeader: string, key: string | number): number {
  const t = table(model, name);
  const at = t.headers().indexOf(keyHeader);
  return model.tableValues(name).findIndex((r) => String(r[at]) === String(key));
}

/** A co-author types a row just below a table (Excel takes it into the table). */
export function typeRowBelow(
  model: FakeWorkbookModel,
  name: string,
  values: Readonly<Record<string, string | number>>,
): void {
  const t = table(model, name);
  const row = t.row + t.rowCount;
  t.headers().forEach((h, c) => {
    const cell = t.sheet.ensure(row, t.col + c);
    cell.value = values[h] ?? '';
  });
  t.rowCount += 1;
}

/** The actions on a keyed table (the ledger by 序号, the rounds by 轮次编号), aimed at the row `key`. */
export function tableActions(
  name: string,
  keyHeader: string,
  key: string | number,
  edit: { header: string; value: string },
  newRow: Readonly<Record<string, string | number>>,
): CoauthorAction[] {
  return [
    {
      name: `sorts ${name} (descending)`,
      act: (m) => {
        const at = table(m, name).headers().indexOf(keyHeader);
        m.sortTable(name, (a, b) => String(b[at]).localeCompare(String(a[at]), 'zh-CN', { numeric: true }));
      },
    },
    {
      name: `inserts two sheet rows inside ${name}`,
      act: (m) => {
        const t = table(m, name);
        m.insertSheetRows(t.sheet.name, t.row + 2, 2);
      },
    },
    {
      name: `deletes the row ${String(key)} of ${name}`,
      act: (m) => {
        const t = table(m, name);
        const r = rowOfKey(m, name, keyHeader, key);
        if (r >= 0) m.deleteSheetRows(t.sheet.name, t.row + 1 + r, 1);
      },
    },
    { name: `appends a row to ${name}`, act: (m) => typeRowBelow(m, name, newRow) },
    {
      name: `edits ${edit.header} of ${String(key)} in ${name}`,
      edits: [{ table: name, no: Number(key), header: edit.header, value: edit.value }],
      act: (m) => m.setTableCell(name, rowOfKey(m, name, keyHeader, key), edit.header, edit.value),
    },
    {
      name: `renames the header ${edit.header} of ${name}`,
      act: (m) => m.renameTableColumn(name, edit.header, `${edit.header}（改）`),
    },
    { name: `inserts a column into ${name}`, act: (m) => m.insertTableColumn(name, 1, '同事的列') },
    {
      name: `protects the sheet of ${name}`,
      act: (m) => {
        table(m, name).sheet.protected = true;
      },
    },
  ];
}

/**
 * Runs `act` just before the sync number `at` (counted from now, 1-based) of what runs next on `fake`.
 * @example
 * actBefore(fake, 2, (m) => m.sortTable('TaskLedger', byNo)); await writeStatus(fake.context, …)
 */
export function actBefore(fake: FakeExcel, at: number, act: (model: FakeWorkbookModel) => void): void {
  const start = fake.stats.syncs;
  let done = false;
  // The first sync has no "before" in betweenSyncs: act now, so the operation's first read already sees it.
  if (at === 1) {
    act(fake.model);
    done = true;
  }
  fake.betweenSyncs = (sync) => {
    if (done || sync !== start + at) return;
    done = true;
    act(fake.model);
  };
}
