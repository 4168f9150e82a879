import { describe, expect, test } from 'vitest';
import { memberListOf } from '../../src/model/agencyGroups';

describe('memberListOf', () => {
  test.each([
    ['各县区人民政府', '利州区人民政府、昭化区人民政府', ['利州区人民政府', '昭化区人民政府']],
    ['各乡镇', '东坝镇，西城镇；南河镇', ['东坝镇', '西城镇', '南河镇']],
    ['各成员单位', '市财政局、 市财政局、市教育局', ['市财政局', '市教育局']],
    ['各乡镇', '东坝镇', null],
    ['市人社局', '市人力资源和社会保障局', null],
    ['市人社局', '市人力资源和社会保障局、市教育局', null],
    ['有关部门', '市财政局、市教育局', null],
  ])('%j | %j → %j', (written, canonical, expected) => {
    expect(memberListOf(written, canonical)).toEqual(expected);
  });
});
