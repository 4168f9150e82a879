/**
 * The tables of late items: the notice's attachment (with the lead unit) and a 督办单's (with since when), full text
 * width, 4号 仿宋, the header row repeated on every page.
 */
import { FONT, SIZE, TEXT_BLOCK } from './gbLayout';
import type { JudgedTask } from './judgedTask';
import { leadAgencies } from './judgedTask';
import type { Docx } from './loadDocx';
import { safeText } from './safeText';
import { stateText } from './taskLabel';

export type ItemColumn = 'no' | 'task' | 'lead' | 'deadline' | 'state' | 'since' | 'daysOverdue';

const HEADERS: Record<ItemColumn, string> = {
  no: '序号',
  task: '任务',
  lead: '牵头单位',
  deadline: '完成时限',
  state: '状态',
  since: '自何时',
  daysOverdue: '逾期天数',
};
/** Relative widths; the task takes what the others leave. */
const WIDTHS: Record<ItemColumn, number> = {
  no: 760,
  task: 0,
  lead: 1800,
  deadline: 1400,
  state: 1000,
  since: 1400,
  daysOverdue: 900,
};
/** Exact line height in table cells (4号 text), off the page's 3号 grid. */
const CELL_LINE = 360;

/** The notice's attachment columns and a 督办单's. */
export const ATTACHMENT_COLUMNS: readonly ItemColumn[] = ['no', 'task', 'lead', 'deadline', 'state', 'daysOverdue'];
export const SUPERVISION_COLUMNS: readonly ItemColumn[] = ['no', 'task', 'deadline', 'state', 'since', 'daysOverdue'];

/**
 * A date as tables write it, short enough for a narrow column.
 * @example dotted('2026-05-01') // '2026.5.1'
 */
function dotted(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(y)}.${Number(m)}.${Number(d)}`;
}

/**
 * One cell's text for an item.
 * @example itemCell(judged, 'daysOverdue', 0) // '29'
 */
function itemCell(j: JudgedTask, column: ItemColumn, index: number): string {
  switch (column) {
    case 'no':
      return String(index + 1);
    case 'task':
      return `（第${j.task.no}项）${j.task.text}`;
    case 'lead':
      return leadAgencies(j.task).join('、');
    case 'deadline':
      return j.deadline === null ? j.task.schedule : dotted(j.deadline);
    case 'state':
      return stateText(j);
    case 'since':
      return j.lateSince === null
        ? j.level === 'dueSoon' && j.deadline !== null
          ? `${dotted(j.deadline)}到期`
          : ''
        : dotted(j.lateSince);
    case 'daysOverdue':
      return j.daysOverdue > 0 ? String(j.daysOverdue) : '';
  }
}

function cell(docx: Docx, text: string, width: number, bold: boolean): InstanceType<Docx['TableCell']> {
  return new docx.TableCell({
    width: { size: width, type: docx.WidthType.DXA },
    verticalAlign: docx.VerticalAlignTable.CENTER,
    children: safeText(text)
      .split('\n')
      .map(
        (line) =>
          new docx.Paragraph({
            spacing: { line: CELL_LINE, lineRule: docx.LineRuleType.EXACT },
            alignment: bold ? docx.AlignmentType.CENTER : docx.AlignmentType.LEFT,
            children: [
              new docx.TextRun({ text: line, bold, size: SIZE.table, font: bold ? FONT.heading1 : FONT.body }),
            ],
          }),
      ),
  });
}

/**
 * The table of items with the given columns.
 * @example itemTable(docx, late, ATTACHMENT_COLUMNS)
 */
export function itemTable(
  docx: Docx,
  items: readonly JudgedTask[],
  columns: readonly ItemColumn[],
): InstanceType<Docx['Table']> {
  const fixed = columns.reduce((sum, c) => sum + WIDTHS[c], 0);
  const width = (c: ItemColumn) => (c === 'task' ? TEXT_BLOCK.width - fixed : WIDTHS[c]);
  const header = new docx.TableRow({
    tableHeader: true,
    children: columns.map((c) => cell(docx, HEADERS[c], width(c), true)),
  });
  const rows = items.map(
    (j, i) =>
      new docx.TableRow({
        cantSplit: true,
        children: columns.map((c) => cell(docx, itemCell(j, c, i), width(c), false)),
      }),
  );
  const body =
    rows.length > 0
      ? rows
      : [
          new docx.TableRow({
            children: [
              new docx.TableCell({
                columnSpan: columns.length,
                children: [
                  new docx.Paragraph({
                    children: [new docx.TextRun({ text: '无', size: SIZE.table, font: FONT.body })],
                  }),
                ],
              }),
            ],
          }),
        ];
  return new docx.Table({
    width: { size: TEXT_BLOCK.width, type: docx.WidthType.DXA },
    columnWidths: columns.map(width),
    layout: docx.TableLayoutType.FIXED,
    rows: [header, ...body],
  });
}
