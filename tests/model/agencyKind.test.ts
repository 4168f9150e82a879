import { describe, expect, test } from 'vitest';
import { agencyKind } from '../../src/model/agencyKind';

describe('agencyKind', () => {
  test.each([
    ['市财政局', 'unit'],
    ['市人力资源和社会保障局', 'unit'],
    ['县交通运输局', 'unit'],
    ['昭化区人民政府', 'unit'],
    ['市人民政府', 'unit'],
    ['人行广元市中心支行', 'unit'],
    ['省市场监管局（省知识产权局）', 'unit'],
    ['市各类园区管委会', 'group'],
    ['市委编办', 'unit'],
    ['各县区人民政府', 'group'],
    ['各乡镇', 'group'],
    ['各成员单位', 'group'],
    ['各区县', 'group'],
    ['各县（市、区）政府', 'group'],
    ['市级各部门', 'group'],
    ['全市各乡镇', 'group'],
    ['县区人民政府', 'group'],
    ['乡镇（街道）', 'group'],
    [' 各 街道 ', 'group'],
    ['有关部门', 'unspecified'],
    ['相关单位', 'unspecified'],
    ['市级各行业主管部门', 'unspecified'],
    ['其他有关单位', 'unspecified'],
    ['市级有关部门', 'unspecified'],
    ['各有关部门', 'unspecified'],
    ['相关县（市、区）政府', 'unspecified'],
    ['行业主管部门', 'unspecified'],
    ['各主管部门', 'unspecified'],
    ['部门', 'unspecified'],
    ['责任单位', 'unspecified'],
    ['', 'unspecified'],
  ])('%j → %s', (name, kind) => {
    expect(agencyKind(name)).toBe(kind);
  });
});
