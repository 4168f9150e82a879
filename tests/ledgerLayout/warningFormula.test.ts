import { describe, expect, test } from 'vitest';
import { LEDGER_COLUMNS } from '../../src/ledgerLayout/ledgerColumns';
import { ledgerColumnIndex } from '../../src/ledgerLayout/ledgerColumnIndex';
import { warningFormulaR1C1 } from '../../src/ledgerLayout/warningFormula';

describe('warningFormulaR1C1', () => {
  test('the default layout reads 状态, 截止日期 and 延期至 relative to 预警, and the named window', () => {
    const index = ledgerColumnIndex(LEDGER_COLUMNS.map((c) => c.header));
    expect(
      warningFormulaR1C1({
        warning: index.warning,
        status: index.status,
        deadline: index.deadline,
        extensionDate: index.extensionDate,
      }),
    ).toBe(
      '=IF(OR(RC[-4]="已完成",RC[-4]="已办结"),"已完成",IF(RC[-6]&RC[-7]="","正常",' +
        'IF(IF(RC[-6]="",RC[-7],RC[-6])<TODAY(),"逾期",IF(IF(RC[-6]="",RC[-7],RC[-6])-TODAY()<=预警天数,"临期","正常"))))',
    );
  });

  test('uses only functions Excel and WPS both have', () => {
    const formula = warningFormulaR1C1({ warning: 0, status: 3, deadline: 1, extensionDate: 2 });
    const functions = [...formula.matchAll(/([A-Z]+)\(/g)].map((m) => m[1]);
    expect(new Set(functions)).toEqual(new Set(['IF', 'OR', 'TODAY']));
  });

  test('with lagging: a reported 滞后 not past its date is 滞后 when 滞后计入预警 is 是', () => {
    const formula = warningFormulaR1C1({ warning: 0, status: 3, deadline: 1, extensionDate: 2 }, { lagging: true });
    // warningLevel's order: done, overdue (a date, passed), 滞后 when it counts, no date → 正常, 临期, 正常.
    expect(formula).toBe(
      '=IF(OR(RC[3]="已完成",RC[3]="已办结"),"已完成",' +
        'IF(AND(RC[2]&RC[1]<>"",IF(RC[2]="",RC[1],RC[2])<TODAY()),"逾期",' +
        'IF(AND(RC[3]="滞后",滞后计入预警="是"),"滞后",' +
        'IF(RC[2]&RC[1]="","正常",IF(IF(RC[2]="",RC[1],RC[2])-TODAY()<=预警天数,"临期","正常")))))',
    );
  });
});
