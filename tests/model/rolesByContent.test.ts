// Header roles weighed against the content of the rows under the header (issue 19: roles scored, not matched).
import { describe, expect, it } from 'vitest';
import { parseTaskTable } from '../../src/model';
import { isPersonName } from '../../src/model/classifyCell';
import { columnsFromHeader } from '../../src/model/columnsFromHeader';
import { rolesByContent } from '../../src/model/rolesByContent';

const tab = (rows: string[][]): string => rows.map((r) => r.join('\t')).join('\n');

describe('rolesByContent', () => {
  it('a column under an unknown header that holds people is the leaders, never agencies', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '工作任务', '分管负责同志', '牵头单位', '完成时限'],
        ['1', '推进高标准农田建设。', '王强、李明', '县农业农村局', '2026年10月底前'],
        ['2', '实施农村道路提升工程。', '赵永刚', '县交通运输局', '2026年12月底前'],
        ['3', '开展农房安全排查。', '孙立', '县住建局', '2026年6月底前'],
      ]),
    );
    expect(table.tasks.map((t) => t.leaders)).toEqual([['王强', '李明'], ['赵永刚'], ['孙立']]);
    expect(table.columns?.roles).toEqual(['no', 'task', 'leader', 'lead', 'schedule']);
    expect(table.columns?.uncertain).toBe(false);
  });

  it('an agency-named column that holds people is the leaders; the units then come from the task text', () => {
    const header = columnsFromHeader(['序号', '工作任务', '责任单位', '配合单位']);
    expect(header).not.toBeNull();
    if (!header) return;
    const columns = rolesByContent(header, [
      ['1', '修订办法。', '王强', '县财政局'],
      ['2', '清理收费。', '李明', '县市场监管局'],
    ]);
    expect([columns.leader, columns.lead, columns.support]).toEqual([2, -1, 3]);
  });

  it('an unnamed column of schedules is the schedule when the header names none', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '工作任务', '责任单位', '备注'],
        ['1', '修订采购办法。', '县财政局', '2026年5月底前'],
        ['2', '开展安全检查。', '县应急管理局', '2026年7月底前'],
      ]),
    );
    expect(table.tasks.map((t) => t.deadline)).toEqual(['2026-05-31', '2026-07-31']);
  });

  it('two unnamed columns of agencies side by side are 牵头 then 配合', () => {
    const header = columnsFromHeader(['序号', '工作任务', '单位一', '单位二', '完成时限']);
    expect(header).not.toBeNull();
    if (!header) return;
    const columns = rolesByContent(header, [
      ['1', '修订办法。', '县司法局', '县财政局', '2026年底前'],
      ['2', '清理收费。', '县发改局', '县市场监管局、县税务局', '2026年底前'],
    ]);
    expect([columns.units, columns.lead, columns.support]).toEqual([-1, 2, 3]);
  });

  it('bare role words under a merged 责任单位 (`牵头` | `配合`) name the columns', () => {
    const table = parseTaskTable(
      tab([
        ['序号', '工作任务', '责任单位', '责任单位', '完成时限'],
        ['', '', '牵头', '配合', ''],
        ['1', '推进城市更新。', '市住建局', '市自然资源局', '2026年底前'],
        ['2', '优化税费服务。', '市税务局', '', '2026年9月底前'],
      ]),
    );
    expect(table.tasks.map((t) => t.assignments.map((a) => `${a.agency}:${a.role}`).join(' '))).toEqual([
      '市住建局:lead 市自然资源局:support',
      '市税务局:lead',
    ]);
  });

  it('keeps the header where the content agrees or is too thin to say', () => {
    const header = columnsFromHeader(['序号', '工作任务', '责任单位', '完成时限']);
    expect(header).not.toBeNull();
    if (!header) return;
    expect(rolesByContent(header, [['1', '修订办法。', '王强', '2026年底前']])).toBe(header);
    expect(
      rolesByContent(header, [
        ['1', '修订办法。', '县财政局', '2026年底前'],
        ['2', '清理收费。', '县发改局', '2026年底前'],
      ]),
    ).toEqual(header);
  });
});

describe('isPersonName with titles', () => {
  it('reads a title before the name or in a bracket after it', () => {
    expect(['常务副县长王强', '副市长 李明', '孙立（副县长）', '王强副市长'].map(isPersonName)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('never reads a unit or a title alone as a person', () => {
    expect(['县财政局', '常务副县长', '副县长办公室'].map(isPersonName)).toEqual([false, false, false]);
  });
});
