import { describe, expect, it } from 'vitest';
import { r1c1ToA1 } from '../../src/ledgerCopy/r1c1ToA1';
import { warningFormulaR1C1 } from '../../src/ledgerLayout/warningFormula';

describe('r1c1ToA1', () => {
  it('turns relative and absolute references into A1 for the given cell', () => {
    expect(r1c1ToA1('=RC[-4]+RC+R[1]C[2]+R2C3+R[-1]C', 9, 15)).toBe('=L10+P10+R11+$C$2+P9');
  });

  it('leaves strings, function names and defined names alone', () => {
    expect(r1c1ToA1('=IF(RC[-1]="RC[1]",TRUNC(RC[-1]),预警天数RC)', 1, 1)).toBe('=IF(A2="RC[1]",TRUNC(A2),预警天数RC)');
  });

  it('turns the live ledger’s 预警 formula (预警 in P, 状态 in L, 截止日期 in I, 延期至 in J) into row 2’s', () => {
    const live = warningFormulaR1C1({ warning: 15, status: 11, deadline: 8, extensionDate: 9 });
    expect(r1c1ToA1(live, 1, 15)).toBe(
      '=IF(OR(L2="已完成",L2="已办结"),"已完成",IF(J2&I2="","正常",IF(IF(J2="",I2,J2)<TODAY(),"逾期",IF(IF(J2="",I2,J2)-TODAY()<=预警天数,"临期","正常"))))',
    );
  });

  it('refuses a reference left of column A or above row 1', () => {
    expect(() => r1c1ToA1('=RC[-3]', 0, 1)).toThrow(/outside the sheet/);
    expect(() => r1c1ToA1('=R[-1]C', 0, 0)).toThrow(/outside the sheet/);
  });
});
